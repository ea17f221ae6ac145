// The ordered list of migrations and the loop that applies them.
#include "schema.hpp"

#include "connection.hpp"
#include "migrations/migrations.hpp"

#include <array>
#include <string>

namespace innotrack::storage::detail {

namespace {

// Append only: a step, once released, is never edited; a change of mind is a new step.
constexpr std::array kMigrations{
    Migration{1, "initial schema", &createInitialSchema},
    Migration{2, "indexes and settings", &addIndexesAndSettings},
    Migration{3, "tally indexes", &addTallyIndexes},
    Migration{4, "checklist answers", &addChecklistAnswers},
    Migration{5, "portfolio key", &addPortfolioKey},
    Migration{6, "board indexes", &addBoardIndexes},
    Migration{7, "stage board indexes", &addStageBoardIndexes},
    Migration{8, "person logins", &addPersonLogins},
    Migration{9, "audit chain", &chainAuditTrail},
    Migration{10, "ideas", &addIdeas},
    Migration{11, "engagements and the public summary", &addEngagements},
    Migration{12, "decisions", &addDecisions},
    Migration{13, "well-being goals", &addWellbeing},
    Migration{14, "undoing a stage change", &allowUndoingStageChanges},
    Migration{15, "correcting an idea", &allowCorrectingIdeas},
    Migration{16, "undoing an addition", &keepRemovedIds},
    Migration{17, "undoing more additions", &keepMoreRemovedIds},
};

// A step must not leave a record pointing at nothing; the deferred keys are only checked at
// COMMIT, so ask before committing and say which table is wrong.
void requireForeignKeysHold(SQLite::Database& db, const Migration& step) {
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    if (check.executeStep())
        throw StorageError("Could not upgrade the portfolio to format version " + std::to_string(step.version) + " (" +
                           std::string(step.name) + "): table " + check.getColumn(0).getString() +
                           " row " + check.getColumn(1).getString() + " refers to a missing record");
}

void apply(Connection& connection, const Migration& step) {
    auto& db = connection.db();
    connection.run("upgrade the portfolio to format version " + std::to_string(step.version), [&] {
        db.exec("BEGIN IMMEDIATE");
        try {
            step.apply(db);
            requireForeignKeysHold(db, step);
            db.exec("PRAGMA user_version = " + std::to_string(step.version));
            db.exec("COMMIT");
        } catch (...) {
            db.tryExec("ROLLBACK");
            throw;
        }
    });
}

}  // namespace

int currentSchemaVersion() {
    return kMigrations.back().version;
}

void migrate(Connection& connection, int targetVersion) {
    const int from = connection.run("read the portfolio's format version", [&] { return connection.userVersion(); });
    for (const auto& step : kMigrations)
        if (step.version > from && step.version <= targetVersion) apply(connection, step);
}

}  // namespace innotrack::storage::detail
