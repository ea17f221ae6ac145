// The JSON pieces of tally_json_parts.hpp.
#include "tally_json_parts.hpp"

#include "tally_fields.hpp"

namespace innotrack::reports::detail {
namespace {

Json optionalId(const OptionalId& id) { return id ? Json(*id) : Json(nullptr); }

}  // namespace

Json countsJson(const TallyCounts& c, bool withOpenAtEnd) {
    Json out = Json::object();
    for (const auto& field : kCountFields)
        if (withOpenAtEnd || field.key != kOpenAtEndKey) out[std::string(field.key)] = field.value(c);
    const auto ratio = ratioOf(c);
    out["ratio"] = ratio ? Json(*ratio) : Json(nullptr);
    out["ratio_words"] = ratioWords(c);
    return out;
}

Json periodJson(const Period& p) { return {{"from", formatDate(p.from)}, {"to", formatDate(p.to)}}; }

Json shareJson(const Share& s) {
    return {{"count", s.count},
            {"of", s.of},
            {"percent", s.percent ? Json(*s.percent) : Json(nullptr)},
            {"words", s.words}};
}

Json scopeJson(const TallyScope& scope, const std::string& words) {
    return {{"ambition_id", optionalId(scope.ambitionId)},
            {"cabinet_lead_id", optionalId(scope.cabinetLeadId)},
            {"innovation_id", optionalId(scope.innovationId)},
            {"wellbeing_goal", scope.goal ? Json(std::string(keyOf(*scope.goal))) : Json(nullptr)},
            {"words", words}};
}

}  // namespace innotrack::reports::detail
