// Builds the weekly board report from the board query port: which confidence is "now", the trend
// against the last closed review, and each top risk's band.
#include "reports/board_report.hpp"

#include <utility>

namespace innotrack::reports {

std::string_view trendKey(ConfidenceTrend trend) {
    switch (trend) {
        case ConfidenceTrend::Better: return "better";
        case ConfidenceTrend::Worse: return "worse";
        case ConfidenceTrend::Same: return "same";
        case ConfidenceTrend::FirstReview: break;
    }
    return "first-review";
}

std::string_view trendLabel(ConfidenceTrend trend) {
    return trend == ConfidenceTrend::FirstReview ? "first review" : trendKey(trend);
}

ConfidenceTrend trendOf(Confidence now, std::optional<Confidence> atLastReview) {
    if (!atLastReview) return ConfidenceTrend::FirstReview;
    // The scale runs from Green to Red, so a smaller value is nearer Green.
    if (now < *atLastReview) return ConfidenceTrend::Better;
    if (*atLastReview < now) return ConfidenceTrend::Worse;
    return ConfidenceTrend::Same;
}

BoardReport buildBoardReport(const BoardQueries& queries, const RiskBands& bands, Date on, Date today,
                             OptionalId cabinetLeadId, std::string cabinetLeadName, std::optional<std::size_t> limit,
                             std::optional<WellbeingGoal> goal) {
    BoardReport report;
    report.on = on;
    report.cabinetLeadId = cabinetLeadId;
    if (cabinetLeadId) report.cabinetLeadName = std::move(cabinetLeadName);
    report.goal = goal;
    report.bands = bands;
    report.limit = limit;
    report.lastClosedReview = queries.lastClosedReview(on);
    const OptionalId reviewId = report.lastClosedReview ? OptionalId(report.lastClosedReview->id) : std::nullopt;
    BoardLists lists = queries.boardLists(BoardScope{on, cabinetLeadId, goal}, report.lastClosedReview, reviewId,
                                          bands.criticalFrom, limit);

    for (BoardInnovationFacts& facts : lists.innovations.rows) {
        BoardRow row;
        // An innovation's confidence can also be edited between reviews, and that edit has no date
        // of its own: so today's paper shows the stored value, and a past day's the review record.
        row.confidence = (on < today && facts.latestReviewedConfidence) ? *facts.latestReviewedConfidence
                                                                        : facts.currentConfidence;
        row.trend = trendOf(row.confidence, facts.lastClosedReviewConfidence);
        if (facts.topRiskScore) row.topRiskBand = bands.bandOf(*facts.topRiskScore);
        row.facts = std::move(facts);
        report.innovations.push_back(std::move(row));
    }
    report.decisions = std::move(lists.decisions.rows);
    report.overdueMilestones = std::move(lists.overdueMilestones.rows);
    report.criticalRisks = std::move(lists.criticalRisks.rows);
    report.newSetbacks = std::move(lists.setbacks.rows);
    report.newLessons = std::move(lists.lessons.rows);
    report.ambitionsWithoutActiveInnovation = std::move(lists.ambitionsWithoutActiveInnovation);
    report.totals = {lists.innovations.total,       lists.decisions.total, lists.overdueMilestones.total,
                     lists.criticalRisks.total,     lists.setbacks.total,  lists.lessons.total};
    return report;
}

}  // namespace innotrack::reports
