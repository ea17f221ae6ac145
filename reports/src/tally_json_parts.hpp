// The JSON pieces the tally and the trend share, so a count, a share or a scope reads the same in
// both (docs/REPORTS.md).
#pragma once

#include "reports/tally_report.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace innotrack::reports::detail {

using Json = nlohmann::ordered_json;

// Every count field by its key, then "ratio" (null with no setbacks) and "ratio_words". A trend
// counts no risks open at the end, so it leaves that field out (`withOpenAtEnd`).
Json countsJson(const TallyCounts& counts, bool withOpenAtEnd = true);
// {"from": "2026-04-01", "to": "2026-11-27"}
Json periodJson(const Period& period);
// {"count", "of", "percent" (null with no setbacks), "words"}
Json shareJson(const Share& share);
// {"ambition_id", "cabinet_lead_id", "innovation_id" (each null when not narrowed), "words"}
Json scopeJson(const TallyScope& scope, const std::string& words);

}  // namespace innotrack::reports::detail
