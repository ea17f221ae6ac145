// Builds the tally report from the query port (the counts) and the store (names for the scope).
#include "reports/tally_report.hpp"

#include "reports/render_formats.hpp"

#include "tracker/errors.hpp"

#include <cctype>

namespace innotrack::reports {
namespace {

std::string id(Id value) { return std::to_string(value); }

std::string summaryWords(const TallyCounts& counts) {
    const std::int64_t right = counts.wentRight();
    const std::int64_t wrong = counts.wentWrong();
    if (right == 0 && wrong == 0) return "";
    return thousands(right) + (right == 1 ? " thing" : " things") + " went right and " +
           (wrong == 0 ? std::string("none") : thousands(wrong)) + " went wrong.";
}

std::string risksTakenWords(const TallyCounts& c) {
    if (c.risksRaised == 0) return "No risks were raised in this period.";
    std::string out = thousands(c.risksRaised) + (c.risksRaised == 1 ? " risk was raised" : " risks were raised");
    if (c.risksRaised == 1)
        out += c.risksRaisedCritical == 1 ? " and it is Critical." : ", not Critical.";
    else
        out += ", " + (c.risksRaisedCritical == 0 ? std::string("none") : thousands(c.risksRaisedCritical)) +
               " of them Critical.";
    return out + " So far " + thousands(c.risksRaisedOccurred) + " occurred, " + thousands(c.risksRaisedClosed) +
           " closed without occurring and " + thousands(c.risksRaisedOpen) + " still open.";
}

void checkReporting(TallyReport& report, Date today) {
    for (const TallyQuarter& quarter : report.quarters) {
        if (!quarter.whole) continue;
        ++report.wholeQuarters;
        if (quarter.counts.wentWrong() == 0 && quarter.counts.risksOpenAtEnd >= kReportingCheckOpenRisks)
            report.concerns.push_back({quarter.quarter, quarter.counts.risksOpenAtEnd,
                                       "In " + quarterName(quarter.quarter) + ", " +
                                           thousands(quarter.counts.risksOpenAtEnd) +
                                           " risks were open and no setback was logged: are failures being reported?"});
    }
    const std::string threshold = std::to_string(kReportingCheckOpenRisks);
    if (!report.concerns.empty())
        report.reportingCheckWords = "";
    else if (report.wholeQuarters == 0)
        report.reportingCheckWords = "This period holds no whole quarter that had ended by " + dayWords(today) +
                                     ", so there is no quarter to check.";
    else
        report.reportingCheckWords = "No sign of unreported failures: each whole quarter checked (" +
                                     std::to_string(report.wholeQuarters) + ") had a setback logged or fewer than " +
                                     threshold + " risks open at its end.";
}

}  // namespace

std::string scopeWords(const PortfolioStore& store, const TallyScope& scope) {
    std::vector<std::string> parts;
    if (scope.ambitionId) {
        const auto ambition = store.findAmbition(*scope.ambitionId);
        if (!ambition) throw NotFound("ambition: there is no ambition " + id(*scope.ambitionId));
        parts.push_back("ambition '" + ambition->title + "'");
    }
    if (scope.cabinetLeadId) {
        const auto person = store.findPerson(*scope.cabinetLeadId);
        if (!person) throw NotFound("cabinet: there is no person " + id(*scope.cabinetLeadId));
        if (!mayBeCabinetLead(person->role))
            throw ValidationError("cabinet", person->name,
                                  "cabinet: " + person->name + " is a " + std::string(labelOf(person->role)) +
                                      ", not a cabinet member or the leader, so leads no innovations");
        parts.push_back("innovations led by " + person->name +
                        (person->portfolio.empty() ? "" : " (" + person->portfolio + ")"));
    }
    if (scope.innovationId) {
        const auto innovation = store.findInnovation(*scope.innovationId);
        if (!innovation) throw NotFound("innovation: there is no innovation " + id(*scope.innovationId));
        parts.push_back("innovation " + id(innovation->id) + " '" + innovation->title + "'");
    }
    if (scope.goal) parts.push_back("well-being goal: " + std::string(labelOf(*scope.goal)));
    if (parts.empty()) return "Whole council";
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

TallyReport buildTallyReport(const PortfolioStore& store, const TallyQueries& queries, const TallyRequest& request,
                             Date today) {
    TallyReport report;
    report.madeOn = today;
    report.period = request.period;
    report.scope = request.scope;
    report.scopeWords = scopeWords(store, request.scope);
    report.bands = store.riskBands();
    report.grouping = request.grouping;
    report.auditChain = store.auditChainHead();
    const Period& period = request.period.period;

    // The period's counts are its quarters' added up (quarterRowsOf: the quarters cover the period
    // exactly, so each dated record falls in one of them), and the risks open at its end are those
    // open at the last quarter's end: one pass over the records rather than two.
    const auto quarterRows = queries.tally(period, request.scope, TallyGrouping::Quarter);
    for (const TallyRow& row : quarterRows) report.counts.addDated(row.counts);
    report.counts.risksOpenAtEnd = quarterRows.back().counts.risksOpenAtEnd;
    report.ratio = ratioOf(report.counts);
    report.ratioWords = ratioWords(report.counts);
    report.summaryWords = summaryWords(report.counts);
    const std::int64_t setbacks = report.counts.wentWrong();
    report.intelligentShare = shareOf(report.counts.setbacksIntelligent, setbacks);
    report.lessonsCoverage = shareOf(report.counts.setbacksWithLesson, setbacks);
    report.risksTakenWords = risksTakenWords(report.counts);

    for (const TallyRow& row : quarterRows) {
        const FinancialQuarter quarter = quarterOf(row.period.from);
        // Whole: all of it is in the period and its last day has passed.
        const bool whole = row.period == quarter.period() && quarter.period().to < today;
        report.quarters.push_back({quarter, row.period, whole, row.counts});
    }
    checkReporting(report, today);

    if (request.grouping == TallyGrouping::Quarter)
        report.groups = quarterRows;
    else if (request.grouping != TallyGrouping::None)
        report.groups = queries.tally(period, request.scope, request.grouping);

    report.heatMapOn = period.to;
    report.heatMap = queries.openRiskHeatMap(period.to, request.scope);
    for (std::size_t l = 0; l < report.heatMap.size(); ++l)
        for (std::size_t i = 0; i < report.heatMap[l].size(); ++i) {
            const std::int64_t count = report.heatMap[l][i];
            report.heatMapTotal += count;
            const RiskBand band = report.bands.bandOf(static_cast<int>((l + 1) * (i + 1)));
            report.openByBand[static_cast<std::size_t>(band)] += count;
        }
    return report;
}

}  // namespace innotrack::reports

namespace innotrack::reports {

std::string renderTally(const TallyReport& report, ReportFormat format) {
    return renderInFormat(report, format, FormatRenderers<TallyReport>{renderTallyText, renderTallyMarkdown, renderTallyCsv,
                                                                      renderTallyJson, renderTallyHtml});
}

}  // namespace innotrack::reports
