// The tally as JSON for scripts and dashboards. Field names are stable and documented in
// docs/REPORTS.md; adding a field is allowed, renaming or removing one needs a new schema_version.
#include "reports/tally_report.hpp"

#include "tally_fields.hpp"
#include "audit_chain_words.hpp"
#include "tally_json_parts.hpp"

#include <nlohmann/json.hpp>

namespace innotrack::reports {
namespace {

using detail::Json;
using namespace detail;

constexpr int kSchemaVersion = 1;

Json row(const TallyRow& r) {
    Json out = {{"key", r.key}, {"label", r.label}, {"period", periodJson(r.period)}};
    out["counts"] = countsJson(r.counts);
    return out;
}

Json quarters(const TallyReport& report) {
    Json out = Json::array();
    for (const TallyQuarter& q : report.quarters)
        out.push_back({{"key", q.quarter.label()},
                       {"label", quarterName(q.quarter)},
                       {"period", periodJson(q.period)},
                       {"whole", q.whole},
                       {"counts", countsJson(q.counts)}});
    return out;
}

Json reportingCheck(const TallyReport& report) {
    Json concerns = Json::array();
    for (const auto& concern : report.concerns)
        concerns.push_back(
            {{"quarter", concern.quarter.label()}, {"risks_open", concern.risksOpen}, {"words", concern.words}});
    return {{"open_risks_threshold", kReportingCheckOpenRisks},
            {"whole_quarters_checked", report.wholeQuarters},
            {"concerns", concerns},
            {"words", report.reportingCheckWords}};
}

Json heatMap(const TallyReport& report) {
    Json cells = Json::array();
    for (const auto& likelihood : report.heatMap) {
        Json row = Json::array();
        for (const std::int64_t count : likelihood) row.push_back(count);
        cells.push_back(row);
    }
    Json byBand = Json::object();
    for (const RiskBand band : {RiskBand::Low, RiskBand::Moderate, RiskBand::High, RiskBand::Critical})
        byBand[std::string(keyOf(band))] = report.openByBand[static_cast<std::size_t>(band)];
    return {
        {"on", formatDate(report.heatMapOn)}, {"total", report.heatMapTotal}, {"cells", cells}, {"by_band", byBand}};
}

}  // namespace

std::string renderTallyJson(const TallyReport& report) {
    Json out = Json::object();
    out["report"] = "tally";
    out["schema_version"] = kSchemaVersion;
    out["made_on"] = formatDate(report.madeOn);
    out["period"] = periodJson(report.period.period);
    out["period"]["words"] = report.period.words;
    out["scope"] = scopeJson(report.scope, report.scopeWords);
    out["risk_bands"] = {{"moderate_from", report.bands.moderateFrom},
                         {"high_from", report.bands.highFrom},
                         {"critical_from", report.bands.criticalFrom}};
    out["totals"] = countsJson(report.counts);
    out["summary_words"] = report.summaryWords;
    out["intelligent_share"] = shareJson(report.intelligentShare);
    out["lessons_coverage"] = shareJson(report.lessonsCoverage);
    out["risks_taken_words"] = report.risksTakenWords;
    out["reporting_check"] = reportingCheck(report);
    out["quarters"] = quarters(report);
    out["grouping"] = std::string(groupingKey(report.grouping));
    Json groups = Json::array();
    for (const TallyRow& r : report.groups) groups.push_back(row(r));
    out["groups"] = groups;
    out["heat_map"] = heatMap(report);
    out["audit_chain"] = auditChainJson(report.auditChain);
    // Invalid UTF-8 in stored text must not make the whole report fail: replace it.
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace innotrack::reports
