// Removing a record, only to undo its addition (or a milestone's move) just made: see
// PortfolioStore's remove*. The file keeps the highest id removed from each table (schema 16), so
// no later record is given it.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"
#include "tracker/errors.hpp"

#include <string>

namespace innotrack::storage {

using namespace detail;

namespace {

void removeFileRow(Connection& c, const std::string& table, Id id, const std::string& what) {
    c.run("undo adding the " + what, [&] {
        Query remove(c, "DELETE FROM " + table + " WHERE id = :id");
        bindParam(*remove, ":id", id);
        if (remove.exec() == 0) throw NotFound("There is no " + what + " " + std::to_string(id));
    });
}

}  // namespace

void SqliteStore::removeInnovation(Id id) { removeFileRow(*connection_, "innovations", id, "innovation"); }
void SqliteStore::removeMilestone(Id id) { removeFileRow(*connection_, "milestones", id, "milestone"); }
void SqliteStore::removeMilestoneMove(Id id) { removeFileRow(*connection_, "milestone_moves", id, "milestone move"); }
void SqliteStore::removeRisk(Id id) { removeFileRow(*connection_, "risks", id, "risk"); }
void SqliteStore::removeSetback(Id id) { removeFileRow(*connection_, "setbacks", id, "setback"); }
void SqliteStore::removeBenefit(Id id) { removeFileRow(*connection_, "benefits", id, "benefit"); }
void SqliteStore::removePerson(Id id) { removeFileRow(*connection_, "people", id, "person"); }
void SqliteStore::removeAmbition(Id id) { removeFileRow(*connection_, "ambitions", id, "ambition"); }
void SqliteStore::removeEngagement(Id id) { removeFileRow(*connection_, "engagements", id, "engagement"); }
void SqliteStore::removeIdea(Id id) { removeFileRow(*connection_, "ideas", id, "idea"); }
void SqliteStore::removeDecision(Id id) { removeFileRow(*connection_, "decisions", id, "decision"); }

void SqliteStore::removeLesson(Id id) {
    auto& c = *connection_;
    c.run("undo adding the lesson's tags", [&] {
        Query untag(c, "DELETE FROM lesson_tags WHERE lesson_id = :id");
        bindParam(*untag, ":id", id);
        untag.exec();
    });
    removeFileRow(c, "lessons", id, "lesson");
}

}  // namespace innotrack::storage
