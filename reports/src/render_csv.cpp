// Tables and records as RFC 4180 CSV for spreadsheets and scripts.
#include "reports/table.hpp"

#include <csv.h>

namespace innotrack::reports {
namespace {

// Quotes only fields that need it (a comma, a quote or a line break), so plain values stay
// readable; libcsv's csv_write does the quoting and doubles embedded quotes.
std::string field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted(2 * value.size() + 2, '\0');  // the most csv_write can need
    const std::size_t written = csv_write(quoted.data(), quoted.size(), value.data(), value.size());
    quoted.resize(written);
    return quoted;
}

void row(std::string& out, const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ',';
        out += field(values[i]);
    }
    out += "\r\n";
}

}  // namespace

std::string renderCsv(const Table& table) {
    std::string out;
    std::vector<std::string> values;
    for (const Column& column : table.columns()) values.push_back(column.key);
    row(out, values);
    for (const auto& cells : table.rows()) {
        values.clear();
        for (const Cell& cell : cells) values.push_back(cell.plain());
        row(out, values);
    }
    return out;
}

std::string renderCsv(const Record& record) {
    std::string out;
    row(out, {"key", "value"});
    for (const Field& f : record.fields()) row(out, {f.key, f.value.plain()});
    return out;
}

}  // namespace innotrack::reports
