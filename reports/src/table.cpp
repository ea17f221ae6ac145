// The table and record models: typed cells and how each is written plainly or for people.
#include "reports/table.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace innotrack::reports {
namespace {

// The shortest text that reads back as the same double: 0.5, 12, 1e+21.
std::string formatDecimal(double value) {
    if (!std::isfinite(value)) return "";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

struct PlainText {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(std::int64_t value) const { return std::to_string(value); }
    std::string operator()(Decimal value) const { return formatDecimal(value.value); }
    std::string operator()(const std::string& value) const { return value; }
    std::string operator()(bool value) const { return value ? "true" : "false"; }
    std::string operator()(Date value) const { return formatDate(value); }
};

}  // namespace

Cell Cell::integer(std::int64_t value, std::string shown) { return Cell(value, std::move(shown)); }
Cell Cell::decimal(double value, std::string shown) { return Cell(Decimal{value}, std::move(shown)); }
Cell Cell::text(std::string value, std::string shown) { return Cell(std::move(value), std::move(shown)); }
Cell Cell::boolean(bool value, std::string shown) { return Cell(value, std::move(shown)); }

Cell Cell::date(Date value) {
    if (value.is_special()) return Cell();
    return Cell(value, {});
}

Cell Cell::date(const std::optional<Date>& value) { return value ? date(*value) : Cell(); }

Cell Cell::integer(const std::optional<std::int64_t>& value) { return value ? integer(*value) : Cell(); }

std::string Cell::display() const {
    if (!shown_.empty()) return shown_;
    if (const bool* flag = std::get_if<bool>(&value_)) return *flag ? "yes" : "no";
    return plain();
}

std::string Cell::plain() const { return std::visit(PlainText{}, value_); }

Table& Table::column(std::string key, std::string label, Align align) {
    if (!rows_.empty()) throw std::logic_error("Table::column after rows were added");
    columns_.push_back(Column{std::move(key), std::move(label), align, true});
    return *this;
}

Table& Table::hiddenColumn(std::string key) {
    if (!rows_.empty()) throw std::logic_error("Table::hiddenColumn after rows were added");
    columns_.push_back(Column{std::move(key), {}, Align::Left, false});
    return *this;
}

Table& Table::wrappingColumn(std::string key, std::string label) {
    if (!rows_.empty()) throw std::logic_error("Table::wrappingColumn after rows were added");
    columns_.push_back(Column{std::move(key), std::move(label), Align::Left, true, true});
    return *this;
}

void Table::addRow(std::vector<Cell> cells) {
    if (cells.size() != columns_.size())
        throw std::invalid_argument("Table::addRow: " + std::to_string(cells.size()) + " cells for " +
                                    std::to_string(columns_.size()) + " columns");
    rows_.push_back(std::move(cells));
}

Record& Record::field(std::string key, std::string label, Cell value) {
    fields_.push_back(Field{std::move(key), std::move(label), std::move(value), true});
    return *this;
}

Record& Record::hiddenField(std::string key, Cell value) {
    fields_.push_back(Field{std::move(key), {}, std::move(value), false});
    return *this;
}

Record& Record::section(std::string key, std::string label, Table table) {
    sections_.push_back(Section{std::move(key), std::move(label), std::move(table)});
    return *this;
}

std::optional<Format> parseFormat(std::string_view name) {
    if (name == "text") return Format::Text;
    if (name == "csv") return Format::Csv;
    if (name == "json") return Format::Json;
    return std::nullopt;
}

std::string render(const Table& table, Format format, std::size_t width) {
    switch (format) {
        case Format::Csv: return renderCsv(table);
        case Format::Json: return renderJson(table);
        case Format::Text: break;
    }
    return renderText(table, width);
}

std::string render(const Record& record, Format format, std::size_t width) {
    switch (format) {
        case Format::Csv: return renderCsv(record);
        case Format::Json: return renderJson(record);
        case Format::Text: break;
    }
    return renderText(record, width);
}

}  // namespace innotrack::reports
