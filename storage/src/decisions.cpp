// Decisions on innovations, and the two settings their rules read (the key decision threshold and
// the nation), as a file keeps them.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kThreshold = "decisions.key_threshold_pence";
constexpr const char* kNation = "portfolio.nation";

void saveSetting(Connection& c, const char* key, const auto& value) {
    Query query(c,
                "INSERT INTO settings (key, value) VALUES (:key, :value) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    bindParam(*query, ":key", std::string(key));
    bindParam(*query, ":value", value);
    query.exec();
}

}  // namespace

Id SqliteStore::insertDecision(const Decision& decision) {
    auto& c = *connection_;
    return c.run("add the decision", [&] { return insertRecord(c, decision); });
}

void SqliteStore::updateDecision(const Decision& decision) {
    auto& c = *connection_;
    c.run("update the decision", [&] { updateRecord(c, decision, "decision"); });
}

std::optional<Decision> SqliteStore::findDecision(Id decisionId) const {
    auto& c = *connection_;
    return c.run("read a decision", [&] { return findRecord<Decision>(c, decisionId); });
}

std::vector<Decision> SqliteStore::listDecisions(OptionalId innovationId) const {
    auto& c = *connection_;
    return c.run("list the decisions",
                 [&] { return listRecords<Decision>(c, innovationId, "innovation_id", "planned_on, id"); });
}

Pence SqliteStore::keyDecisionThreshold() const {
    auto& c = *connection_;
    return c.run("read the key decision threshold", [&] {
        Query query(c, "SELECT value FROM settings WHERE key = :key");
        bindParam(*query, ":key", std::string(kThreshold));
        return query.step() ? Pence{id(*query, "value")} : kDefaultKeyDecisionThreshold;
    });
}

void SqliteStore::setKeyDecisionThreshold(Pence threshold) {
    auto& c = *connection_;
    c.run("save the key decision threshold", [&] { saveSetting(c, kThreshold, std::int64_t{threshold}); });
}

Nation SqliteStore::nation() const {
    auto& c = *connection_;
    return c.run("read the nation", [&] {
        Query query(c, "SELECT value FROM settings WHERE key = :key");
        bindParam(*query, ":key", std::string(kNation));
        return query.step() ? keyFromText<Nation>(text(*query, "value"), "value") : Nation::England;
    });
}

void SqliteStore::setNation(Nation nation) {
    auto& c = *connection_;
    c.run("save the nation", [&] { saveSetting(c, kNation, std::string(keyOf(nation))); });
}

}  // namespace innotrack::storage
