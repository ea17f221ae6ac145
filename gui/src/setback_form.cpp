// The setback form's model; see setback_form.hpp.
#include "gui/setback_form.hpp"

#include "gui/undo_steps.hpp"

#include "tracker/errors.hpp"

#include <memory>

namespace innotrack::gui {

const std::array<FailureQuestion, 5> kFailureQuestions = {{
    {"Did it happen in new territory?", "Something the council had not done before, where the answer could not be looked up.",
     &IntelligentFailureTest::newTerritory},
    {"Was it in pursuit of a credible opportunity?", "A real chance to improve things for residents, not a whim.",
     &IntelligentFailureTest::credibleOpportunity},
    {"Was it informed by what was already known?", "Research, evidence and other councils' experience were used first.",
     &IntelligentFailureTest::informedByKnowledge},
    {"Was the failure as small as it could be?", "A pilot or a limited test, so little was lost.",
     &IntelligentFailureTest::smallAsPossible},
    {"Has it been learned from?", "The lesson is recorded and shared (you can record it in the next step).",
     &IntelligentFailureTest::learnedFrom},
}};

void SetbackForm::reset(Date today, OptionalId innovationId) {
    setback = SetbackDraft{};
    setback.innovationId = innovationId;
    setback.date = formatDate(today);
    lesson = LessonDraft{};
    errors_.clear();
    step_ = Step::Setback;
    loggedSetbackId_.reset();
    recordedLessonId_.reset();
}

std::string SetbackForm::kindAdvice(const IntelligentFailureTest& answers) {
    if (answers.allHold())
        return "All five hold: this can be classed as an intelligent failure, the kind a council that innovates "
               "should expect and welcome.";
    if (!answers.newTerritory)
        return "It happened in known territory, so it is a basic failure (preventable: a checklist or training would "
               "have caught it) or a complex one (several factors combined; vigilance could have reduced it).";
    return "Not all five hold, so it is not an intelligent failure: choose basic (preventable) or complex (several "
           "factors combined).";
}

bool SetbackForm::submitSetback(AppState& state) {
    errors_.clear();
    if (!setback.innovationId) errors_.byField["innovation"] = "innovation: choose the innovation the setback happened to";
    Date occurredOn;
    try {
        occurredOn = parseDate(setback.date, state.clock(), "date");
    } catch (const ValidationError& error) {
        errors_.byField["date"] = error.what();
    }
    // Every missing answer is said at once, beside its field, before the service is asked.
    if (setback.whatHappened.find_first_not_of(" \t\r\n") == std::string::npos)
        errors_.byField["what happened"] = "what happened: say what happened";
    if (!setback.kind) errors_.byField["kind"] = "kind: choose what kind of setback this was (basic, complex or intelligent)";
    if (!errors_.empty()) return false;

    Setback record;
    record.innovationId = *setback.innovationId;
    record.occurredOn = occurredOn;
    record.whatHappened = setback.whatHappened;
    record.kind = *setback.kind;
    record.riskId = setback.riskId;
    record.response = setback.response;
    record.test = setback.answers;
    // Filled on the worker that saves it (AppState::save), read on the frame loop afterwards. A
    // setback that realised a risk marks the risk too.
    auto logged = std::make_shared<Setback>();
    state.save(
        "Logging the setback", RecordKind::Setbacks | RecordKind::Risks,
        [record, logged](Portfolio& portfolio, Id actor) { *logged = portfolio.logSetback(actor, record); },
        [this, &state, logged](bool saved) {
            if (!saved) return;
            state.confirm("Logged setback " + std::to_string(logged->id) + ". Now record what was learned from it.",
                          additionUndo(*logged, "Logged setback " + std::to_string(logged->id)));
            loggedSetbackId_ = logged->id;
            lesson = LessonDraft{};
            lesson.whatHappened = logged->whatHappened;
            lesson.identifiedAsRisk = logged->riskId.has_value();
            step_ = Step::Lesson;
        },
        &errors_);
    return step_ == Step::Lesson;  // saved already, unless it is still being saved or was refused
}

Lesson LessonDraft::toLesson(Id innovationId, OptionalId setbackId, LessonSource source) const {
    Lesson record;
    record.innovationId = innovationId;
    record.setbackId = setbackId;
    record.source = source;
    record.whatHappened = whatHappened;
    record.effect = effect;
    record.cause = cause;
    record.earlyWarnings = earlyWarnings;
    record.recommendation = recommendation;
    record.identifiedAsRisk = identifiedAsRisk;
    record.tags = splitTags(tags);
    return record;
}

bool SetbackForm::submitLesson(AppState& state) {
    errors_.clear();
    if (!loggedSetbackId_ || !setback.innovationId) return false;
    const Lesson record = lesson.toLesson(*setback.innovationId, loggedSetbackId_, LessonSource::Setback);
    auto recorded = std::make_shared<Lesson>();
    state.save(
        "Saving the lesson", RecordKind::Lessons,
        [record, recorded](Portfolio& portfolio, Id actor) { *recorded = portfolio.addLesson(actor, record); },
        [this, &state, recorded](bool saved) {
            if (!saved) return;
            state.confirm("Saved lesson " + std::to_string(recorded->id) + ", linked to setback " +
                              std::to_string(recorded->setbackId.value_or(0)) + ".",
                          additionUndo(*recorded, "Saved lesson " + std::to_string(recorded->id)));
            recordedLessonId_ = recorded->id;
            step_ = Step::Done;
        },
        &errors_);
    return step_ == Step::Done;
}

std::vector<std::string> splitTags(std::string_view text) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        std::string_view tag = text.substr(start, comma - start);
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
        if (!tag.empty()) tags.emplace_back(tag);
        start = comma + 1;
    }
    return tags;
}

}  // namespace innotrack::gui
