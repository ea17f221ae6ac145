// A record's fields as cells, each under its field's key (tracker/record_fields.hpp), for the lists
// and records the command line prints: ids and links as numbers, scales as keys with their labels,
// money as pence shown in pounds. A list names the columns it shows; the cells come from here, so
// a field added to a record reaches every list that names its key.
#pragma once

#include "views.hpp"

#include "tracker/record_fields.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace innotrack::cli::views {

class RecordCells {
public:
    // Every field's cell, for a record shown field by field (operator[]).
    template <typename R>
    explicit RecordCells(const R& record) {
        Collect collect{*this};
        record_fields::fields(collect, record);
    }
    // Only the cells of `columns`, in their order, for a list: a field the list does not show is
    // never made into a cell (money and dates are formatted through streams), so a row costs what
    // it shows. `columns` must outlive this.
    template <typename R>
    RecordCells(const R& record, const std::vector<reports::Column>& columns)
        : columns_(&columns), slots_(columns.size()) {
        Collect collect{*this};
        record_fields::fields(collect, record);
    }

    // A cell a list shows beyond the record's fields (a person's name beside their id, a status),
    // or a field shown another way. `key` is a literal, as the field lists' keys are. A list that
    // does not show the key leaves it out.
    RecordCells& set(std::string_view key, reports::Cell cell) {
        if (columns_) {
            if (const int slot = slotOf(key); slot >= 0) slots_[static_cast<std::size_t>(slot)] = std::move(cell);
            return *this;
        }
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

    // One cell per column, by the column's key. Made for `columns` (the two-argument
    // constructor), the cells are moved out: a row is taken once.
    std::vector<reports::Cell> row(const std::vector<reports::Column>& columns) {
        std::vector<reports::Cell> out;
        out.reserve(columns.size());
        if (columns_ == &columns) {
            for (std::size_t i = 0; i < slots_.size(); ++i) {
                if (!slots_[i]) throw std::logic_error("no cell '" + columns[i].key + "' for this list");
                out.push_back(std::move(*slots_[i]));
            }
            return out;
        }
        for (const auto& column : columns) out.push_back((*this)[column.key]);
        return out;
    }
    std::vector<reports::Cell> row(const reports::Table& table) { return row(table.columns()); }

private:
    // Keys are the field lists' and the lists' literals: nothing to copy per row.
    using Cells = std::vector<std::pair<std::string_view, reports::Cell>>;
    using Field = record_fields::Field;
    using Cell = reports::Cell;

    // The column showing `key`, or -1. A list has a handful of columns, compared by length first.
    int slotOf(std::string_view key) const {
        for (std::size_t i = 0; i < columns_->size(); ++i)
            if ((*columns_)[i].key == key) return static_cast<int>(i);
        return -1;
    }

    // Each field's cell is made only when the record keeps it (`make` is called at most once).
    template <typename Make>
    void put(Field f, Make&& make) {
        if (!columns_) {
            cells_.emplace_back(f.key, make());
            return;
        }
        if (const int slot = slotOf(f.key); slot >= 0) slots_[static_cast<std::size_t>(slot)] = make();
    }

    struct Collect {
        RecordCells& to;

        void id(Field f, Id value, record_fields::Table) {
            to.put(f, [&] { return Cell::integer(value); });
        }
        void link(Field f, Id value, record_fields::Table) {
            to.put(f, [&] { return Cell::integer(value); });
        }
        void link(Field f, const OptionalId& value, record_fields::Table) {
            to.put(f, [&] { return idCell(value); });
        }
        void text(Field f, const std::string& value, record_fields::TextRule, int /*since*/ = 1) {
            to.put(f, [&] { return Cell::text(value); });
        }
        void integer(Field f, int value, int = 0, int = 0) {
            to.put(f, [&] { return Cell::integer(value); });
        }
        void integer(Field f, const std::optional<int>& value) {
            to.put(f, [&] { return value ? Cell::integer(*value) : Cell::null(); });
        }
        void pence(Field f, Pence value) {
            to.put(f, [&] { return moneyCell(value); });
        }
        void count(Field f, Id value) {
            to.put(f, [&] { return Cell::integer(value); });
        }
        void number(Field f, double value) {
            to.put(f, [&] { return numberCell(value); });
        }
        void number(Field f, const std::optional<double>& value) {
            to.put(f, [&] { return numberCell(value); });
        }
        void date(Field f, Date value) {
            to.put(f, [&] { return Cell::date(value); });
        }
        void date(Field f, const std::optional<Date>& value) {
            to.put(f, [&] { return Cell::date(value); });
        }
        void timestamp(Field f, Timestamp value) {
            to.put(f, [&] { return Cell::text(formatTimestamp(value)); });
        }
        void flag(Field f, bool value, int /*since*/ = 1) {
            to.put(f, [&] { return Cell::boolean(value); });
        }
        template <typename E>
        void scale(Field f, E value) {
            to.put(f, [&] { return scaleCell(value); });
        }
        // Tags in one cell, comma-separated, as `lesson add --tags` takes them.
        void tags(Field f, const std::vector<std::string>& value) {
            to.put(f, [&] {
                std::string out;
                for (const auto& tag : value) out += (out.empty() ? "" : ",") + tag;
                return Cell::text(out);
            });
        }
        template <typename E>
        void keys(Field f, const ScaleSet<E>& value, int /*since*/) {
            to.put(f, [&] { return keysCell(value); });
        }
    };

    const std::vector<reports::Column>* columns_ = nullptr;  // set: only these columns' cells
    std::vector<std::optional<reports::Cell>> slots_;         // one per column of columns_
    Cells cells_;                                             // every field's, when columns_ is unset
};

}  // namespace innotrack::cli::views
