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
    return state.saveRecord<Lesson>(
        "Recording the lesson", RecordKind::Lessons,
        [lesson](Portfolio& portfolio, Id actor) { return portfolio.addLesson(actor, lesson); },
        [this, &state](const Lesson& recorded) {
            confirmation_ =
                "Recorded lesson " + std::to_string(recorded.id) + " from a success: " + recorded.recommendation;
            confirmedAs_ = state.confirm(confirmation_, additionUndo(recorded, "Recorded lesson " + std::to_string(recorded.id)));
            draft = {};
        },
        &errors_);
}

void BenefitForm::reset() {
    cancel();
    adding = {};
    addErrors_.clear();
    confirmation_.clear();
}

bool BenefitForm::add(AppState& state, Id innovationId) {
    addErrors_.clear();
    const std::optional<double> baseline = decimalField(adding.baseline, "baseline", addErrors_);
    const std::optional<double> target = decimalField(adding.target, "target", addErrors_);
    if (!baseline || !target) return false;
    Benefit draft;
    draft.innovationId = innovationId;
    draft.measure = adding.measure;
    draft.unit = adding.unit;
    draft.baseline = *baseline;
    draft.target = *target;
    return state.saveRecord<Benefit>(
        "Adding the benefit", RecordKind::Benefits,
        [draft](Portfolio& portfolio, Id actor) { return portfolio.addBenefit(actor, draft); },
        [this, &state](const Benefit& added) {
            const std::string unit = added.unit.empty() ? "" : " " + added.unit;
            confirmation_ = "Added benefit '" + added.measure + "': from " + decimalText(added.baseline) + unit +
                            " to " + decimalText(added.target) + unit + ".";
            confirmedAs_ = state.confirm(confirmation_, additionUndo(added, "Added benefit '" + added.measure + "'"));
            adding = {};
        },
        &addErrors_);
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
    auto before = std::make_shared<Benefit>();
    const double value = *actual;
    const Date day = *on;
    return state.saveRecord<Benefit>(
        "Recording the benefit", RecordKind::Benefits,
        [typed, value, day, before](Portfolio& portfolio, Id actor) {
            *before = portfolio.benefit(typed.benefitId);
            return portfolio.realiseBenefit(actor, typed.benefitId, value, day);
        },
        [this, &state, before](const Benefit& realised) {
            const std::string unit = realised.unit.empty() ? "" : " " + realised.unit;
            confirmation_ = "Realised '" + realised.measure + "': " + decimalText(*realised.actual) + unit + " on " +
                            formatDate(realised.realisedOn) + ".";
            confirmedAs_ = state.confirm(confirmation_, benefitRealisedUndo(*before, "Realised '" + realised.measure + "'"));
            realising.reset();
        },
        &errors_);
}

}  // namespace innotrack::gui
