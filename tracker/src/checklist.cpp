// The checklist's questions, worded from the research with English and Welsh council leaders,
// and the keys and labels of its areas and answers. Keys are stored in files: never change one.
#include "tracker/checklist.hpp"
#include "tracker/checklist_queries.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <algorithm>
#include <cctype>

namespace innotrack {

const std::array<ScaleEntry<ChecklistArea>, 5> Scale<ChecklistArea>::entries{{
    {ChecklistArea::Climate, "climate", "Create the climate"},
    {ChecklistArea::Ambitions, "ambitions", "Agree clear, long-term ambitions"},
    {ChecklistArea::Leadership, "leadership", "Lead united"},
    {ChecklistArea::Delivery, "delivery", "Ensure priority innovations are delivered"},
    {ChecklistArea::Review, "review", "Review"},
}};

const std::array<ScaleEntry<Answer>, 3> Scale<Answer>::entries{{
    {Answer::Yes, "yes", "Yes"},
    {Answer::Partly, "partly", "Partly"},
    {Answer::No, "no", "No"},
}};

static_assert(static_cast<int>(ChecklistArea::Review) == 4, "ChecklistArea table out of step with the enum");
static_assert(static_cast<int>(Answer::No) == 2, "Answer table out of step with the enum");

namespace {

// The areas named plainly inside the table only: a using-declaration at namespace scope would reach
// every file a unity build puts after this one.
constexpr std::array<ChecklistQuestion, kChecklistQuestionCount> kQuestions = [] {
    using enum ChecklistArea;
    return std::array<ChecklistQuestion, kChecklistQuestionCount>{{
        {"new-ideas", Climate,
         "Do we welcome new ideas, whoever has them: staff, partners, residents and the opposition?"},
        {"look-outside", Climate,
         "Do we look outside the council for better ways of doing things, and \"plagiarise with pride\"?"},
        {"calculated-risks", Climate, "Do we take calculated risks, accepting that some will not work?"},
        {"learn-from-failure", Climate,
         "Do we tolerate intelligent failures and learn from them, rather than look for someone to blame?"},
        {"long-term-ambitions", Ambitions,
         "Have we agreed clear, long-term ambitions for the place: a 20-year plan that our innovations serve?"},
        {"community-concerns", Ambitions, "Are our ambitions rooted in our communities' concerns?"},
        {"financial-outlook", Ambitions, "Are our ambitions rooted in the council's long-term financial outlook?"},
        {"time-and-money", Ambitions, "Have we earmarked time and money for each of our priority innovations?"},
        {"lead-united", Leadership,
         "Do the leader and cabinet lead united, each cabinet member owning part of the innovation programme?"},
        {"take-people-with-you", Leadership,
         "Do we take people with us: staff, partners, residents and councillors of every party?"},
        {"communicate-need", Leadership,
         "Do we communicate the need for innovation, so people understand why the council must change?"},
        {"programme-management", Delivery,
         "Do we manage our priority innovations as a programme, with milestones each project keeps to?"},
        {"cabinet-led", Delivery, "Is each priority innovation led by the leader or a named cabinet member?"},
        {"persistence", Delivery, "Do we persist through barriers and setbacks, rather than give up at the first one?"},
        {"regular-review", Review, "Do the leader and cabinet review progress on the priority innovations every week?"},
        {"use-checklist", Review,
         "Do we use these key actions as a checklist of what more we could do, and act on what it shows?"},
    }};
}();

// Areas in enum order, each question under its own area: the reports group questions by
// walking the table once.
constexpr bool inAreaOrder() {
    for (std::size_t i = 1; i < kQuestions.size(); ++i)
        if (static_cast<int>(kQuestions[i].area) < static_cast<int>(kQuestions[i - 1].area)) return false;
    return true;
}
static_assert(inAreaOrder(), "checklist questions must be listed area by area");

std::string lowered(std::string_view text) {
    std::string out;
    for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

const std::array<ChecklistQuestion, kChecklistQuestionCount>& checklistQuestions() { return kQuestions; }

bool isChecklistQuestion(std::string_view key) {
    return std::any_of(kQuestions.begin(), kQuestions.end(),
                       [&](const ChecklistQuestion& question) { return question.key == key; });
}

const ChecklistQuestion& checklistQuestion(std::string_view field, std::string_view key) {
    for (const ChecklistQuestion& question : kQuestions)
        if (question.key == key) return question;
    throw ValidationError(std::string(field), std::string(key),
                          std::string(field) + ": " + quotedValue(key) +
                              " is not a checklist question (see the keys with: innotrack checklist list)");
}

Answer parseAnswer(std::string_view field, std::string_view text) {
    const std::string wanted = lowered(text);
    for (const auto& entry : Scale<Answer>::entries)
        if (wanted == entry.key) return entry.value;
    throw ValidationError(std::string(field), std::string(text),
                          std::string(field) + ": " + quotedValue(text) + " is not one of " +
                              acceptedKeys<Answer>());
}

Period checklistReviewWindow(Date on) {
    const Date thisWeek = weekStart(on);
    // Boost cannot hold a day before 1400 (fuzzing found --on 1400-01-01 ended in an internal
    // error): near the calendar's first day the window is cut short at it, and in its first week
    // it is empty (from after to).
    if (thisWeek == kFirstDay) return {kFirstDay + boost::gregorian::days(1), kFirstDay};
    const long back = 7L * kChecklistReviewWeeks;
    const Date from = (thisWeek - kFirstDay).days() < back ? kFirstDay : thisWeek - boost::gregorian::days(back);
    return {from, thisWeek - boost::gregorian::days(1)};
}

}  // namespace innotrack
