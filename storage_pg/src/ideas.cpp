// Ideas, their assessors' scores and the gate, as storage/src/ideas.cpp keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

namespace {

constexpr const char* kGate = "ideas.gate";

}  // namespace

Id PgStore::insertIdea(const Idea& idea) {
    auto& s = *session_;
    return s.change("add the idea '" + idea.title + "'", [&] { return insertRecord(s, idea); });
}

void PgStore::updateIdea(const Idea& idea) {
    auto& s = *session_;
    s.change("update the idea '" + idea.title + "'", [&] { updateRecord(s, idea, "idea"); });
}

std::optional<Idea> PgStore::findIdea(Id ideaId) const {
    auto& s = *session_;
    return s.run("read an idea", [&] { return findRecord<Idea>(s, ideaId); });
}

std::vector<Idea> PgStore::listIdeas() const {
    auto& s = *session_;
    return s.run("list the ideas", [&] { return listRecords<Idea>(s, std::nullopt, "id", "id"); });
}

std::optional<Idea> PgStore::findIdeaOfInnovation(Id innovationId) const {
    auto& s = *session_;
    return s.run("find the idea of an innovation", [&] {
        static const std::string sql = selectSql<Idea>() + " WHERE innovation_id = :innovation_id";
        pq::Statement find(s.connection(), sql);
        find.bind(":innovation_id", innovationId);
        return readOne(find.run(), readRecord<Idea>);
    });
}

void PgStore::saveIdeaScore(const IdeaScore& score) {
    auto& s = *session_;
    s.change("record the idea's score", [&] {
        static const std::string sql = sql::insertSql<IdeaScore>("", "") +
                                       " ON CONFLICT (idea_id, assessor_id) DO UPDATE SET " +
                                       upsertSet<IdeaScore>({"idea_id", "assessor_id"});
        pq::Statement save(s.connection(), sql);
        bindRecord(save, score);
        s.send(save);
    });
}

std::vector<IdeaScore> PgStore::listIdeaScores(OptionalId ideaId) const {
    auto& s = *session_;
    return s.run("list the ideas' scores",
                 [&] { return listRecords<IdeaScore>(s, ideaId, "idea_id", "idea_id, assessor_id"); });
}

int PgStore::ideaGate() const {
    auto& s = *session_;
    return s.run("read the ideas' gate", [&] {
        pq::Statement query(s.connection(), "SELECT value FROM settings WHERE key = :key");
        query.bind(":key", std::string(kGate));
        const pq::Result found = query.run();
        return found.rows() == 0 ? kDefaultIdeaGate : static_cast<int>(pq::Row(found, 0)["value"].integer());
    });
}

void PgStore::setIdeaGate(int gate) {
    auto& s = *session_;
    s.change("save the ideas' gate", [&] {
        pq::Statement save(s.connection(), "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
        save.bind(":key", std::string(kGate));
        save.bind(":value", std::to_string(gate));
        save.run();
    });
}

}  // namespace innotrack::storage_pg
