// The leader's answers to the innovation checklist in the demo: mostly confident, some honest
// "partly" and "no", two questions not yet answered, one answer over a year old, and two "yes"
// answers the demo's own data does not bear out, so the checklist report has something to say.
#include "demo_context.hpp"

#include <array>

namespace innotrack::demo {
namespace {

struct AnswerRow {
    std::string_view question;
    Answer answer;
    int daysAgo;
    std::string_view evidence;
};

constexpr std::array<AnswerRow, 14> kAnswers{{
    {"new-ideas", Answer::Yes, 21,
     "Staff ideas scheme since 2024: 140 ideas, 12 taken forward. Residents' panel meets each quarter."},
    {"look-outside", Answer::Yes, 21,
     "Every innovation records where the idea came from; cabinet visited Wigan and Leeds this year."},
    {"calculated-risks", Answer::Partly, 21,
     "Cabinet accepts the risks of a pilot, but officers still escalate small risks for sign-off."},
    // The demo's setbacks are mostly basic and complex failures: the report flags this "yes".
    {"learn-from-failure", Answer::Yes, 21, "Lessons log searched before every pilot; setback reviews are no-blame."},
    {"long-term-ambitions", Answer::Yes, 60, "Council Plan 2025-2045 agreed by full council in March 2025."},
    {"community-concerns", Answer::Yes, 60, "Ambitions drawn from the 2024 residents' survey and the area forums."},
    {"financial-outlook", Answer::Partly, 60,
     "The medium-term financial plan runs to 2029/30 only; a 20-year outlook is being prepared."},
    {"time-and-money", Answer::Yes, 60, "Innovation fund of £2.5m over three years; staff days agreed per project."},
    {"lead-united", Answer::Yes, 14, "Every cabinet member leads at least one priority innovation."},
    {"take-people-with-you", Answer::Partly, 14,
     "Monthly staff briefings; the opposition group is briefed only twice a year."},
    // More than a year old: the report asks whether it still holds.
    {"communicate-need", Answer::Yes, 400, "Leader's blog and all-staff sessions on why the council must change."},
    // Fewer than seven in ten milestones finish on their baseline date: the report flags this "yes" too.
    {"programme-management", Answer::Yes, 7, "Programme board meets weekly with a highlight report per project."},
    {"cabinet-led", Answer::Yes, 7, "Each innovation has a named cabinet lead."},
    {"persistence", Answer::No, 7, "Two pilots were paused after their first setback this year."},
}};

}  // namespace

void writeChecklistAnswers(DemoContext& demo) {
    for (const AnswerRow& row : kAnswers)
        demo.portfolio.answerChecklist(demo.leader, std::string(row.question), row.answer, std::string(row.evidence),
                                       demo.day(-row.daysAgo));
}

}  // namespace innotrack::demo
