// Tables and records as JSON: typed values under stable snake_case keys, in column order.
#include "reports/table.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace innotrack::reports {
namespace {

using Json = nlohmann::ordered_json;

struct ToJson {
    Json operator()(std::monostate) const { return nullptr; }
    Json operator()(std::int64_t value) const { return value; }
    Json operator()(Decimal value) const {
        if (!std::isfinite(value.value)) return nullptr;  // JSON has no NaN or infinity
        return value.value;
    }
    Json operator()(const std::string& value) const { return value; }
    Json operator()(bool value) const { return value; }
    Json operator()(Date value) const { return formatDate(value); }
};

Json toJson(const Cell& cell) { return std::visit(ToJson{}, cell.value()); }

Json toJsonArray(const Table& table) {
    Json rows = Json::array();
    for (const auto& cells : table.rows()) {
        Json object = Json::object();
        for (std::size_t c = 0; c < cells.size(); ++c) object[table.columns()[c].key] = toJson(cells[c]);
        rows.push_back(std::move(object));
    }
    return rows;
}

// Invalid UTF-8 in stored text must not make the whole output fail: replace it.
std::string dump(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace) + '\n'; }

}  // namespace

std::string renderJson(const Table& table) { return dump(toJsonArray(table)); }

std::string renderJson(const Record& record) {
    Json object = Json::object();
    for (const Field& field : record.fields()) object[field.key] = toJson(field.value);
    for (const Section& section : record.sections()) object[section.key] = toJsonArray(section.table);
    return dump(object);
}

}  // namespace innotrack::reports
