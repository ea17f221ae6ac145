// The Act's goals and ways of working (tracker/wellbeing.hpp). Keys are stored in files and in
// the portfolio document: never change one.
#include "tracker/wellbeing.hpp"

namespace innotrack {

const std::array<ScaleEntry<WellbeingGoal>, 7> Scale<WellbeingGoal>::entries{{
    {WellbeingGoal::Prosperous, "prosperous", "A prosperous Wales"},
    {WellbeingGoal::Resilient, "resilient", "A resilient Wales"},
    {WellbeingGoal::Healthier, "healthier", "A healthier Wales"},
    {WellbeingGoal::MoreEqual, "more-equal", "A more equal Wales"},
    {WellbeingGoal::Cohesive, "cohesive", "A Wales of cohesive communities"},
    {WellbeingGoal::CultureLanguage, "culture-language", "A Wales of vibrant culture and thriving Welsh language"},
    {WellbeingGoal::GloballyResponsible, "globally-responsible", "A globally responsible Wales"},
}};

const std::array<ScaleEntry<WayOfWorking>, 5> Scale<WayOfWorking>::entries{{
    {WayOfWorking::LongTerm, "long-term", "Long term"},
    {WayOfWorking::Prevention, "prevention", "Prevention"},
    {WayOfWorking::Integration, "integration", "Integration"},
    {WayOfWorking::Collaboration, "collaboration", "Collaboration"},
    {WayOfWorking::Involvement, "involvement", "Involvement"},
}};

static_assert(static_cast<int>(WellbeingGoal::GloballyResponsible) == 6, "WellbeingGoal table out of step");
static_assert(static_cast<int>(WayOfWorking::Involvement) == 4, "WayOfWorking table out of step");

std::optional<std::string> wellbeingTagRefusal(bool welsh, const WellbeingGoals& goals, const WaysOfWorking& ways,
                                               std::string_view record) {
    if (welsh || (goals.empty() && ways.empty())) return std::nullopt;
    return "well-being goals and ways of working are Wales's (the Well-being of Future Generations (Wales) Act "
           "2015): this portfolio follows England's rules, so an " + std::string(record) +
           " cannot be tagged with them (the leader sets the nation: innotrack decision nation --to wales)";
}

bool servesGoal(WellbeingGoal goal, const WellbeingGoals& innovationGoals, const WellbeingGoals& ambitionGoals) {
    return innovationGoals.contains(goal) || ambitionGoals.contains(goal);
}

std::optional<std::string> goalScopeRefusal(bool welsh, std::string_view option) {
    if (welsh) return std::nullopt;
    return std::string(option) +
           ": well-being goals are Wales's, and this portfolio follows England's rules, so a report cannot be "
           "scoped to one (the leader sets the nation: innotrack decision nation --to wales)";
}

}  // namespace innotrack
