// A lesson from a success and a benefit realised; see outcome_forms.hpp.
#include "gui/outcome_forms.hpp"

#include "gui/form_fields.hpp"
#include "gui/undo_steps.hpp"

namespace innotrack::gui {

void SuccessLessonForm::reset() {
    draft = {};
    errors_.clear();
    confirmation_.clear();
}

bool SuccessLessonForm::submit(AppState& state, Id innovationId) {
    errors_.clear();
    const Lesson lesson = draft.toLesson(innovationId, std::nullopt, LessonSource::Success);
    Lesson recorded;
    if (!state.apply(
            RecordKind::Lessons, [&](Portfolio& portfolio, Id actor) { recorded = portfolio.addLesson(actor, lesson); },
            &errors_))
        return false;
    confirmation_ = "Recorded lesson " + std::to_string(recorded.id) + " from a success: " + recorded.recommendation;
    state.confirm(confirmation_);
    draft = {};
    return true;
}

void BenefitForm::reset() {
    cancel();
    confirmation_.clear();
}

void BenefitForm::start(const Benefit& benefit) {
    cancel();
    realising = BenefitRealisation{benefit.id, benefit.measure, benefit.unit,
                                   benefit.actual ? decimalText(*benefit.actual) : std::string(), "today"};
}

void BenefitForm::cancel() {
    realising.reset();
    errors_.clear();
}

bool BenefitForm::realise(AppState& state) {
    if (!realising) return false;
    errors_.clear();
    const BenefitRealisation typed = *realising;
    const std::optional<double> actual = decimalField(typed.actual, "actual", errors_);
    const std::optional<Date> on = dateField(state, typed.on, "realised on", errors_);
    if (!actual || !on) return false;
    Benefit realised;
    Benefit before;
    if (!state.apply(
            RecordKind::Benefits,
            [&](Portfolio& portfolio, Id actor) {
                before = portfolio.benefit(typed.benefitId);
                realised = portfolio.realiseBenefit(actor, typed.benefitId, *actual, *on);
            },
            &errors_))
        return false;
    const std::string unit = realised.unit.empty() ? "" : " " + realised.unit;
    confirmation_ = "Realised '" + realised.measure + "': " + decimalText(*realised.actual) + unit + " on " +
                    formatDate(realised.realisedOn) + ".";
    state.confirm(confirmation_, benefitRealisedUndo(before, "Realised '" + realised.measure + "'"));
    realising.reset();
    return true;
}

}  // namespace innotrack::gui
