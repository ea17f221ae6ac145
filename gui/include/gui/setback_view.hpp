// "Log a setback": the project officer's form, then the lesson in the same flow.
#pragma once

#include "gui/setback_form.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <vector>

namespace innotrack::gui {

class SetbackView final : public View {
public:
    std::string_view name() const override { return "setback"; }
    std::string_view title() const override { return "Log a setback"; }
    // The innovations it may be about and the open risks of the chosen one; a reload never
    // touches what the officer has typed, unless the setback just logged is gone (undone).
    Changes shows() const override { return RecordKind::Innovations | RecordKind::Risks | RecordKind::Setbacks; }

    const SetbackForm& form() const { return form_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    // Follows the app's chosen innovation, and reads the open risks of the one chosen here.
    void refresh(AppState& state);
    void drawSetbackStep(AppState& state);
    void drawInnovationChoice(AppState& state);
    void drawRiskChoice(AppState& state);
    void drawKind(AppState& state);
    void drawLessonStep(AppState& state);
    void drawDone(AppState& state);
    const Innovation* chosenInnovation() const;

    SetbackForm form_;
    bool started_ = false;
    OptionalId followed_;  // the app's selected innovation when last looked at
    OptionalId risksFor_;
    std::vector<Innovation> innovations_;
    std::vector<Risk> openRisks_;
};

}  // namespace innotrack::gui
