// The board report's parts as tables and the sentences every format shares.
#include "board_tables.hpp"

#include "reports/tally_report.hpp"

#include <string_view>

namespace innotrack::reports::board {
namespace {

template <typename E>
Cell scaleCell(E value) {
    return Cell::text(std::string(keyOf(value)), std::string(labelOf(value)));
}

template <typename E>
Cell scaleCell(const std::optional<E>& value) {
    return value ? scaleCell(*value) : Cell::null();
}

Cell idCell(const OptionalId& id) { return id ? Cell::integer(*id) : Cell::null(); }

Cell countCell(std::int64_t count) { return Cell::integer(count); }

std::string counted(std::int64_t count, std::string_view singular, std::string_view plural) {
    return thousands(count) + " " + std::string(count == 1 ? singular : plural);
}


}  // namespace

std::string longDate(Date day) {
    return std::string(day.day_of_week().as_long_string()) + " " + std::to_string(day.day().as_number()) + " " +
           day.month().as_long_string() + " " + std::to_string(static_cast<int>(day.year()));
}

std::string title(const BoardReport& report) {
    return "Weekly board report, " + longDate(report.on).substr(longDate(report.on).find(' ') + 1);
}

std::string scopeLine(const BoardReport& report) {
    const std::string whose = report.cabinetLeadId ? "Innovations led by " + report.cabinetLeadName
                                                   : "Every cabinet member's innovations";
    const std::string serving =
        report.goal ? " serving the well-being goal '" + std::string(labelOf(*report.goal)) + "'" : "";
    return whose + serving + ", as they stood at the end of " + longDate(report.on) + ".";
}

std::string reviewLine(const BoardReport& report) {
    if (!report.lastClosedReview)
        return "No weekly review had been closed by " + formatDate(report.on) +
               ": there is no earlier confidence to compare with, and every setback and lesson so far is new.";
    const BoardReview& review = *report.lastClosedReview;
    std::string line = "Last closed review: review " + std::to_string(review.id) + ", held " +
                       formatDate(review.heldOn) + " and closed " + formatDate(review.closedOn);
    if (!review.chair.empty()) line += ", chaired by " + review.chair;
    return line + ". Setbacks and lessons logged after it closed are new.";
}

std::vector<std::string> glanceFigures(const BoardReport& report) {
    return {counted(report.totals.innovations, "active innovation", "active innovations"),
            counted(report.totals.overdueMilestones, "overdue milestone", "overdue milestones"),
            counted(report.totals.criticalRisks, "Critical risk", "Critical risks"),
            counted(report.totals.newSetbacks, "new setback", "new setbacks"),
            counted(report.totals.newLessons, "new lesson", "new lessons")};
}

std::string glanceLine(const BoardReport& report) {
    std::string line;
    for (const std::string& figure : glanceFigures(report)) line += (line.empty() ? "" : ", ") + figure;
    return line + ".";
}

std::string headingWithCount(std::string_view heading, std::int64_t total) {
    return std::string(heading) + " (" + thousands(total) + ")";
}

std::string moreLine(std::int64_t total, std::size_t shown, std::string_view seeAlso) {
    const std::int64_t rest = total - static_cast<std::int64_t>(shown);
    if (rest <= 0) return {};
    return "... and " + thousands(rest) + " more not shown here: " + std::string(seeAlso) + " lists every one.";
}

std::string riskLabel(const BoardRow& row) {
    if (!row.facts.topRiskScore || !row.topRiskBand) return "none open";
    return std::to_string(*row.facts.topRiskScore) + " " + std::string(labelOf(*row.topRiskBand));
}

Table innovationTable(const BoardReport& report) {
    Table table;
    table.column("innovation_id", "ID", Align::Right)
        .column("title", "Innovation")
        .column("stage", "Stage")
        .column("priority", "Priority", Align::Right)
        .hiddenColumn("cabinet_lead_id")
        .column("cabinet_lead", "Cabinet lead")
        .hiddenColumn("ambition_id")
        .column("confidence", "Confidence")
        .column("confidence_at_last_review", "At last review")
        .hiddenColumn("last_review_id")
        .column("trend", "Trend")
        .hiddenColumn("next_milestone_id")
        .column("next_milestone", "Next milestone")
        .column("next_milestone_due", "Due")
        .column("overdue_milestones", "Overdue", Align::Right)
        .hiddenColumn("top_risk_id")
        .column("top_risk_score", "Top risk", Align::Right)
        .column("top_risk_band", "Band")
        .column("new_setbacks", "New setbacks", Align::Right)
        .column("new_lessons", "New lessons", Align::Right);
    for (const BoardRow& row : report.innovations) {
        const BoardInnovationFacts& facts = row.facts;
        table.addRow({Cell::integer(facts.innovationId), Cell::text(facts.title), scaleCell(facts.stage),
                      Cell::integer(facts.priority), idCell(facts.cabinetLeadId), Cell::text(facts.cabinetLead),
                      idCell(facts.ambitionId), scaleCell(row.confidence),
                      scaleCell(facts.lastClosedReviewConfidence), idCell(facts.lastClosedReviewId),
                      Cell::text(std::string(trendKey(row.trend)), std::string(trendLabel(row.trend))),
                      idCell(facts.nextMilestoneId),
                      facts.nextMilestoneId ? Cell::text(facts.nextMilestone) : Cell::null(),
                      Cell::date(facts.nextMilestoneDue), countCell(facts.overdueMilestones),
                      idCell(facts.topRiskId), facts.topRiskScore ? Cell::integer(*facts.topRiskScore) : Cell::null(),
                      scaleCell(row.topRiskBand), countCell(facts.setbacksSince), countCell(facts.lessonsSince)});
    }
    return table;
}

Table decisionTable(const BoardReport& report) {
    Table table;
    table.column("innovation_id", "ID", Align::Right)
        .wrappingColumn("innovation", "Innovation")
        .column("confidence", "Confidence")
        .wrappingColumn("decision", "Decision")
        .hiddenColumn("comment");
    for (const BoardDecision& decision : report.decisions)
        table.addRow({Cell::integer(decision.innovationId), Cell::text(decision.innovation),
                      scaleCell(decision.confidence), Cell::text(decision.decision), Cell::text(decision.comment)});
    return table;
}

Table overdueTable(const BoardReport& report) {
    Table table;
    table.hiddenColumn("milestone_id")
        .wrappingColumn("title", "Milestone")
        .hiddenColumn("innovation_id")
        .wrappingColumn("innovation", "Innovation")
        .column("due", "Due")
        .column("days_late", "Days late", Align::Right)
        .column("baseline_due", "Baseline");
    for (const BoardOverdueMilestone& milestone : report.overdueMilestones)
        table.addRow({Cell::integer(milestone.milestoneId), Cell::text(milestone.title),
                      Cell::integer(milestone.innovationId), Cell::text(milestone.innovation),
                      Cell::date(milestone.due), Cell::integer(milestone.daysLate), Cell::date(milestone.baselineDue)});
    return table;
}

Table criticalRiskTable(const BoardReport& report) {
    Table table;
    table.column("risk_id", "ID", Align::Right)
        .wrappingColumn("title", "Risk")
        .hiddenColumn("innovation_id")
        .wrappingColumn("innovation", "Innovation")
        .hiddenColumn("likelihood")
        .hiddenColumn("impact")
        .column("score", "Score", Align::Right)
        .column("inherent_score", "Before", Align::Right)
        .hiddenColumn("owner_id")
        .column("owner", "Owner")
        .column("proximity", "Proximity")
        .hiddenColumn("response");
    for (const BoardRisk& risk : report.criticalRisks) {
        // "4×4=16" shows how the score was made, so a cabinet member can challenge either rating.
        const std::string shown = std::to_string(risk.likelihood) + "\xC3\x97" + std::to_string(risk.impact) + "=" +
                                  std::to_string(risk.score);
        table.addRow({Cell::integer(risk.riskId), Cell::text(risk.title), Cell::integer(risk.innovationId),
                      Cell::text(risk.innovation), Cell::integer(risk.likelihood), Cell::integer(risk.impact),
                      Cell::integer(risk.score, shown), Cell::integer(risk.inherentScore), Cell::integer(risk.ownerId),
                      Cell::text(risk.owner), scaleCell(risk.proximity), scaleCell(risk.response)});
    }
    return table;
}

Table setbackTable(const BoardReport& report) {
    Table table;
    table.column("setback_id", "ID", Align::Right)
        .column("date", "Date")
        .hiddenColumn("innovation_id")
        .wrappingColumn("innovation", "Innovation")
        .column("kind", "Kind")
        .wrappingColumn("what_happened", "What happened")
        .hiddenColumn("risk_id");
    for (const BoardSetback& setback : report.newSetbacks)
        table.addRow({Cell::integer(setback.setbackId), Cell::date(setback.occurredOn),
                      Cell::integer(setback.innovationId), Cell::text(setback.innovation), scaleCell(setback.kind),
                      Cell::text(setback.whatHappened), idCell(setback.riskId)});
    return table;
}

Table lessonTable(const BoardReport& report) {
    Table table;
    table.column("lesson_id", "ID", Align::Right)
        .column("date", "Date")
        .hiddenColumn("innovation_id")
        .wrappingColumn("innovation", "Innovation")
        .column("source", "Source")
        .wrappingColumn("what_happened", "What happened")
        .wrappingColumn("recommendation", "Recommendation");
    for (const BoardLesson& lesson : report.newLessons)
        table.addRow({Cell::integer(lesson.lessonId), Cell::date(lesson.recordedOn), Cell::integer(lesson.innovationId),
                      Cell::text(lesson.innovation), scaleCell(lesson.source), Cell::text(lesson.whatHappened),
                      Cell::text(lesson.recommendation)});
    return table;
}

Table ambitionTable(const BoardReport& report) {
    Table table;
    table.column("ambition_id", "ID", Align::Right)
        .wrappingColumn("title", "Ambition")
        .column("horizon_year", "Horizon", Align::Right)
        .column("mainstreamed", "Mainstreamed", Align::Right)
        .column("stopped", "Stopped", Align::Right);
    for (const BoardAmbitionGap& gap : report.ambitionsWithoutActiveInnovation)
        table.addRow({Cell::integer(gap.ambitionId), Cell::text(gap.title), Cell::integer(gap.horizonYear),
                      Cell::integer(gap.mainstreamed), Cell::integer(gap.stopped)});
    return table;
}

std::vector<Part> sections(const BoardReport& report) {
    const std::string sinceWords =
        report.lastClosedReview
            ? "since the last review closed (as of " + formatDate(report.lastClosedReview->closedOn) + ")"
            : "so far (no review closed yet)";
    std::vector<Part> parts;
    parts.push_back({"decisions", "Decisions at the last review",
                     report.lastClosedReview
                         ? "What review " + std::to_string(report.lastClosedReview->id) + " (closed " +
                               formatDate(report.lastClosedReview->closedOn) + ") decided for these innovations."
                         : "Decisions recorded at the last closed weekly review.",
                     report.lastClosedReview ? "No decisions were recorded for these innovations."
                                             : "No weekly review has been closed yet.",
                     decisionTable(report), report.totals.decisions, kWholeBoard});
    parts.push_back({"overdue_milestones", "Overdue milestones",
                     "Not completed and due before " + formatDate(report.on) +
                         "; the baseline is the date first agreed.",
                     "None: every milestone is on schedule.", overdueTable(report), report.totals.overdueMilestones,
                     "innotrack milestone list --overdue"});
    parts.push_back({"critical_risks", "Critical risks",
                     "Open risks scoring " + std::to_string(report.bands.criticalFrom) +
                         " or more (likelihood \xC3\x97 impact, after mitigation where rated; Before: the score "
                         "before mitigation).",
                     "None open.", criticalRiskTable(report), report.totals.criticalRisks, kWholeBoard});
    parts.push_back({"new_setbacks", "New setbacks", "Setbacks logged " + sinceWords + ".", "None logged.",
                     setbackTable(report), report.totals.newSetbacks, kWholeBoard});
    parts.push_back({"new_lessons", "New lessons", "Lessons recorded " + sinceWords + ".", "None recorded.",
                     lessonTable(report), report.totals.newLessons, kWholeBoard});
    parts.push_back({"ambitions_without_active_innovation", "Ambitions with no active innovation",
                     (report.goal ? "Across the whole council, those tagged with '" +
                                        std::string(labelOf(*report.goal)) + "'"
                                  : std::string("Across the whole council")) +
                         ": ambitions that no innovation active on the day works towards, with how many of their "
                         "innovations had been mainstreamed or stopped.",
                     "None: every ambition has at least one active innovation.", ambitionTable(report),
                     static_cast<std::int64_t>(report.ambitionsWithoutActiveInnovation.size()), kWholeBoard});
    if (report.takingPeople)
        parts.push_back({"taking_people_with_it", "Taking people with it",
                         "Innovations at Piloting or beyond, and whom each has not engaged in the six months to " +
                             formatDate(report.on) + " (the cabinet, members beyond it, staff and residents).",
                         "None of these innovations is at Piloting or beyond.", takingPeopleTable(report),
                         static_cast<std::int64_t>(report.takingPeople->size()), "innotrack engagement list"});
    return parts;
}

}  // namespace innotrack::reports::board
