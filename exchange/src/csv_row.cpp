// Reading the header row and each data row of an imported register: header matching, and the
// cell forms a spreadsheet writes for dates, numbers, money, yes/no and lists.
#include "csv_row.hpp"

#include "tracker/money.hpp"
#include "tracker/record_checks.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace innotrack::exchange::detail {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool sameWords(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::string shown(std::string_view text) {
    constexpr std::size_t kShown = 40;
    if (text.size() <= kShown) return std::string(text);
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

// Excel writes a number cell as it is shown: "1,200" with thousands separators, "£12.50" or
// "45%" when so formatted. The digits are taken as shown; the marks around them are dropped.
std::optional<std::string> plainNumber(std::string_view text, bool allowFraction) {
    if (text.substr(0, 2) == "\xC2\xA3") text.remove_prefix(2);
    if (!text.empty() && text.back() == '%') text.remove_suffix(1);
    std::string out;
    std::size_t digitsInGroup = 0;
    bool sawComma = false;
    bool sawPoint = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '-' && i == 0) {
            out += c;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            out += c;
            ++digitsInGroup;
        } else if (c == ',' && !sawPoint && digitsInGroup > 0 && (!sawComma || digitsInGroup == 3) &&
                   digitsInGroup <= 3) {
            sawComma = true;
            digitsInGroup = 0;
        } else if (c == '.' && allowFraction && !sawPoint && (!sawComma || digitsInGroup == 3)) {
            sawPoint = true;
            out += c;
            digitsInGroup = 0;
        } else {
            return std::nullopt;
        }
    }
    if (sawComma && !sawPoint && digitsInGroup != 3) return std::nullopt;
    if (out.empty() || out == "-" || out.back() == '.') return std::nullopt;
    return out;
}

// DD/MM/YYYY (or D/M/YYYY): what a UK Excel writes for a date cell.
std::optional<Date> ukDate(std::string_view text) {
    const auto first = text.find('/');
    const auto second = text.find('/', first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) return std::nullopt;
    const auto part = [&](std::size_t from, std::size_t to, std::size_t minDigits, std::size_t maxDigits) -> int {
        const std::string_view digits = text.substr(from, to - from);
        if (digits.size() < minDigits || digits.size() > maxDigits) return -1;
        int value = 0;
        for (char c : digits) {
            if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const int day = part(0, first, 1, 2);
    const int month = part(first + 1, second, 1, 2);
    const int year = part(second + 1, text.size(), 4, 4);
    if (day < 1 || month < 1 || month > 12 || year < 1400) return std::nullopt;
    const int lastDay = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                               static_cast<unsigned short>(month));
    if (day > lastDay) return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

// Service fields that are not simply a column's header in other words.
struct FieldAlias {
    Register reg;
    std::string_view field;
    std::string_view header;
};
constexpr FieldAlias kAliases[] = {
    {Register::Milestones, "due date", "Due"},
    {Register::Setbacks, "date", "Occurred on"},
    {Register::Lessons, "early warning signs", "Early warnings"},
    {Register::Lessons, "tag", "Tags"},
    {Register::Decisions, "spending or savings", "Amount"},
    {Register::Decisions, "short notice", "Route"},
};

}  // namespace

void addProblem(ImportResult& result, std::size_t line, std::string_view column, std::string reason) {
    if (result.problems.size() >= kMaxListedProblems) {
        ++result.unlistedProblems;
        return;
    }
    // A reason may quote a cell, and a quoted cell may hold new lines or terminal escapes: each
    // problem is printed as one line of printable text (found by fuzz/csv_fuzz.cpp).
    for (char& c : reason)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
    result.problems.push_back({line, std::string(column), std::move(reason)});
}

std::string withoutField(std::string_view message, std::string_view field) {
    if (message.size() > field.size() && sameWords(message.substr(0, field.size()), field)) {
        std::string_view rest = message.substr(field.size());
        if (rest.substr(0, 2) == ": ") return std::string(rest.substr(2));
        // "title must not be empty", "cause is 4001 characters long": the rest reads on its own.
        for (std::string_view verb : {" is ", " must ", " has ", " cannot "})
            if (rest.substr(0, verb.size()) == verb) return std::string(rest.substr(1));
    }
    return std::string(message);
}

std::string expectedHeaders(Register reg) {
    std::string out;
    for (const Column& column : columnsOf(reg))
        out += (out.empty() ? "" : ", ") + std::string(column.header) + (column.required ? " (required)" : "");
    return out;
}

// ---- the header row ---------------------------------------------------------------------------

Layout::Layout(Register reg, const CsvRecord& header, ImportResult& result, char delimiter)
    : reg_(reg), decimalComma_(delimiter == ';') {
    const auto columns = columnsOf(reg);
    const auto fail = [&](std::string reason) {
        addProblem(result, header.line(), "", std::move(reason) + "; the " + std::string(nameOf(reg)) +
                                                  " register's columns are: " + expectedHeaders(reg));
        usable_ = false;
    };
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string_view name = trimmed(header[i]);
        std::string_view matched;
        for (const Column& column : columns)
            if (sameWords(name, column.header)) matched = column.header;
        // An empty header is a column Excel kept only for its formatting; its cells must be empty.
        if (name.empty()) {
            headers_.push_back({});
            continue;
        }
        // An unknown header is refused rather than ignored: a misspelt "Cabinet leader" would
        // otherwise drop a whole column of data without a word.
        if (matched.empty()) {
            fail("column " + std::to_string(i + 1) + " is headed '" + shown(name) + "', which is not a column of " +
                 std::string(nameOf(reg)));
        } else if (std::find(headers_.begin(), headers_.end(), matched) != headers_.end()) {
            fail("the column '" + std::string(matched) + "' appears twice (columns " +
                 std::to_string(std::find(headers_.begin(), headers_.end(), matched) - headers_.begin() + 1) +
                 " and " + std::to_string(i + 1) + ")");
        }
        headers_.push_back(matched);
    }
    for (const Column& column : columns) {
        if (!column.required) continue;
        const Field found = field(column.header);
        if (!found.present) fail("the required column '" + std::string(column.header) + "' is missing");
        else required_.push_back(found);
    }
}

