// The "log a setback" form's model (the project officer's): what happened, when, the risk it
// realised, the response, and the kind of failure helped by the five questions of an intelligent
// failure; then a lesson in the same flow. Keeps what was typed when saving fails. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace innotrack::gui {

struct SetbackDraft {
    OptionalId innovationId;
    std::string whatHappened;
    std::string date;  // as typed: YYYY-MM-DD or "today"
    OptionalId riskId;
    std::string response;
    IntelligentFailureTest answers;
    std::optional<FailureKind> kind;
};

struct LessonDraft {
    std::string whatHappened;
    std::string effect;
    std::string cause;
    std::string earlyWarnings;
    std::string recommendation;
    std::string tags;  // as typed, separated by commas
    bool identifiedAsRisk = false;

    // The lesson as Portfolio records it, about `innovationId`.
    Lesson toLesson(Id innovationId, OptionalId setbackId, LessonSource source) const;
};

// One of the five conditions: the question asked and where its answer is kept.
struct FailureQuestion {
    std::string_view question;
    std::string_view explanation;
    bool IntelligentFailureTest::*answer;
};
extern const std::array<FailureQuestion, 5> kFailureQuestions;

class SetbackForm {
public:
    enum class Step { Setback, Lesson, Done };

    // A blank form dated today, about `innovationId` when given.
    void reset(Date today, OptionalId innovationId);

    Step step() const { return step_; }
    SetbackDraft setback;
    LessonDraft lesson;
    const FieldErrors& errors() const { return errors_; }

    // What the answers say about the kind, in plain words; intelligent only when all five hold.
    static std::string kindAdvice(const IntelligentFailureTest& answers);
    bool intelligentAllowed() const { return setback.answers.allHold(); }

    // Checks what the form can check itself, then logs the setback through the portfolio as the
    // acting person. On success the form moves to the lesson, prefilled from the setback.
    bool submitSetback(AppState& state);
    // Records the lesson, linked to the setback just logged.
    bool submitLesson(AppState& state);
    void skipLesson() { step_ = Step::Done; }

    OptionalId loggedSetbackId() const { return loggedSetbackId_; }
    OptionalId recordedLessonId() const { return recordedLessonId_; }

private:
    Step step_ = Step::Setback;
    FieldErrors errors_;
    OptionalId loggedSetbackId_;
    OptionalId recordedLessonId_;
};

// "a, b ,, c" → {"a", "b", "c"}.
std::vector<std::string> splitTags(std::string_view text);

}  // namespace innotrack::gui
