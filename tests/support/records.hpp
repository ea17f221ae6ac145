// Sample records for tests that write straight to a store, and every field of a record as one
// line, so a failed comparison of whole records shows which field differs.
#pragma once

#include <catch2/catch.hpp>

#include "tracker/record_fields.hpp"
#include "tracker/store.hpp"

#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace innotrack::testing {

// One record of each linked kind, so tests can add the rest.
struct Seed {
    Id leader = 0;
    Id cabinet = 0;
    Id officer = 0;
    Id ambition = 0;
    Id innovation = 0;
};
Seed seed(PortfolioStore& store);

Person samplePerson(const std::string& name, Role role);
Innovation sampleInnovation(const Seed& ids, const std::string& title);
Milestone sampleMilestone(Id innovationId, const std::string& title, Date due);
StageChange sampleStageChange(Id innovationId, Stage from, Stage to, Date on, Id actorId);
Risk sampleRisk(const Seed& ids, const std::string& title);
Setback sampleSetback(const Seed& ids, const std::string& whatHappened, Date on);
Lesson sampleLesson(const Seed& ids, const std::string& whatHappened);
ChecklistAnswer sampleAnswer(Id leader, const std::string& key, Answer answer, Date on, const std::string& evidence);
AuditEntry sampleAudit(Id actorId, const std::string& entity, Id entityId, const std::string& action);

// The audit entries the service writes on adding a record and on closing a review, for a portfolio
// a test writes straight to the store: "new since the last review" goes by their order
// (tracker/new_since.hpp), so a fixture states when each record was recorded by where it calls these.
void recordAdded(PortfolioStore& store, Id actorId, const std::string& entity, Id entityId);
void recordClosed(PortfolioStore& store, Id actorId, Id reviewId);

// Every field of a record as one line, from its field list (tracker/record_fields.hpp), so a
// failed comparison of whole records shows which field differs. The comparison itself is the
// record's own ==, which covers every member, listed or not.
class FieldLine {
public:
    template <typename... A> void id(record_fields::Field f, const Id& v, A&&...) { put(f, std::to_string(v)); }
    template <typename T, typename... A> void link(record_fields::Field f, const T& v, A&&...) { put(f, shown(v)); }
    template <typename... A> void text(record_fields::Field f, const std::string& v, A&&...) { put(f, v); }
    template <typename T, typename... A> void integer(record_fields::Field f, const T& v, A&&...) { put(f, shown(v)); }
    void pence(record_fields::Field f, Pence v) { put(f, std::to_string(v)); }
    void count(record_fields::Field f, Id v) { put(f, std::to_string(v)); }
    template <typename T> void number(record_fields::Field f, const T& v) { put(f, shown(v)); }
    template <typename T> void date(record_fields::Field f, const T& v) { put(f, formatDate(v)); }
    void timestamp(record_fields::Field f, Timestamp v) { put(f, formatTimestamp(v)); }
    void flag(record_fields::Field f, bool v, int /*since*/ = 1) { put(f, v ? "true" : "false"); }
    template <typename E> void scale(record_fields::Field f, E v) { put(f, std::string(keyOf(v))); }
    void tags(record_fields::Field f, const std::vector<std::string>& v) {
        std::string all;
        for (const auto& tag : v) all += tag + ",";
        put(f, all);
    }
    template <typename E> void keys(record_fields::Field f, const ScaleSet<E>& v, int /*since*/) { put(f, v.keys()); }

    std::string line;

private:
    template <typename T> static std::string shown(const T& v) {
        std::ostringstream out;
        out << v;
        return out.str();
    }
    template <typename T> static std::string shown(const std::optional<T>& v) { return v ? shown(*v) : "-"; }
    void put(record_fields::Field f, const std::string& value) { line += std::string(f.key) + "=" + value + ";"; }
};

template <typename R>
concept HasFieldList = requires(FieldLine& line, const R& record) { record_fields::fields(line, record); };

template <HasFieldList R>
std::string fieldsOf(const R& record) {
    FieldLine line;
    record_fields::fields(line, record);
    return line.line;
}

// A long run of non-ASCII text: `characters` code points of Welsh, each 1 or 2 bytes.
std::string longWelshText(std::size_t characters);

}  // namespace innotrack::testing

// Catch shows a record that fails a comparison field by field.
template <typename R>
struct Catch::StringMaker<R, std::enable_if_t<innotrack::testing::HasFieldList<R>>> {
    static std::string convert(const R& record) { return innotrack::testing::fieldsOf(record); }
};