Field Layout::field(std::string_view header) const {
    const Field out = optionalField(header);
    if (out.header.empty())
        throw std::logic_error("'" + std::string(header) + "' is not a column of the " + std::string(nameOf(reg_)) +
                               " register");
    return out;
}

Field Layout::optionalField(std::string_view header) const {
    const auto columns = columnsOf(reg_);
    const auto known =
        std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.header == header; });
    Field out;
    if (known == columns.end()) return out;
    out.header = known->header;
    const auto at = std::find(headers_.begin(), headers_.end(), known->header);
    if (at != headers_.end()) {
        out.position = static_cast<std::size_t>(at - headers_.begin());
        out.present = true;
    }
    return out;
}

std::string_view Layout::headerAt(std::size_t position) const {
    return position < headers_.size() ? headers_[position] : std::string_view();
}

std::string_view Layout::columnForField(std::string_view field) const {
    for (const FieldAlias& alias : kAliases)
        if (alias.reg == reg_ && sameWords(alias.field, field)) return alias.header;
    for (const Column& column : columnsOf(reg_))
        if (sameWords(column.header, field)) return column.header;
    return {};
}

// ---- a data row -------------------------------------------------------------------------------

Row::Row(const CsvRecord& record, const Layout& layout, ImportResult& result, const Clock& clock)
    : record_(record), layout_(layout), result_(result), clock_(clock) {
    for (std::size_t i = 0; i < record.size(); ++i) {
        if (!layout.headerAt(i).empty() || trimmed(record[i]).empty()) continue;
        problem("", i < layout.width()
                        ? "column " + std::to_string(i + 1) + " has no header, so '" + shown(trimmed(record[i])) +
                              "' cannot be imported; give the column a header or empty it"
                        : "the row has " + std::to_string(record.size()) + " cells but the header row only " +
                              std::to_string(layout.width()) + "; '" + shown(trimmed(record[i])) +
                              "' is beyond the last column");
    }
    for (const Field& field : layout.required())
        if (empty(field)) problem(field, "is empty; every row needs it");
}

void Row::problem(std::string_view column, std::string reason) {
    ++problems_;
    addProblem(result_, line(), column, std::move(reason));
}

void Row::refused(const ValidationError& error, std::string_view column) {
    const std::string_view mapped = layout_.columnForField(error.field());
    problem(mapped.empty() ? column : mapped, withoutField(error.what(), error.field()));
}

