// Internal to the CSV import: the header row mapped to a register's columns, and one data row
// read cell by cell into domain values, each problem noted against its line and column.
#pragma once

#include "exchange/csv_import.hpp"
#include "exchange/csv_reader.hpp"
#include "tracker/dates.hpp"
#include "tracker/errors.hpp"
#include "tracker/scales.hpp"
#include "tracker/wellbeing.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::exchange::detail {

// Adds a problem to the result, or only counts it once kMaxListedProblems are kept.
void addProblem(ImportResult& result, std::size_t line, std::string_view column, std::string reason);

// The service's message without the field name it starts with ("title: must not be empty"
// becomes "must not be empty"), since the report puts the column in front of it.
std::string withoutField(std::string_view message, std::string_view field);

// "Title, Summary, Ambition, ..." with the required ones marked: for messages and help.
std::string expectedHeaders(Register reg);

// A register's column as found in the file.
struct Field {
    std::string_view header;   // as registers.hpp spells it
    std::size_t position = 0;  // the cell's position in each record
    bool present = false;      // the file has this column
};

// The header row, matched to the register's columns without regard to case, surrounding spaces
// or order.
class Layout {
public:
    // Notes every problem with the header row in `result`; usable() is false after any.
    // `delimiter` is the file's: where ';' separates cells, ',' is the decimal mark.
    Layout(Register reg, const CsvRecord& header, ImportResult& result, char delimiter = ',');

    bool usable() const { return usable_; }
    Register reg() const { return reg_; }
    // The column named `header` in registers.hpp (a programming error if it is not one).
    Field field(std::string_view header) const;
    // Like field(), for a column the register may not have (yet): not present when it has not.
    Field optionalField(std::string_view header) const;
    // The register's header for the cell at `position`, or "" for a cell with no header.
    std::string_view headerAt(std::size_t position) const;
    std::size_t width() const { return headers_.size(); }
    const std::vector<Field>& required() const { return required_; }
    // The column a service ValidationError's field belongs to, or "" when none does.
    std::string_view columnForField(std::string_view field) const;
    // Numbers are written "1.250,50" (as Excel writes them where cells are separated by ';').
    bool decimalComma() const { return decimalComma_; }

private:
    Register reg_;
    bool usable_ = true;
    bool decimalComma_ = false;
    std::vector<std::string_view> headers_;  // per position in the file: the register's header or ""
    std::vector<Field> required_;
};

// One data row. Conversions return nothing for an empty cell, and nothing (with a problem noted)
// for a cell that is wrong; ok() says whether the row is still fit to add.
class Row {
public:
    Row(const CsvRecord& record, const Layout& layout, ImportResult& result, const Clock& clock);

    std::size_t line() const { return record_.line(); }
    bool ok() const { return problems_ == 0; }

    void problem(std::string_view column, std::string reason);
    void problem(const Field& field, std::string reason) { problem(field.header, std::move(reason)); }

    // The cell, without surrounding spaces; "" when the file has no such column.
    std::string_view cell(const Field& field) const;
    bool empty(const Field& field) const { return cell(field).empty(); }

    std::string text(const Field& field) const { return std::string(cell(field)); }
    std::optional<Date> date(const Field& field);
    std::optional<int> number(const Field& field);
    // A whole number on a scale (likelihood, priority): checked here as well as by the service,
    // so a row wrong in several ways is reported in full, not only in the cells read first.
    std::optional<int> number(const Field& field, int min, int max);
    std::optional<double> decimal(const Field& field);
    std::optional<Pence> money(const Field& field);
    bool yesNo(const Field& field);
    std::vector<std::string> list(const Field& field);  // separated by ';'

    template <typename E>
    std::optional<E> scale(const Field& field) {
        const std::string_view value = cell(field);
        if (value.empty()) return std::nullopt;
        try {
            return parseScale<E>(field.header, value);
        } catch (const ValidationError& error) {
            problem(field, withoutField(error.what(), field.header));
            return std::nullopt;
        }
    }

    // Some of a scale's values (well-being goals), keys or labels separated by ';' (or ','), each
    // word that is not of the scale noted as a problem.
    template <typename E>
    ScaleSet<E> scaleSet(const Field& field) {
        ScaleSet<E> out;
        for (const std::string& item : items(field, ";,")) {
            try {
                out.insert(parseScale<E>(field.header, item));
            } catch (const ValidationError& error) {
                problem(field, withoutField(error.what(), field.header));
            }
        }
        return out;
    }

    // Runs one service call for this row. A refusal becomes the row's problem, under the column
    // the service's field belongs to, else under `column`; a storage failure is thrown on.
    template <typename Call>
    bool attempt(std::string_view column, Call&& call) {
        try {
            call();
            return true;
        } catch (const StorageError&) {
            throw;
        } catch (const PermissionDenied& error) {
            // Permission is given per innovation, so the refusal belongs to that column.
            problem(layout_.columnForField("innovation"), error.what());
        } catch (const ValidationError& error) {
            refused(error, column);
        } catch (const Error& error) {
            problem(column, error.what());
        }
        return false;
    }

private:
    // The cell's items, split at any of `separators`, each without surrounding spaces, none empty.
    std::vector<std::string> items(const Field& field, std::string_view separators) const;
    void refused(const ValidationError& error, std::string_view column);
    std::string numberText(const Field& field) const;

    const CsvRecord& record_;
    const Layout& layout_;
    ImportResult& result_;
    const Clock& clock_;
    std::size_t problems_ = 0;
};

}  // namespace innotrack::exchange::detail
