// Each register's records turned into cells: each column's cell is the record's field of the
// column's key (tracker/record_fields.hpp); a column that names no field is a programming error
// caught by the tests.
#include "exchange/register_rows.hpp"

#include "tracker/dates.hpp"
#include "tracker/decision.hpp"
#include "tracker/idea.hpp"
#include "tracker/record_fields.hpp"
#include "tracker/scales.hpp"
#include "tracker/wellbeing.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <stdexcept>

namespace innotrack::exchange {

namespace {

// The names and titles a register writes instead of ids, each kind read once.
class Names {
public:
    explicit Names(const PortfolioStore& store) : store_(store) {}

    std::string person(OptionalId id) {
        if (!id) return {};
        if (people_.empty())
            for (const Person& person : store_.listPeople()) people_.emplace(person.id, person.name);
        return lookUp(people_, *id);
    }
    std::string ambition(OptionalId id) {
        if (!id) return {};
        if (ambitions_.empty())
            for (const Ambition& ambition : store_.listAmbitions()) ambitions_.emplace(ambition.id, ambition.title);
        return lookUp(ambitions_, *id);
    }
    std::string innovation(OptionalId id) {
        if (!id) return {};
        if (innovations_.empty())
            for (const Innovation& innovation : store_.listInnovations({}))
                innovations_.emplace(innovation.id, innovation.title);
        return lookUp(innovations_, *id);
    }
    std::string risk(OptionalId id) {
        if (!id) return {};
        if (risks_.empty())
            for (const Risk& risk : store_.listRisks(std::nullopt)) risks_.emplace(risk.id, risk.title);
        return lookUp(risks_, *id);
    }
    // A weekly review has no name: the day it was held names it.
    std::string review(OptionalId id) {
        if (!id) return {};
        if (reviews_.empty())
            for (const Review& review : store_.listReviews()) reviews_.emplace(review.id, formatDate(review.heldOn));
        return lookUp(reviews_, *id);
    }

private:
    // A link to a record that is not there cannot happen in a checked file; "#7" keeps the row
    // readable if it ever does.
    static std::string lookUp(const std::map<Id, std::string>& names, Id id) {
        const auto found = names.find(id);
        return found != names.end() ? found->second : "#" + std::to_string(id);
    }

    const PortfolioStore& store_;
    std::map<Id, std::string> people_;
    std::map<Id, std::string> ambitions_;
    std::map<Id, std::string> innovations_;
    std::map<Id, std::string> risks_;
    std::map<Id, std::string> reviews_;
};

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) out += (out.empty() ? "" : "; ") + value;
    return out;
}

// "prosperous; resilient": a set's keys, separated as the register separates a list.
template <typename E>
std::string joinedKeys(const ScaleSet<E>& set) {
    std::vector<std::string> keys;
    for (E value : set.values()) keys.emplace_back(keyOf(value));
    return joined(keys);
}

using record_fields::Field;
using record_fields::Table;

// Fills one row from a record's field list: each field a register column names by its key lands in
// that column's cell, written as the register writes it (links by name or title, scales by key).
class RowFiller {
public:
    RowFiller(std::span<const Column> columns, Names& names) : columns_(columns), names_(names) {}

    // One filler serves one kind of record: which column each field fills is found on the first
    // row and kept.
    template <typename R>
    std::vector<std::string> row(const R& record) {
        cells_.assign(columns_.size(), std::string());
        field_ = 0;
        record_fields::fields(*this, record);
        if (!mapped_) {
            mapped_ = true;
            // A derived column is filled after the record's fields (fillDerived).
            const auto kept = std::count_if(columns_.begin(), columns_.end(), [](const Column& c) { return !c.derived; });
            if (std::count_if(slots_.begin(), slots_.end(), [](int s) { return s >= 0; }) != kept)
                throw std::logic_error("register row: a column in registers.hpp names no field of its record");
        }
        return std::move(cells_);
    }

    void id(Field, Id, Table) {}
    void link(Field f, Id value, Table table) { link(f, OptionalId(value), table); }
    void link(Field f, const OptionalId& value, Table table) {
        if (const auto cell = slot(f)) *cell = named(value, table);
    }
    void text(Field f, const std::string& value, record_fields::TextRule, int /*since*/ = 1) { put(f, value); }
    void integer(Field f, int value, int = 0, int = 0) { put(f, std::to_string(value)); }
    void integer(Field f, const std::optional<int>& value) { put(f, value ? std::to_string(*value) : ""); }
    void pence(Field f, Pence value) { put(f, poundsCell(value)); }
    void count(Field f, Id value) { put(f, std::to_string(value)); }
    void number(Field f, double value) { put(f, decimalCell(value)); }
    void number(Field f, const std::optional<double>& value) { put(f, value ? decimalCell(*value) : ""); }
    void date(Field f, Date value) { put(f, formatDate(value)); }
    void date(Field f, const std::optional<Date>& value) { put(f, formatDate(value)); }
    void timestamp(Field f, Timestamp value) { put(f, formatTimestamp(value)); }
    void flag(Field f, bool value, int /*since*/ = 1) { put(f, value ? "yes" : "no"); }
    template <typename E>
    void scale(Field f, E value) {
        put(f, std::string(keyOf(value)));
    }
    void tags(Field f, const std::vector<std::string>& value) { put(f, joined(value)); }
    template <typename E> void keys(Field f, const ScaleSet<E>& value, int /*since*/) { put(f, joinedKeys(value)); }

private:
    // The cell of the column that holds this field, or null when the register leaves it out.
    std::string* slot(Field f) {
        const std::size_t at = field_++;
        if (!mapped_) {
            int column = -1;
            for (std::size_t i = 0; i < columns_.size(); ++i)
                if (columns_[i].key == f.key) column = static_cast<int>(i);
            slots_.push_back(column);
        }
        return slots_[at] < 0 ? nullptr : &cells_[static_cast<std::size_t>(slots_[at])];
    }
    void put(Field f, std::string value) {
        if (const auto cell = slot(f)) *cell = std::move(value);
    }
    std::string named(const OptionalId& id, Table table) {
        switch (table) {
            case Table::People: return names_.person(id);
            case Table::Ambitions: return names_.ambition(id);
            case Table::Innovations: return names_.innovation(id);
            case Table::Risks: return names_.risk(id);
            case Table::Reviews: return names_.review(id);
            default: break;
        }
        throw std::logic_error("register row: a register names no " + std::string(record_fields::recordOf(table)));
    }

