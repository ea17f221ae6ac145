// The schema's history, one function per step; each is applied inside one transaction by schema.cpp.
#pragma once

namespace SQLite {
class Database;
}

namespace innotrack::storage::detail {

// Marks the file as innotrack's ("INNO" in PRAGMA application_id): never change it.
inline constexpr int kApplicationId = 0x494E4E4F;

void createInitialSchema(SQLite::Database& db);    // 0001: every table, the audit's triggers
void addIndexesAndSettings(SQLite::Database& db);  // 0002: list and report indexes, risk-band settings
void addTallyIndexes(SQLite::Database& db);        // 0003: covering indexes for the tally's counts
void addChecklistAnswers(SQLite::Database& db);    // 0004: the leader's checklist answers
void addPortfolioKey(SQLite::Database& db);        // 0005: the portfolio key that names exports' events
void addBoardIndexes(SQLite::Database& db);        // 0006: covering indexes for the board report's lists
void addStageBoardIndexes(SQLite::Database& db);   // 0007: the stage board's cards and milestone moves by day
void addPersonLogins(SQLite::Database& db);        // 0008: a person's login
void chainAuditTrail(SQLite::Database& db);        // 0009: the audit chain; the account and computer of a change
void addIdeas(SQLite::Database& db);               // 0010: ideas, their scores and the gate
void addEngagements(SQLite::Database& db);         // 0011: engagements; an innovation's public flag and description
void addDecisions(SQLite::Database& db);           // 0012: decisions, their notices and records
void addWellbeing(SQLite::Database& db);           // 0013: well-being goals and ways of working
void allowUndoingStageChanges(SQLite::Database& db);  // 0014: nothing on a file (numbers kept with the server's)
void allowCorrectingIdeas(SQLite::Database& db);      // 0015: nothing on a file (numbers kept with the server's)
void keepRemovedIds(SQLite::Database& db);            // 0016: the highest id removed from each table
void keepMoreRemovedIds(SQLite::Database& db);        // 0017: the same for people, ambitions, engagements, ideas, decisions

}  // namespace innotrack::storage::detail
