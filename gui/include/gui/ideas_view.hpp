// The Ideas view: anyone puts an idea forward in one short form; the assessors' queue sorted by
// score beside the gate; an idea's scores side by side; scoring, promoting, declining and parking
// with the reason; and the submitter's own ideas with what became of them.
#pragma once

#include "gui/ideas_model.hpp"
#include "gui/view.hpp"

namespace innotrack::gui {

class IdeasView final : public View {
public:
    std::string_view name() const override { return "ideas"; }
    std::string_view title() const override { return "Ideas"; }
    // Ideas with their scores, the people who submitted and scored them, the ambitions they serve
    // and the innovations they became.
    Changes shows() const override {
        return RecordKind::Ideas | RecordKind::People | RecordKind::Ambitions | RecordKind::Innovations;
    }

    const IdeasModel& model() const { return model_; }
    IdeaForms& forms() { return forms_; }
    IdeasShown showing() const { return showing_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawChoice(AppState& state);
    void drawSubmitForm(AppState& state);
    void drawTable(AppState& state);
    void drawIdea(AppState& state, const IdeaRow& row);
    void drawScores(const IdeaRow& row);
    void drawAssessment(AppState& state, const IdeaRow& row);

    IdeasModel model_;
    IdeaForms forms_;
    IdeasShown showing_ = IdeasShown::Queue;
    bool submitting_ = false;
    OptionalId selected_;
    std::vector<Ambition> ambitions_;
};

}  // namespace innotrack::gui
