// A plain table (and a single-record view) of typed cells, rendered as aligned text, CSV or JSON.
#pragma once

#include "tracker/dates.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace innotrack::reports {

// A number with a fractional part (a benefit's baseline, a ratio). Money is not one of these:
// it is whole pence, an integer cell shown as pounds.
struct Decimal {
    double value = 0;
};

// One value of a table. `shown` overrides how the text renderer writes it for people
// (money as "£1,250,000.00", a confidence key "amber-green" as "Amber/Green"); CSV and JSON
// always write the typed value, so what a script reads does not change with the wording.
class Cell {
public:
    using Value = std::variant<std::monostate, std::int64_t, Decimal, std::string, bool, Date>;

    Cell() = default;
    static Cell null() { return Cell(); }
    static Cell integer(std::int64_t value, std::string shown = {});
    static Cell decimal(double value, std::string shown = {});
    static Cell text(std::string value, std::string shown = {});
    static Cell boolean(bool value, std::string shown = {});
    static Cell date(Date value);
    // Null when there is no value: an optional date, an unassigned person.
    static Cell date(const std::optional<Date>& value);
    static Cell integer(const std::optional<std::int64_t>& value);

    const Value& value() const { return value_; }
    bool isNull() const { return std::holds_alternative<std::monostate>(value_); }
    // Text typed by people (a title, a name), as opposed to a scale's label: only free text is
    // cut when a text table is too wide.
    bool isFreeText() const { return std::holds_alternative<std::string>(value_) && shown_.empty(); }
    // The value as people read it: `shown` if set, else the value formatted plainly
    // (empty for null, "yes"/"no" for booleans, YYYY-MM-DD for dates).
    std::string display() const;
    // The value as CSV writes it: plain, never `shown`.
    std::string plain() const;

private:
    Cell(Value value, std::string shown) : value_(std::move(value)), shown_(std::move(shown)) {}

    Value value_;
    std::string shown_;
};

enum class Align { Left, Right };

struct Column {
    std::string key;    // stable, snake_case: the CSV header and the JSON field name
    std::string label;  // the text table's header, for people
    Align align = Align::Left;
    // False for columns only scripts need (a person's id beside their name): CSV and JSON
    // carry them, the text table leaves them out to stay within its width.
    bool inText = true;
    // True for long free text (an audit change, a comment) that the text table wraps onto
    // further lines instead of cutting with "…".
    bool wraps = false;
};

class Table {
public:
    Table() = default;
    explicit Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

    Table& column(std::string key, std::string label, Align align = Align::Left);
    // A column CSV and JSON carry but the text table leaves out.
    Table& hiddenColumn(std::string key);
    // A left-aligned text column whose long values wrap onto further lines in the text table.
    Table& wrappingColumn(std::string key, std::string label);
    // Throws std::invalid_argument unless the row has one cell per column: a programming error.
    void addRow(std::vector<Cell> cells);

    const std::vector<Column>& columns() const { return columns_; }
    const std::vector<std::vector<Cell>>& rows() const { return rows_; }
    bool empty() const { return rows_.empty(); }

private:
    std::vector<Column> columns_;
    std::vector<std::vector<Cell>> rows_;
};

struct Field {
    std::string key;
    std::string label;
    Cell value;
    bool inText = true;  // as Column::inText
};

// A table belonging to a record: an innovation's milestones, a review's entries.
struct Section {
    std::string key;    // the JSON field holding the section's array
    std::string label;  // the heading in text
    Table table;
};

// One record for `show`: labelled values, then any sections.
class Record {
public:
    Record& field(std::string key, std::string label, Cell value);
    Record& hiddenField(std::string key, Cell value);
    Record& section(std::string key, std::string label, Table table);

    const std::vector<Field>& fields() const { return fields_; }
    const std::vector<Section>& sections() const { return sections_; }

private:
    std::vector<Field> fields_;
    std::vector<Section> sections_;
};

enum class Format { Text, Csv, Json };

// "text", "csv" or "json"; nullopt for anything else.
std::optional<Format> parseFormat(std::string_view name);

inline constexpr std::size_t kDefaultWidth = 80;

// Aligned columns within `width` characters (UTF-8 characters, not bytes): when the table is
// too wide, the widest columns of free text shrink and their cells are cut with "…"; numbers,
// dates and scale labels keep their width. A header line,
// a rule, then one line per row; every line ends with '\n'.
std::string renderText(const Table& table, std::size_t width = kDefaultWidth);

// RFC 4180: a header row of column keys, then one row per table row, each ending CRLF.
std::string renderCsv(const Table& table);

// An array of objects keyed by column key; numbers as numbers, null as null, dates as
// "YYYY-MM-DD". Pretty-printed with a final '\n'.
std::string renderJson(const Table& table);

// "Label: value" lines with the values aligned, then each section as a heading and a table.
std::string renderText(const Record& record, std::size_t width = kDefaultWidth);

// A header row "key,value", then one row per field (sections are left out: list them with
// their own command to get their CSV).
std::string renderCsv(const Record& record);

// One object: each field by key, each section as an array of objects.
std::string renderJson(const Record& record);

std::string render(const Table& table, Format format, std::size_t width = kDefaultWidth);
std::string render(const Record& record, Format format, std::size_t width = kDefaultWidth);

}  // namespace innotrack::reports
