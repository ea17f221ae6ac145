// Register CSV: the bytes Excel needs (a byte-order mark, CRLF) and libcsv's RFC 4180 quoting.
#include "exchange/register_csv.hpp"

#include <csv.h>

namespace innotrack::exchange {

namespace {

bool startsFormula(std::string_view cell) {
    if (cell.empty()) return false;
    switch (cell.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
        case '\'':  // so that removing one apostrophe on the way back is always right
            return true;
        default: return false;
    }
}

// Quotes only fields that need it, so plain values stay readable; csv_write doubles embedded quotes.
void appendField(std::string& out, std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += value;
        return;
    }
    std::string quoted(2 * value.size() + 2, '\0');  // the most csv_write can need
    quoted.resize(csv_write(quoted.data(), quoted.size(), value.data(), value.size()));
    out += quoted;
}

}  // namespace

std::string guardFormula(std::string_view cell) {
    return startsFormula(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string unguardFormula(std::string_view cell) {
    if (!cell.empty() && cell.front() == '\'') cell.remove_prefix(1);
    return std::string(cell);
}

bool needsFormulaGuard(CellKind kind) {
    switch (kind) {
        case CellKind::Number:
        case CellKind::Decimal:
        case CellKind::Money:
        case CellKind::Date: return false;
        case CellKind::Text:
        case CellKind::Name:
        case CellKind::Scale:
        case CellKind::YesNo:
        case CellKind::List:
        case CellKind::ScaleList: return true;
    }
    return true;
}

std::string renderRegisterCsv(const RegisterRows& rows) {
    std::string out(kUtf8ByteOrderMark);
    for (std::size_t i = 0; i < rows.columns.size(); ++i) {
        if (i > 0) out += ',';
        appendField(out, rows.columns[i].header);
    }
    out += "\r\n";
    for (const auto& row : rows.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out += ',';
            appendField(out, needsFormulaGuard(rows.columns[i].kind) ? guardFormula(row[i]) : row[i]);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace innotrack::exchange
