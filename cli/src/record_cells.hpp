// A record's fields as cells, each under its field's key (tracker/record_fields.hpp), for the lists
// and records the command line prints: ids and links as numbers, scales as keys with their labels,
// money as pence shown in pounds. A list names the columns it shows; the cells come from here, so
// a field added to a record reaches every list that names its key.
#pragma once

#include "views.hpp"

#include "tracker/record_fields.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace innotrack::cli::views {

class RecordCells {
public:
    template <typename R>
    explicit RecordCells(const R& record) {
        Collect collect{cells_};
        record_fields::fields(collect, record);
    }

    // A cell a list shows beyond the record's fields (a person's name beside their id, a status),
    // or a field shown another way. `key` is a literal, as the field lists' keys are.
    RecordCells& set(std::string_view key, reports::Cell cell) {
        for (auto& [name, existing] : cells_)
            if (name == key) {
                existing = std::move(cell);
                return *this;
            }
        cells_.emplace_back(key, std::move(cell));
        return *this;
    }

    const reports::Cell& operator[](std::string_view key) const {
        for (const auto& [name, cell] : cells_)
            if (name == key) return cell;
        throw std::logic_error("no cell '" + std::string(key) + "' for this list");
    }

    // One cell per column, by the column's key.
    std::vector<reports::Cell> row(const std::vector<reports::Column>& columns) const {
        std::vector<reports::Cell> out;
        out.reserve(columns.size());
        for (const auto& column : columns) out.push_back((*this)[column.key]);
        return out;
    }
    std::vector<reports::Cell> row(const reports::Table& table) const { return row(table.columns()); }

private:
    // Keys are the field lists' and the lists' literals: nothing to copy per row.
    using Cells = std::vector<std::pair<std::string_view, reports::Cell>>;
    using Field = record_fields::Field;
    using Cell = reports::Cell;

    struct Collect {
        Cells& cells;

        void id(Field f, Id value, record_fields::Table) { put(f, Cell::integer(value)); }
        void link(Field f, Id value, record_fields::Table) { put(f, Cell::integer(value)); }
        void link(Field f, const OptionalId& value, record_fields::Table) { put(f, idCell(value)); }
        void text(Field f, const std::string& value, record_fields::TextRule, int /*since*/ = 1) {
            put(f, Cell::text(value));
        }
        void integer(Field f, int value, int = 0, int = 0) { put(f, Cell::integer(value)); }
        void integer(Field f, const std::optional<int>& value) {
            put(f, value ? Cell::integer(*value) : Cell::null());
        }
        void pence(Field f, Pence value) { put(f, moneyCell(value)); }
        void count(Field f, Id value) { put(f, Cell::integer(value)); }
        void number(Field f, double value) { put(f, numberCell(value)); }
        void number(Field f, const std::optional<double>& value) { put(f, numberCell(value)); }
        void date(Field f, Date value) { put(f, Cell::date(value)); }
        void date(Field f, const std::optional<Date>& value) { put(f, Cell::date(value)); }
        void timestamp(Field f, Timestamp value) { put(f, Cell::text(formatTimestamp(value))); }
        void flag(Field f, bool value, int /*since*/ = 1) { put(f, Cell::boolean(value)); }
        template <typename E>
        void scale(Field f, E value) {
            put(f, scaleCell(value));
        }
        // Tags in one cell, comma-separated, as `lesson add --tags` takes them.
        void tags(Field f, const std::vector<std::string>& value) {
            std::string out;
            for (const auto& tag : value) out += (out.empty() ? "" : ",") + tag;
            put(f, Cell::text(out));
        }
        template <typename E>
        void keys(Field f, const ScaleSet<E>& value, int /*since*/) {
            put(f, keysCell(value));
        }

        void put(Field f, Cell cell) { cells.emplace_back(f.key, std::move(cell)); }
    };

    Cells cells_;
};

}  // namespace innotrack::cli::views
