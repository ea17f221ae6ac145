// Ideas, their assessors' scores (one row per assessor, replaced when they score again) and the
// gate, as a file keeps them.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kGate = "ideas.gate";

}  // namespace

Id SqliteStore::insertIdea(const Idea& idea) {
    auto& c = *connection_;
    return c.run("add the idea '" + idea.title + "'", [&] { return insertRecord(c, idea); });
}

void SqliteStore::updateIdea(const Idea& idea) {
    auto& c = *connection_;
    c.run("update the idea '" + idea.title + "'", [&] { updateRecord(c, idea, "idea"); });
}

std::optional<Idea> SqliteStore::findIdea(Id ideaId) const {
    auto& c = *connection_;
    return c.run("read an idea", [&] { return findRecord<Idea>(c, ideaId); });
}

std::vector<Idea> SqliteStore::listIdeas() const {
    auto& c = *connection_;
    return c.run("list the ideas", [&] { return listRecords<Idea>(c, std::nullopt, "id", "id"); });
}

std::optional<Idea> SqliteStore::findIdeaOfInnovation(Id innovationId) const {
    auto& c = *connection_;
    return c.run("find the idea of an innovation", [&] {
        static const std::string sql = selectSql<Idea>() + " WHERE innovation_id = :innovation_id";
        Query query(c, sql);
        bindParam(*query, ":innovation_id", innovationId);
        return readOne(query, readRecord<Idea>);
    });
}

void SqliteStore::saveIdeaScore(const IdeaScore& score) {
    auto& c = *connection_;
    c.run("record the idea's score", [&] {
        static const std::string sql = insertSql<IdeaScore>() + " ON CONFLICT (idea_id, assessor_id) DO UPDATE SET " +
                                       upsertSet<IdeaScore>({"idea_id", "assessor_id"});
        Query query(c, sql);
        bindRecord(*query, score);
        query.exec();
    });
}

std::vector<IdeaScore> SqliteStore::listIdeaScores(OptionalId ideaId) const {
    auto& c = *connection_;
    return c.run("list the ideas' scores",
                 [&] { return listRecords<IdeaScore>(c, ideaId, "idea_id", "idea_id, assessor_id"); });
}

int SqliteStore::ideaGate() const {
    auto& c = *connection_;
    return c.run("read the ideas' gate", [&] {
        Query query(c, "SELECT value FROM settings WHERE key = :key");
        bindParam(*query, ":key", std::string(kGate));
        return query.step() ? integer(*query, "value") : kDefaultIdeaGate;
    });
}

void SqliteStore::setIdeaGate(int gate) {
    auto& c = *connection_;
    c.run("save the ideas' gate", [&] {
        Query query(c,
                    "INSERT INTO settings (key, value) VALUES (:key, :value) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        bindParam(*query, ":key", std::string(kGate));
        bindParam(*query, ":value", gate);
        query.exec();
    });
}

}  // namespace innotrack::storage
