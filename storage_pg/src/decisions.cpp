// Decisions on innovations and the settings their rules read, as storage/src/decisions.cpp keeps
// them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

namespace {

constexpr const char* kThreshold = "decisions.key_threshold_pence";
constexpr const char* kNation = "portfolio.nation";

std::optional<std::string> readSetting(Session& s, const char* key) {
    pq::Statement query(s.connection(), "SELECT value FROM settings WHERE key = :key");
    query.bind(":key", std::string(key));
    const pq::Result found = query.run();
    if (found.rows() == 0) return std::nullopt;
    return pq::Row(found, 0)["value"].text();
}

void saveSetting(Session& s, const char* key, const std::string& value) {
    pq::Statement save(s.connection(), "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                       "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
    save.bind(":key", std::string(key));
    save.bind(":value", value);
    save.run();
}

}  // namespace

Id PgStore::insertDecision(const Decision& decision) {
    auto& s = *session_;
    return s.change("add the decision", [&] { return insertRecord(s, decision); });
}

void PgStore::updateDecision(const Decision& decision) {
    auto& s = *session_;
    s.change("update the decision", [&] { updateRecord(s, decision, "decision"); });
}

std::optional<Decision> PgStore::findDecision(Id decisionId) const {
    auto& s = *session_;
    return s.run("read a decision", [&] { return findRecord<Decision>(s, decisionId); });
}

std::vector<Decision> PgStore::listDecisions(OptionalId innovationId) const {
    auto& s = *session_;
    return s.run("list the decisions",
                 [&] { return listRecords<Decision>(s, innovationId, "innovation_id", "planned_on, id"); });
}

Pence PgStore::keyDecisionThreshold() const {
    auto& s = *session_;
    return s.run("read the key decision threshold", [&] {
        const auto value = readSetting(s, kThreshold);
        return value ? Pence{std::stoll(*value)} : kDefaultKeyDecisionThreshold;
    });
}

void PgStore::setKeyDecisionThreshold(Pence threshold) {
    auto& s = *session_;
    s.change("save the key decision threshold", [&] { saveSetting(s, kThreshold, std::to_string(threshold)); });
}

Nation PgStore::nation() const {
    auto& s = *session_;
    return s.run("read the nation", [&] {
        const auto value = readSetting(s, kNation);
        return value ? parseScale<Nation>("nation", *value) : Nation::England;
    });
}

void PgStore::setNation(Nation nation) {
    auto& s = *session_;
    s.change("save the nation", [&] { saveSetting(s, kNation, std::string(keyOf(nation))); });
}

}  // namespace innotrack::storage_pg
