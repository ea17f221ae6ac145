// How each entity looks in a list and in `show`: its columns and fields, with the stable keys
// documented in docs/JSON.md. Text shows labels and names; CSV and JSON carry keys and ids.
#pragma once

#include "cli/context.hpp"
#include "reports/table.hpp"
#include "tracker/store.hpp"

#include <vector>

namespace innotrack::cli::views {

reports::Table people(const std::vector<Person>& people);
reports::Record person(const Person& person);

reports::Table ambitions(const std::vector<Ambition>& ambitions);
reports::Record ambition(const Ambition& ambition);

// A list's columns (a table with no rows yet) and one record's row in them; the list of a vector
// is built from the two, and so is a streamed list (Context::printRows).
reports::Table innovationColumns();
std::vector<reports::Cell> innovationRow(Context& context, const std::vector<reports::Column>& columns,
                                         const Innovation& innovation);
reports::Table innovations(Context& context, const std::vector<Innovation>& innovations);
reports::Record innovation(Context& context, const Innovation& innovation);

reports::Table milestoneColumns();
std::vector<reports::Cell> milestoneRow(const std::vector<reports::Column>& columns, const Milestone& milestone,
                                        Date today);
reports::Table milestones(const std::vector<Milestone>& milestones, Date today);
reports::Record milestone(const Milestone& milestone, Date today);
reports::Table milestoneMoves(Context& context, const std::vector<MilestoneMove>& moves);

reports::Table riskColumns();
std::vector<reports::Cell> riskRow(Context& context, const std::vector<reports::Column>& columns, const Risk& risk,
                                   const RiskBands& bands);
reports::Table risks(Context& context, const std::vector<Risk>& risks, const RiskBands& bands);
reports::Record risk(Context& context, const Risk& risk, const RiskBands& bands);

reports::Table setbackColumns();
std::vector<reports::Cell> setbackRow(Context& context, const std::vector<reports::Column>& columns,
                                      const Setback& setback);
reports::Table setbacks(Context& context, const std::vector<Setback>& setbacks);
reports::Record setback(Context& context, const Setback& setback);

reports::Table lessonColumns();
std::vector<reports::Cell> lessonRow(Context& context, const std::vector<reports::Column>& columns,
                                     const Lesson& lesson);
reports::Table lessons(Context& context, const std::vector<Lesson>& lessons);
reports::Record lesson(Context& context, const Lesson& lesson);

reports::Table benefitColumns();
std::vector<reports::Cell> benefitRow(const std::vector<reports::Column>& columns, const Benefit& benefit);
reports::Table benefits(const std::vector<Benefit>& benefits);
reports::Record benefit(const Benefit& benefit);
reports::Table engagementColumns();
std::vector<reports::Cell> engagementRow(Context& context, const std::vector<reports::Column>& columns,
                                         const Engagement& engagement);
reports::Table engagements(Context& context, const std::vector<Engagement>& engagements);
reports::Record engagement(Context& context, const Engagement& engagement);
// views_decisions.cpp: with whether each is key and where its notice stands (tracker/decision.hpp).
reports::Table decisions(Context& context, const std::vector<Decision>& decisions);
reports::Record decision(Context& context, const Decision& decision);

reports::Table reviews(Context& context, const std::vector<Review>& reviews);
reports::Record review(Context& context, const Review& review);
reports::Table reviewEntries(Context& context, const std::vector<ReviewEntry>& entries);

reports::Table audit(Context& context, const std::vector<AuditEntry>& entries);

// views_ideas.cpp: ideas with their score (the mean of their assessors' totals) and the gate.
reports::Table ideas(Context& context, const std::vector<Idea>& ideas, const std::vector<IdeaScore>& scores);
reports::Table ideaScores(Context& context, const std::vector<IdeaScore>& scores);
reports::Record idea(Context& context, const Idea& idea, const std::vector<IdeaScore>& scores, int gate);

// Shared cell makers.
reports::Cell idCell(OptionalId id);
reports::Cell personCell(Context& context, OptionalId id);  // the person's name; null for none
template <typename E>
reports::Cell scaleCell(E value) {
    return reports::Cell::text(std::string(keyOf(value)), std::string(labelOf(value)));
}
// Some of a scale's values: their keys for scripts, their labels for people.
template <typename E>
reports::Cell keysCell(const ScaleSet<E>& values) {
    return reports::Cell::text(values.keys(), values.labels());
}
// A record's well-being goals and ways of working, shown when it has any (only Wales tags them).
template <typename R>
void addWellbeingFields(reports::Record& record, const R& r) {
    if (r.goals.empty()) record.hiddenField("wellbeing_goals", keysCell(r.goals));
    else record.field("wellbeing_goals", "Well-being goals", keysCell(r.goals));
    if (r.ways.empty()) record.hiddenField("ways_of_working", keysCell(r.ways));
    else record.field("ways_of_working", "Ways of working", keysCell(r.ways));
}
reports::Cell moneyCell(Pence pence);
reports::Cell numberCell(const std::optional<double>& value);

}  // namespace innotrack::cli::views