std::string_view Row::cell(const Field& field) const {
    if (!field.present || field.position >= record_.size()) return {};
    std::string_view value = trimmed(record_[field.position]);
    // `innotrack export` puts an apostrophe before a cell Excel would run as a formula ("=SUM",
    // "-5 days"), and before one that already starts with an apostrophe: one comes off here, so
    // every cell reads back as it was written.
    if (!value.empty() && value.front() == '\'') value.remove_prefix(1);
    return value;
}

std::optional<Date> Row::date(const Field& field) {
    const std::string_view value = cell(field);
    if (value.empty()) return std::nullopt;
    const std::string accepted = " (use YYYY-MM-DD such as 2026-04-01, or DD/MM/YYYY such as 01/04/2026)";
    if (value.find('/') != std::string_view::npos) {
        if (auto day = ukDate(value)) return day;
        problem(field, "'" + shown(value) + "' is not a date" + accepted);
        return std::nullopt;
    }
    try {
        return parseDate(value, clock_, field.header);
    } catch (const ValidationError&) {
        problem(field, "'" + shown(value) + "' is not a date" + accepted);
        return std::nullopt;
    }
}

std::string Row::numberText(const Field& field) const {
    std::string value(cell(field));
    // "1.250,50" where ',' is the decimal mark reads as "1,250.50".
    if (layout_.decimalComma())
        for (char& c : value) c = c == ',' ? '.' : (c == '.' ? ',' : c);
    return value;
}

std::optional<int> Row::number(const Field& field) {
    const std::string_view value = cell(field);
    if (value.empty()) return std::nullopt;
    const auto digits = plainNumber(numberText(field), false);
    int out = 0;
    if (digits) {
        const auto [end, error] = std::from_chars(digits->data(), digits->data() + digits->size(), out);
        if (error == std::errc() && end == digits->data() + digits->size()) return out;
        if (error == std::errc::result_out_of_range) {
            problem(field, "'" + shown(value) + "' is far too large");
            return std::nullopt;
        }
    }
    problem(field, "'" + shown(value) + "' is not a whole number");
    return std::nullopt;
}

std::optional<int> Row::number(const Field& field, int min, int max) {
    const auto value = number(field);
    if (value && (*value < min || *value > max)) {
        problem(field, outOfRange(*value, min, max));
        return std::nullopt;
    }
    return value;
}

std::optional<double> Row::decimal(const Field& field) {
    const std::string_view value = cell(field);
    if (value.empty()) return std::nullopt;
    const auto digits = plainNumber(numberText(field), true);
    double out = 0;
    if (digits) {
        const auto [end, error] = std::from_chars(digits->data(), digits->data() + digits->size(), out);
        if (error == std::errc() && end == digits->data() + digits->size() && std::isfinite(out)) return out;
    }
    problem(field, "'" + shown(value) + "' is not a number (such as 120, 1,250 or 12.5)");
    return std::nullopt;
}

std::optional<Pence> Row::money(const Field& field) {
    const std::string_view value = cell(field);
    if (value.empty()) return std::nullopt;
    try {
        return parsePounds(field.header, numberText(field));
    } catch (const ValidationError& error) {
        problem(field, withoutField(error.what(), field.header));
        return std::nullopt;
    }
}

bool Row::yesNo(const Field& field) {
    const std::string_view value = cell(field);
    if (value.empty()) return false;
    for (std::string_view yes : {"yes", "y", "true", "1"})
        if (sameWords(value, yes)) return true;
    for (std::string_view no : {"no", "n", "false", "0"})
        if (sameWords(value, no)) return false;
    problem(field, "'" + shown(value) + "' is not yes or no");
    return false;
}

std::vector<std::string> Row::list(const Field& field) { return items(field, ";"); }

std::vector<std::string> Row::items(const Field& field, std::string_view separators) const {
    std::vector<std::string> out;
    std::string_view rest = cell(field);
    while (!rest.empty()) {
        const auto end = rest.find_first_of(separators);
        const std::string_view item = trimmed(rest.substr(0, end));
        if (!item.empty()) out.emplace_back(item);
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    return out;
}

}  // namespace innotrack::exchange::detail
