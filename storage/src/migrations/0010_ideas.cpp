// Schema 10: ideas and their assessors' scores (DOMAIN.md "Ideas and the gate"), and the gate an
// idea's score is held to, a setting of the portfolio (default 15).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kIdeas = R"sql(
CREATE TABLE ideas (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    problem         TEXT NOT NULL,
    proposal        TEXT NOT NULL,
    source          TEXT NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    ambition_id     INTEGER REFERENCES ambitions (id),
    submitted_by_id INTEGER NOT NULL REFERENCES people (id),
    submitted_on    TEXT NOT NULL,
    status          TEXT NOT NULL,
    assessed_from   TEXT,
    parked_on       TEXT,
    look_again_on   TEXT,
    decided_on      TEXT,
    decided_by_id   INTEGER REFERENCES people (id),
    decision_reason TEXT NOT NULL DEFAULT '',
    innovation_id   INTEGER UNIQUE REFERENCES innovations (id),
    CONSTRAINT "an idea needs a title" CHECK (length(title) > 0),
    CONSTRAINT "source must be own, other-council, case-study, resident or partner"
        CHECK (source IN ('own', 'other-council', 'case-study', 'resident', 'partner')),
    CONSTRAINT "status must be submitted, under-assessment, promoted, declined or parked"
        CHECK (status IN ('submitted', 'under-assessment', 'promoted', 'declined', 'parked')),
    CONSTRAINT "idea dates must be written YYYY-MM-DD"
        CHECK (date(submitted_on) IS submitted_on
               AND (assessed_from IS NULL OR date(assessed_from) IS assessed_from)
               AND (parked_on IS NULL OR date(parked_on) IS parked_on)
               AND (look_again_on IS NULL OR date(look_again_on) IS look_again_on)
               AND (decided_on IS NULL OR date(decided_on) IS decided_on)),
    CONSTRAINT "a promoted idea names its innovation" CHECK ((status = 'promoted') = (innovation_id IS NOT NULL))
);
CREATE INDEX ideas_by_submission ON ideas (submitted_on);
CREATE INDEX ideas_by_ambition ON ideas (ambition_id);
CREATE INDEX ideas_by_submitter ON ideas (submitted_by_id);
CREATE INDEX ideas_by_decider ON ideas (decided_by_id);

-- One score per assessor per idea: scoring again replaces it.
CREATE TABLE idea_scores (
    idea_id          INTEGER NOT NULL REFERENCES ideas (id),
    assessor_id      INTEGER NOT NULL REFERENCES people (id),
    strategic_fit    INTEGER NOT NULL,
    resident_benefit INTEGER NOT NULL,
    feasibility      INTEGER NOT NULL,
    cost_to_try      INTEGER NOT NULL,
    evidence         INTEGER NOT NULL,
    scored_on        TEXT NOT NULL,
    PRIMARY KEY (idea_id, assessor_id),
    CONSTRAINT "each criterion is scored 1 to 5"
        CHECK (strategic_fit BETWEEN 1 AND 5 AND resident_benefit BETWEEN 1 AND 5 AND feasibility BETWEEN 1 AND 5
               AND cost_to_try BETWEEN 1 AND 5 AND evidence BETWEEN 1 AND 5),
    CONSTRAINT "score date must be written YYYY-MM-DD" CHECK (date(scored_on) IS scored_on)
);
CREATE INDEX idea_scores_by_assessor ON idea_scores (assessor_id);

INSERT INTO settings (key, value) VALUES ('ideas.gate', 15);
)sql";

}  // namespace

void addIdeas(SQLite::Database& db) { db.exec(kIdeas); }

}  // namespace innotrack::storage::detail
