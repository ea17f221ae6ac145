// What the board paper adds from outside its own queries: "Taking people with it" (for each
// innovation it shows at Piloting or beyond, whom it has not engaged in the six months to the day;
// DOMAIN.md, tracker/engagement.hpp), and each innovation's confidence review by review.
#include "reports/board_report.hpp"

#include "board_tables.hpp"

namespace innotrack::reports {

void addTakingPeople(BoardReport& report, const std::vector<Engagement>& engagements) {
    std::vector<BoardReport::TakingPeople> rows;
    for (const BoardRow& row : report.innovations) {
        Innovation asOnTheDay;
        asOnTheDay.stage = row.facts.stage;
        if (!takingPeopleWithItApplies(asOnTheDay)) continue;
        rows.push_back({row.facts.innovationId, row.facts.title, row.facts.stage,
                        groupsNotEngaged(row.facts.innovationId, engagements, report.on)});
    }
    report.takingPeople = std::move(rows);
}

namespace board {

namespace {

std::string listed(const std::vector<EngagedGroup>& groups) {
    std::string out;
    for (std::size_t i = 0; i < groups.size(); ++i)
        out += (i == 0 ? "" : (i + 1 == groups.size() ? " and " : ", ")) + std::string(describe(groups[i]));
    return out;
}

}  // namespace

Table takingPeopleTable(const BoardReport& report) {
    Table table;
    table.column("innovation_id", "ID", Align::Right)
        .wrappingColumn("innovation", "Innovation")
        .column("stage", "Stage")
        .column("taken_people_with_it", "Taken people with it")
        .wrappingColumn("not_engaged", "Not engaged in six months");
    if (!report.takingPeople) return table;
    for (const BoardReport::TakingPeople& row : *report.takingPeople)
        table.addRow({Cell::integer(row.innovationId), Cell::text(row.title),
                      Cell::text(std::string(keyOf(row.stage)), std::string(labelOf(row.stage))),
                      Cell::boolean(row.missing.empty(), row.missing.empty() ? "yes" : "no"),
                      Cell::text(listed(row.missing))});
    return table;
}

}  // namespace board
void addConfidenceHistory(BoardReport& report, const TrendQueries& queries) {
    std::vector<Id> shown;
    shown.reserve(report.innovations.size());
    for (const BoardRow& row : report.innovations) shown.push_back(row.facts.innovationId);
    report.confidenceHistory = queries.confidenceByReview(shown, report.on);
}

}  // namespace innotrack::reports
