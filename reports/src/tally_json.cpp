// The tally as JSON for scripts and dashboards. Field names are stable and documented in
// docs/REPORTS.md; adding a field is allowed, renaming or removing one needs a new schema_version.
#include "reports/tally_report.hpp"

#include "tally_fields.hpp"
#include "audit_chain_words.hpp"

#include <nlohmann/json.hpp>

namespace innotrack::reports {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kSchemaVersion = 1;

Json optionalId(const OptionalId& id) { return id ? Json(*id) : Json(nullptr); }

Json counts(const TallyCounts& c) {
    Json out = Json::object();
    for (const auto& field : detail::kCountFields) out[std::string(field.key)] = field.value(c);
    const auto ratio = ratioOf(c);
    out["ratio"] = ratio ? Json(*ratio) : Json(nullptr);
    out["ratio_words"] = ratioWords(c);
    return out;
}

Json period(const Period& p) { return {{"from", formatDate(p.from)}, {"to", formatDate(p.to)}}; }

Json share(const Share& s) {
    return {{"count", s.count},
            {"of", s.of},
            {"percent", s.percent ? Json(*s.percent) : Json(nullptr)},
            {"words", s.words}};
}

Json row(const TallyRow& r) {
    Json out = {{"key", r.key}, {"label", r.label}, {"period", period(r.period)}};
    out["counts"] = counts(r.counts);
    return out;
}

Json quarters(const TallyReport& report) {
    Json out = Json::array();
    for (const TallyQuarter& q : report.quarters)
        out.push_back({{"key", q.quarter.label()},
                       {"label", quarterName(q.quarter)},
                       {"period", period(q.period)},
                       {"whole", q.whole},
                       {"counts", counts(q.counts)}});
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
    out["period"] = period(report.period.period);
    out["period"]["words"] = report.period.words;
    out["scope"] = {{"ambition_id", optionalId(report.scope.ambitionId)},
                    {"cabinet_lead_id", optionalId(report.scope.cabinetLeadId)},
                    {"innovation_id", optionalId(report.scope.innovationId)},
                    {"words", report.scopeWords}};
    out["risk_bands"] = {{"moderate_from", report.bands.moderateFrom},
                         {"high_from", report.bands.highFrom},
                         {"critical_from", report.bands.criticalFrom}};
    out["totals"] = counts(report.counts);
    out["summary_words"] = report.summaryWords;
    out["intelligent_share"] = share(report.intelligentShare);
    out["lessons_coverage"] = share(report.lessonsCoverage);
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
