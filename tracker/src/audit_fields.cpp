// Each record's fields as the audit trail shows them: the labelled fields of its field list
// (tracker/record_fields.hpp), each value in the words `innotrack history` prints.
#include "audit_fields.hpp"

#include "tracker/money.hpp"
#include "tracker/record_fields.hpp"

#include <cstdio>

namespace innotrack::audit {
namespace {

using record_fields::Field;
using record_fields::Table;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// Collects the labelled fields; ids, the record a record belongs to and who recorded it carry no
// label, so they are never shown (nor looked up).
class AuditValues {
public:
    explicit AuditValues(const Describers& describe) : describe_(describe) {}

    void id(Field, Id, Table) {}
    void link(Field f, Id value, Table table) { link(f, OptionalId(value), table); }
    void link(Field f, const OptionalId& value, Table table) {
        if (f.label) put(f, linked(value, table));
    }
    void text(Field f, const std::string& value, record_fields::TextRule, int /*since*/ = 1) { put(f, value); }
    void integer(Field f, int value, int = 0, int = 0) { put(f, std::to_string(value)); }
    void integer(Field f, const std::optional<int>& value) { put(f, value ? std::to_string(*value) : ""); }
    void pence(Field f, Pence value) { put(f, formatPounds(value)); }
    void count(Field f, Id value) { put(f, std::to_string(value)); }
    void number(Field f, double value) { put(f, formatNumber(value)); }
    void number(Field f, const std::optional<double>& value) { put(f, value ? formatNumber(*value) : ""); }
    void date(Field f, Date value) { put(f, formatDate(value)); }
    void date(Field f, const std::optional<Date>& value) { put(f, formatDate(value)); }
    void timestamp(Field f, Timestamp value) { put(f, formatTimestamp(value)); }
    void flag(Field f, bool value, int /*since*/ = 1) { put(f, value ? "yes" : "no"); }
    template <typename E>
    void scale(Field f, E value) {
        put(f, std::string(labelOf(value)));
    }
    void tags(Field f, const std::vector<std::string>& value) { put(f, joined(value)); }
    template <typename E> void keys(Field f, const ScaleSet<E>& value, int /*since*/) { put(f, value.labels()); }

    FieldValues take() { return std::move(values_); }

private:
    void put(Field f, std::string value) {
        if (f.label) values_.emplace_back(f.label, std::move(value));
    }

    // People and ambitions by name where the caller can describe them; other records by number.
    std::string linked(const OptionalId& id, Table table) const {
        if (table == Table::People && describe_.person) return describe_.person(id);
        if (table == Table::Ambitions && describe_.ambition) return describe_.ambition(id);
        return id ? std::string(record_fields::recordOf(table)) + " " + std::to_string(*id) : "";
    }

    const Describers& describe_;
    FieldValues values_;
};

template <typename R>
FieldValues valuesOf(const R& record, const Describers& describe = {}) {
    AuditValues values(describe);
    record_fields::fields(values, record);
    return values.take();
}

}  // namespace

std::string formatNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

FieldValues fieldsOf(const Person& person) { return valuesOf(person); }
FieldValues fieldsOf(const Ambition& ambition) { return valuesOf(ambition); }
FieldValues fieldsOf(const Innovation& innovation, const Describe& person, const Describe& ambition) {
    return valuesOf(innovation, {person, ambition});
}
FieldValues fieldsOf(const Milestone& milestone) { return valuesOf(milestone); }
FieldValues fieldsOf(const Risk& risk, const Describe& person) { return valuesOf(risk, {person, {}}); }
FieldValues fieldsOf(const Setback& setback) { return valuesOf(setback); }
FieldValues fieldsOf(const Lesson& lesson) { return valuesOf(lesson); }
FieldValues fieldsOf(const Benefit& benefit) { return valuesOf(benefit); }
FieldValues fieldsOf(const Engagement& engagement, const Describe& person) {
    return valuesOf(engagement, {person, {}});
}
FieldValues fieldsOf(const ReviewEntry& entry) { return valuesOf(entry); }
FieldValues fieldsOf(const Idea& idea, const Describe& person, const Describe& ambition) {
    return valuesOf(idea, {person, ambition});
}
FieldValues fieldsOf(const IdeaScore& score) { return valuesOf(score); }
FieldValues fieldsOf(const Decision& decision, const Describe& person) { return valuesOf(decision, {person, {}}); }

std::vector<FieldChange> differences(const FieldValues& before, const FieldValues& after) {
    std::vector<FieldChange> changes;
    for (const auto& [field, value] : after) {
        std::string old;
        for (const auto& [oldField, oldValue] : before)
            if (oldField == field) old = oldValue;
        if (old != value) changes.push_back({field, old, value});
    }
    return changes;
}

}  // namespace innotrack::audit
