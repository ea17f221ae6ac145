// Tables and records as JSON: typed values under stable snake_case keys, in column order.
#include "reports/table.hpp"
#include "reports/table_stream.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

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

Json toJsonObject(const std::vector<Column>& columns, const std::vector<Cell>& cells) {
    Json object = Json::object();
    for (std::size_t c = 0; c < cells.size(); ++c) object[columns[c].key] = toJson(cells[c]);
    return object;
}

Json toJsonArray(const Table& table) {
    Json rows = Json::array();
    for (const auto& cells : table.rows()) rows.push_back(toJsonObject(table.columns(), cells));
    return rows;
}

// Invalid UTF-8 in stored text must not make the whole output fail: replace it.
std::string dump(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace) + '\n'; }

// The array renderJson writes, an element at a time: each object is dumped alone and indented
// one level, as nlohmann's dump of the whole array would place it (a line break inside a value is
// escaped, so every line break is the layout's).
class JsonWriter final : public TableStream::Writer {
public:
    JsonWriter(std::ostream& out, const std::vector<Column>& columns) : out_(out), columns_(columns) {}
    void add(std::vector<Cell> cells) override {
        const std::string object =
            toJsonObject(columns_, cells).dump(2, ' ', false, Json::error_handler_t::replace);
        std::string element = first_ ? "[\n  " : ",\n  ";
        first_ = false;
        element.reserve(element.size() + object.size() + object.size() / 8);
        for (const char c : object) {
            element += c;
            if (c == '\n') element += "  ";
        }
        out_ << element;
    }
    void finish() override { out_ << (first_ ? "[]\n" : "\n]\n"); }

private:
    std::ostream& out_;
    const std::vector<Column>& columns_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<TableStream::Writer> jsonWriter(std::ostream& out, const std::vector<Column>& columns) {
    return std::make_unique<JsonWriter>(out, columns);
}

std::string renderJson(const Table& table) {
    std::ostringstream out;
    TableStream stream(out, table.columns(), Format::Json);
    for (const auto& cells : table.rows()) stream.add(cells);
    stream.finish();
    return out.str();
}

std::string renderJson(const Record& record) {
    Json object = Json::object();
    for (const Field& field : record.fields()) object[field.key] = toJson(field.value);
    for (const Section& section : record.sections()) object[section.key] = toJsonArray(section.table);
    return dump(object);
}

}  // namespace innotrack::reports
