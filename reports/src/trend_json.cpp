// The trend as JSON for scripts and dashboards, with the tally's own pieces (tally_json_parts.hpp).
// Field names are stable and documented in docs/REPORTS.md; adding a field is allowed, renaming or
// removing one needs a new schema_version.
#include "reports/trend_report.hpp"

#include "audit_chain_words.hpp"
#include "tally_json_parts.hpp"

namespace innotrack::reports {
namespace {

using detail::Json;

constexpr int kSchemaVersion = 1;

Json figures(const TallyCounts& counts, const Share& intelligent, const Share& lessons) {
    return {{"counts", detail::countsJson(counts, false)},
            {"intelligent_share", detail::shareJson(intelligent)},
            {"lessons_coverage", detail::shareJson(lessons)}};
}

}  // namespace

std::string renderTrendJson(const TrendReport& report) {
    Json out = Json::object();
    out["report"] = "trend";
    out["schema_version"] = kSchemaVersion;
    out["made_on"] = formatDate(report.madeOn);
    out["on"] = formatDate(report.on);
    out["years"] = report.years;
    out["period"] = detail::periodJson(report.period.period);
    out["period"]["words"] = report.period.words;
    out["scope"] = detail::scopeJson(report.scope, report.scopeWords);
    Json quarters = Json::array();
    for (const TrendQuarter& q : report.quarters) {
        Json quarter = {{"key", q.quarter.label()},
                        {"label", quarterName(q.quarter)},
                        {"period", detail::periodJson(q.period)},
                        {"to_date", q.toDate}};
        quarter.update(figures(q.counts, q.intelligentShare, q.lessonsCoverage));
        quarters.push_back(quarter);
    }
    out["quarters"] = quarters;
    out["total"] = figures(report.total, report.intelligentShare, report.lessonsCoverage);
    out["audit_chain"] = auditChainJson(report.auditChain);
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace innotrack::reports
