// Tables and records as RFC 4180 CSV for spreadsheets and scripts.
#include "reports/table.hpp"
#include "reports/table_stream.hpp"

#include <sstream>

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

class CsvWriter final : public TableStream::Writer {
public:
    CsvWriter(std::ostream& out, const std::vector<Column>& columns) : out_(out) {
        for (const Column& column : columns) header_.push_back(column.key);
    }
    void add(std::vector<Cell> cells) override {
        writeHeader();
        values_.clear();
        for (const Cell& cell : cells) values_.push_back(cell.plain());
        line_.clear();
        row(line_, values_);
        out_ << line_;
    }
    void finish() override { writeHeader(); }

private:
    void writeHeader() {
        if (headerWritten_) return;
        headerWritten_ = true;
        std::string line;
        row(line, header_);
        out_ << line;
    }

    std::ostream& out_;
    std::vector<std::string> header_;
    bool headerWritten_ = false;
    std::vector<std::string> values_;  // kept between rows so each row reuses their memory
    std::string line_;
};

}  // namespace

std::unique_ptr<TableStream::Writer> csvWriter(std::ostream& out, const std::vector<Column>& columns) {
    return std::make_unique<CsvWriter>(out, columns);
}

std::string renderCsv(const Table& table) {
    std::ostringstream out;
    TableStream stream(out, table.columns(), Format::Csv);
    for (const auto& cells : table.rows()) stream.add(cells);
    stream.finish();
    return out.str();
}

std::string renderCsv(const Record& record) {
    std::string out;
    row(out, {"key", "value"});
    for (const Field& f : record.fields()) row(out, {f.key, f.value.plain()});
    return out;
}

}  // namespace innotrack::reports
