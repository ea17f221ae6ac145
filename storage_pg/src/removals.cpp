// Removing a record, only to undo its addition (or a milestone's move) just made: see
// PortfolioStore's remove*. The server lets only who may add the record remove it (schema 16,
// schema_undo_additions.hpp, and 17, schema_undo_more.hpp); its sequences never give a removed id again.
#include "pg_store.hpp"

#include "session.hpp"

#include "tracker/errors.hpp"

#include <string>

namespace innotrack::storage_pg {

namespace {

void removeServerRow(Session& s, const std::string& table, Id id, const std::string& what) {
    s.change("undo adding the " + what, [&] {
        pq::Statement remove(s.connection(), "DELETE FROM " + table + " WHERE id = :id");
        remove.bind(":id", id);
        if (remove.run().affected() == 0) throw NotFound("There is no " + what + " " + std::to_string(id));
    });
}

}  // namespace

void PgStore::removeInnovation(Id id) { removeServerRow(*session_, "innovations", id, "innovation"); }
void PgStore::removeMilestone(Id id) { removeServerRow(*session_, "milestones", id, "milestone"); }
void PgStore::removeMilestoneMove(Id id) { removeServerRow(*session_, "milestone_moves", id, "milestone move"); }
void PgStore::removeRisk(Id id) { removeServerRow(*session_, "risks", id, "risk"); }
void PgStore::removeSetback(Id id) { removeServerRow(*session_, "setbacks", id, "setback"); }
void PgStore::removeBenefit(Id id) { removeServerRow(*session_, "benefits", id, "benefit"); }
void PgStore::removePerson(Id id) { removeServerRow(*session_, "people", id, "person"); }
void PgStore::removeAmbition(Id id) { removeServerRow(*session_, "ambitions", id, "ambition"); }
void PgStore::removeEngagement(Id id) { removeServerRow(*session_, "engagements", id, "engagement"); }
void PgStore::removeIdea(Id id) { removeServerRow(*session_, "ideas", id, "idea"); }
void PgStore::removeDecision(Id id) { removeServerRow(*session_, "decisions", id, "decision"); }

void PgStore::removeLesson(Id id) {
    auto& s = *session_;
    s.change("undo adding the lesson's tags", [&] {
        pq::Statement untag(s.connection(), "DELETE FROM lesson_tags WHERE lesson_id = :id");
        untag.bind(":id", id);
        untag.run();
    });
    removeServerRow(s, "lessons", id, "lesson");
}

}  // namespace innotrack::storage_pg
