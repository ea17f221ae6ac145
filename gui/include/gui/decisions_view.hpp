// The Decisions view: every decision soonest first, whether it is a key decision and why, and where
// its notice stands against the Forward Plan's 28 clear days (England only); filtered to key
// decisions, those to be made or those made; one decision in full, with its record once made and
// the weekly review that led to it; and the forms of its cabinet lead or the leader (add, notice,
// general exception or special urgency, the record), read-only with the reason for anyone else.
// Writes the Forward Plan report.
#pragma once

#include "gui/decisions_model.hpp"
#include "gui/view.hpp"

namespace innotrack::gui {

class DecisionsView final : public View {
public:
    std::string_view name() const override { return "decisions"; }
    std::string_view title() const override { return "Decisions"; }
    // Decisions, with the innovations they are about, the people who make them, the reviews that
    // led to them, and the settings (the threshold, the nation) their rules read.
    Changes shows() const override {
        return RecordKind::Decisions | RecordKind::Innovations | RecordKind::People | RecordKind::Reviews |
               RecordKind::Settings;
    }

    const DecisionsModel& model() const { return model_; }
    DecisionForms& forms() { return forms_; }
    OptionalId selected() const { return selected_; }
    const std::string& lastWritten() const { return lastWritten_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawToolbar(AppState& state);
    void drawTable(AppState& state);
    void drawAddForm(AppState& state);
    void drawDecision(AppState& state, const DecisionRow& row);
    void drawNoticeForm(AppState& state, const DecisionRow& row);
    void drawShortNoticeForm(AppState& state, const DecisionRow& row);
    void drawRecordForm(AppState& state, const DecisionRow& row);

    DecisionsModel model_;
    DecisionForms forms_;
    bool adding_ = false;
    OptionalId selected_;
    std::string lastWritten_;
};

}  // namespace innotrack::gui