    std::span<const Column> columns_;
    Names& names_;
    std::vector<std::string> cells_;
    std::vector<int> slots_;  // each field's column, in the field list's order; -1 for none
    bool mapped_ = false;
    std::size_t field_ = 0;
};

template <typename R>
std::vector<std::vector<std::string>> rowsOf(const PortfolioStore& store, std::span<const Column> columns,
                                             const std::vector<R>& records) {
    Names names(store);
    RowFiller filler(columns, names);
    std::vector<std::vector<std::string>> rows;
    rows.reserve(records.size());
    for (const R& record : records) rows.push_back(filler.row(record));
    return rows;
}

// The cells of a decision that innotrack works out: whether it is key, and why, at the portfolio's
// threshold.
void fillDecisionDerived(RegisterRows& out, const std::vector<Decision>& decisions, Pence threshold) {
    const auto at = [&](std::string_view key) {
        const auto found = std::find_if(out.columns.begin(), out.columns.end(),
                                        [&](const Column& c) { return c.key == key; });
        return static_cast<std::size_t>(found - out.columns.begin());
    };
    const std::size_t key = at("key_decision");
    const std::size_t why = at("key_reasons");
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const KeyReasons reasons = keyReasonsOf(decisions[i], threshold);
        out.rows[i][key] = reasons.isKey() ? "yes" : "no";
        out.rows[i][why] = reasons.isKey() ? describe(reasons, decisions[i], threshold) : "";
    }
}

}  // namespace

std::string poundsCell(Pence pence) {
    const bool negative = pence < 0;
    const auto magnitude = static_cast<unsigned long long>(negative ? -pence : pence);
    const auto pennies = magnitude % 100;
    return std::string(negative ? "-" : "") + std::to_string(magnitude / 100) + "." + (pennies < 10 ? "0" : "") +
           std::to_string(pennies);
}

std::string decimalCell(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string scaleLabel(std::string_view key) {
    std::string found;
    const auto search = [&](auto scale) {
        for (const auto& entry : decltype(scale)::entries)
            if (found.empty() && entry.key == key) found = entry.label;
    };
    search(Scale<Stage>{});
    search(Scale<Confidence>{});
    search(Scale<FailureKind>{});
    search(Scale<RiskStatus>{});
    search(Scale<RiskResponse>{});
    search(Scale<Proximity>{});
    search(Scale<LessonSource>{});
    search(Scale<Audience>{});
    search(Scale<EngagementForm>{});
    search(Scale<Stance>{});
    search(Scale<IdeaSource>{});
    search(Scale<IdeaStatus>{});
    search(Scale<ShortNoticeRoute>{});
    search(Scale<WellbeingGoal>{});
    search(Scale<WayOfWorking>{});
    return found.empty() ? std::string(key) : found;
}

std::string scaleListLabels(std::string_view keys) {
    std::vector<std::string> labels;
    while (!keys.empty()) {
        const std::size_t end = std::min(keys.find("; "), keys.size());
        labels.push_back(scaleLabel(keys.substr(0, end)));
        keys.remove_prefix(std::min(end + 2, keys.size()));
    }
    return joined(labels);
}

RegisterRows readRegister(const PortfolioStore& store, Register reg) {
    RegisterRows out;
    out.reg = reg;
    out.columns = columnsOf(reg);
    switch (reg) {
        case Register::Innovations: out.rows = rowsOf(store, out.columns, store.listInnovations({})); break;
        case Register::Milestones: out.rows = rowsOf(store, out.columns, store.listMilestones(std::nullopt)); break;
        case Register::Risks: out.rows = rowsOf(store, out.columns, store.listRisks(std::nullopt)); break;
        case Register::Setbacks: out.rows = rowsOf(store, out.columns, store.listSetbacks(std::nullopt)); break;
        case Register::Lessons: out.rows = rowsOf(store, out.columns, store.listLessons({})); break;
        case Register::Benefits: out.rows = rowsOf(store, out.columns, store.listBenefits(std::nullopt)); break;
        case Register::Engagements:
            out.rows = rowsOf(store, out.columns, store.listEngagements(std::nullopt));
            break;
        case Register::Ideas: out.rows = rowsOf(store, out.columns, store.listIdeas()); break;
        case Register::Decisions: {
            const auto decisions = store.listDecisions(std::nullopt);
            out.rows = rowsOf(store, out.columns, decisions);
            fillDecisionDerived(out, decisions, store.keyDecisionThreshold());
            break;
        }
        case Register::Ambitions: out.rows = rowsOf(store, out.columns, store.listAmbitions()); break;
    }
    return out;
}

}  // namespace innotrack::exchange
