// The innovation checklist (DOMAIN.md "Why"): the research's four key actions and review, as
// questions the leader answers yes, partly or no with evidence. Question keys are stored with
// each answer and typed on the command line, so a key, once released, never changes.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"
#include "tracker/text.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace innotrack {

// The four key actions, then review.
enum class ChecklistArea { Climate, Ambitions, Leadership, Delivery, Review };

// The leader's answer to one question.
enum class Answer { Yes, Partly, No };

template <>
struct Scale<ChecklistArea> {
    static constexpr std::string_view name = "ChecklistArea";
    static const std::array<ScaleEntry<ChecklistArea>, 5> entries;
};

template <>
struct Scale<Answer> {
    static constexpr std::string_view name = "Answer";
    static const std::array<ScaleEntry<Answer>, 3> entries;
};

struct ChecklistQuestion {
    std::string_view key;  // stable, lower case with hyphens: "look-outside"
    ChecklistArea area;
    std::string_view text;  // the question as the leader reads it
};

inline constexpr std::size_t kChecklistQuestionCount = 16;

// Every question, area by area in the order of ChecklistArea.
const std::array<ChecklistQuestion, kChecklistQuestionCount>& checklistQuestions();

// The question with this key (exactly, as stored). Throws ValidationError naming `field` for
// any other text, saying where the keys are listed.
const ChecklistQuestion& checklistQuestion(std::string_view field, std::string_view key);
bool isChecklistQuestion(std::string_view key);

// "yes", "partly" or "no", in any case. Throws ValidationError naming `field`.
Answer parseAnswer(std::string_view field, std::string_view text);

// One answer as the leader gave it. Every answer is kept: the latest on or before a day is
// the answer on that day, so the checklist shows how the leader's view changed.
struct ChecklistAnswer {
    Id id = 0;
    std::string questionKey;
    Answer answer = Answer::No;
    std::string evidence;  // what shows it, in the leader's words; may be empty
    Id answeredById = 0;
    Date answeredOn;

    bool operator==(const ChecklistAnswer&) const = default;
};

}  // namespace innotrack
