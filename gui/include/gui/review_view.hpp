// The weekly review: start it, step through each active innovation seeing what changed since the
// last review, record confidence, comment and decision, and close it.
#pragma once

#include "gui/app_state.hpp"
#include "gui/review_model.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <map>

namespace innotrack::gui {

class ReviewView final : public View {
public:
    std::string_view name() const override { return "review"; }
    std::string_view title() const override { return "Weekly review"; }
    // The open and last closed reviews with their entries, the active innovations, their cabinet
    // leads and the chair, and for the innovation in hand its milestones, risks and setbacks.
    Changes shows() const override {
        return RecordKind::Reviews | RecordKind::Innovations | RecordKind::People | RecordKind::Milestones |
               RecordKind::Risks | RecordKind::Setbacks;
    }

    const ReviewModel& model() const { return model_; }
    std::size_t currentIndex() const { return current_; }
    // What is new since the last review for the innovation in hand, as last read.
    const ReviewChanges& changes() const { return changes_; }

private:
    // What is typed for one innovation, kept while stepping back and forth.
    struct Draft {
        Confidence confidence = Confidence::Amber;
        std::string comment;
        std::string decision;
        FieldErrors errors;
    };

    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawStart(AppState& state);
    void drawList(AppState& state);
    void drawCurrent(AppState& state);
    void drawChanges(const ReviewItem& item);
    void drawRecordForm(AppState& state, const ReviewItem& item);
    void drawClose(AppState& state);
    Permission mayRecord(const AppState& state) const;
    Draft& draftFor(const ReviewItem& item);

    ReviewModel model_;
    bool loaded_ = false;
    std::size_t current_ = 0;
    // The innovation whose changes since the last review are in changes_; reset by reload(), so
    // they are read again after a change as well as when the chair moves to another innovation.
    OptionalId changesFor_;
    ReviewChanges changes_;
    std::map<Id, Draft> drafts_;
};

}  // namespace innotrack::gui
