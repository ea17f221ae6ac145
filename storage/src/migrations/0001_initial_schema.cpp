// Schema 1: a table per entity. CHECK constraints are named as sentences, because SQLite repeats
// the name in its error ("CHECK constraint failed: priority must be 1 to 5").
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

#include <string>

namespace innotrack::storage::detail {

namespace {

// The risks and setbacks link both ways; deferring those two keys to COMMIT lets either be
// written first inside one transaction.
constexpr const char* kTables = R"sql(
CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role      TEXT NOT NULL,
    portfolio TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    CONSTRAINT "a person needs a name" CHECK (length(name) > 0),
    CONSTRAINT "role must be viewer, officer, cabinet or leader"
        CHECK (role IN ('viewer', 'officer', 'cabinet', 'leader'))
);

CREATE TABLE ambitions (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    horizon_year      INTEGER NOT NULL,
    community_concern TEXT NOT NULL DEFAULT '',
    CONSTRAINT "horizon year must be between 1900 and 2200" CHECK (horizon_year BETWEEN 1900 AND 2200)
);

CREATE TABLE innovations (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    summary           TEXT NOT NULL DEFAULT '',
    ambition_id       INTEGER REFERENCES ambitions (id),
    stage             TEXT NOT NULL,
    priority          INTEGER NOT NULL,
    confidence        TEXT NOT NULL,
    cabinet_lead_id   INTEGER REFERENCES people (id),
    lead_officer_id   INTEGER REFERENCES people (id),
    start_date        TEXT,
    target_date       TEXT,
    budget_pence      INTEGER NOT NULL DEFAULT 0,
    staff_days        INTEGER NOT NULL DEFAULT 0,
    inspired_by       TEXT NOT NULL DEFAULT '',
    expected_benefits TEXT NOT NULL DEFAULT '',
    stop_reason       TEXT NOT NULL DEFAULT '',
    CONSTRAINT "stage must be idea, exploring, piloting, scaling, mainstreamed or stopped"
        CHECK (stage IN ('idea', 'exploring', 'piloting', 'scaling', 'mainstreamed', 'stopped')),
    CONSTRAINT "priority must be 1 to 5" CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT "confidence must be green, amber-green, amber, amber-red or red"
        CHECK (confidence IN ('green', 'amber-green', 'amber', 'amber-red', 'red')),
    CONSTRAINT "start date must be a date written YYYY-MM-DD"
        CHECK (start_date IS NULL OR date(start_date) IS start_date),
    CONSTRAINT "target date must be a date written YYYY-MM-DD"
        CHECK (target_date IS NULL OR date(target_date) IS target_date),
    CONSTRAINT "budget cannot be negative" CHECK (budget_pence >= 0),
    CONSTRAINT "staff days cannot be negative" CHECK (staff_days >= 0)
);

CREATE TABLE stage_changes (
    id            INTEGER PRIMARY KEY,
    innovation_id INTEGER NOT NULL REFERENCES innovations (id),
    from_stage    TEXT NOT NULL,
    to_stage      TEXT NOT NULL,
    changed_on    TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    actor_id      INTEGER NOT NULL REFERENCES people (id),
    CONSTRAINT "stage must be idea, exploring, piloting, scaling, mainstreamed or stopped"
        CHECK (from_stage IN ('idea', 'exploring', 'piloting', 'scaling', 'mainstreamed', 'stopped')
           AND to_stage IN ('idea', 'exploring', 'piloting', 'scaling', 'mainstreamed', 'stopped')),
    CONSTRAINT "date of the stage change must be written YYYY-MM-DD" CHECK (date(changed_on) IS changed_on)
);

CREATE TABLE milestones (
    id            INTEGER PRIMARY KEY,
    innovation_id INTEGER NOT NULL REFERENCES innovations (id),
    title         TEXT NOT NULL,
    baseline_due  TEXT NOT NULL,
    due           TEXT NOT NULL,
    completed_on  TEXT,
    CONSTRAINT "milestone dates must be written YYYY-MM-DD"
        CHECK (date(baseline_due) IS baseline_due AND date(due) IS due
               AND (completed_on IS NULL OR date(completed_on) IS completed_on))
);

CREATE TABLE milestone_moves (
    id           INTEGER PRIMARY KEY,
    milestone_id INTEGER NOT NULL REFERENCES milestones (id),
    from_due     TEXT NOT NULL,
    to_due       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    moved_on     TEXT NOT NULL,
    actor_id     INTEGER NOT NULL REFERENCES people (id),
    CONSTRAINT "milestone move dates must be written YYYY-MM-DD"
        CHECK (date(from_due) IS from_due AND date(to_due) IS to_due AND date(moved_on) IS moved_on)
);

CREATE TABLE benefits (
    id            INTEGER PRIMARY KEY,
    innovation_id INTEGER NOT NULL REFERENCES innovations (id),
    measure       TEXT NOT NULL,
    unit          TEXT NOT NULL DEFAULT '',
    baseline      REAL NOT NULL,
    target        REAL NOT NULL,
    actual        REAL,
    realised_on   TEXT,
    CONSTRAINT "realised date must be written YYYY-MM-DD"
        CHECK (realised_on IS NULL OR date(realised_on) IS realised_on)
);

CREATE TABLE risks (
    id                  INTEGER PRIMARY KEY,
    innovation_id       INTEGER NOT NULL REFERENCES innovations (id),
    title               TEXT NOT NULL,
    cause               TEXT NOT NULL DEFAULT '',
    event               TEXT NOT NULL DEFAULT '',
    effect              TEXT NOT NULL DEFAULT '',
    inherent_likelihood INTEGER NOT NULL,
    inherent_impact     INTEGER NOT NULL,
    residual_likelihood INTEGER,
    residual_impact     INTEGER,
    owner_id            INTEGER NOT NULL REFERENCES people (id),
    response            TEXT NOT NULL,
    mitigation          TEXT NOT NULL DEFAULT '',
    proximity           TEXT NOT NULL,
    status              TEXT NOT NULL,
    raised_on           TEXT NOT NULL,
    closed_on           TEXT,
    setback_id          INTEGER REFERENCES setbacks (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT "likelihood must be 1 to 5"
        CHECK (inherent_likelihood BETWEEN 1 AND 5 AND (residual_likelihood IS NULL OR residual_likelihood BETWEEN 1 AND 5)),
    CONSTRAINT "impact must be 1 to 5"
        CHECK (inherent_impact BETWEEN 1 AND 5 AND (residual_impact IS NULL OR residual_impact BETWEEN 1 AND 5)),
    CONSTRAINT "residual likelihood and impact are set together or not at all"
        CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL)),
    CONSTRAINT "response must be avoid, reduce, fallback, transfer, accept or share"
        CHECK (response IN ('avoid', 'reduce', 'fallback', 'transfer', 'accept', 'share')),
    CONSTRAINT "proximity must be imminent, this-stage, this-project or beyond"
        CHECK (proximity IN ('imminent', 'this-stage', 'this-project', 'beyond')),
    CONSTRAINT "status must be open, closed or occurred" CHECK (status IN ('open', 'closed', 'occurred')),
    CONSTRAINT "risk dates must be written YYYY-MM-DD"
        CHECK (date(raised_on) IS raised_on AND (closed_on IS NULL OR date(closed_on) IS closed_on))
);

CREATE TABLE setbacks (
    id                    INTEGER PRIMARY KEY,
    innovation_id         INTEGER NOT NULL REFERENCES innovations (id),
    occurred_on           TEXT NOT NULL,
    what_happened         TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    risk_id               INTEGER REFERENCES risks (id) DEFERRABLE INITIALLY DEFERRED,
    response              TEXT NOT NULL DEFAULT '',
    new_territory         INTEGER NOT NULL DEFAULT 0,
    credible_opportunity  INTEGER NOT NULL DEFAULT 0,
    informed_by_knowledge INTEGER NOT NULL DEFAULT 0,
    small_as_possible     INTEGER NOT NULL DEFAULT 0,
    learned_from          INTEGER NOT NULL DEFAULT 0,
    logged_by_id          INTEGER NOT NULL REFERENCES people (id),
    CONSTRAINT "kind must be basic, complex or intelligent" CHECK (kind IN ('basic', 'complex', 'intelligent')),
    CONSTRAINT "the five intelligent-failure answers must be yes or no"
        CHECK (new_territory IN (0, 1) AND credible_opportunity IN (0, 1) AND informed_by_knowledge IN (0, 1)
               AND small_as_possible IN (0, 1) AND learned_from IN (0, 1)),
    CONSTRAINT "setback date must be written YYYY-MM-DD" CHECK (date(occurred_on) IS occurred_on)
);

CREATE TABLE lessons (
    id                 INTEGER PRIMARY KEY,
    innovation_id      INTEGER NOT NULL REFERENCES innovations (id),
    setback_id         INTEGER REFERENCES setbacks (id),
    source             TEXT NOT NULL,
    what_happened      TEXT NOT NULL,
    effect             TEXT NOT NULL DEFAULT '',
    cause              TEXT NOT NULL DEFAULT '',
    early_warnings     TEXT NOT NULL DEFAULT '',
    recommendation     TEXT NOT NULL DEFAULT '',
    identified_as_risk INTEGER NOT NULL DEFAULT 0,
    recorded_by_id     INTEGER NOT NULL REFERENCES people (id),
    recorded_on        TEXT NOT NULL,
    CONSTRAINT "source must be setback, success or other" CHECK (source IN ('setback', 'success', 'other')),
    CONSTRAINT "identified as risk must be yes or no" CHECK (identified_as_risk IN (0, 1)),
    CONSTRAINT "lesson date must be written YYYY-MM-DD" CHECK (date(recorded_on) IS recorded_on)
);

CREATE TABLE lesson_tags (
    lesson_id INTEGER NOT NULL REFERENCES lessons (id),
    tag       TEXT NOT NULL COLLATE NOCASE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (lesson_id, tag),
    CONSTRAINT "a tag cannot be empty" CHECK (length(tag) > 0)
);

CREATE TABLE reviews (
    id        INTEGER PRIMARY KEY,
    held_on   TEXT NOT NULL,
    chair_id  INTEGER NOT NULL REFERENCES people (id),
    closed_on TEXT,
    CONSTRAINT "review dates must be written YYYY-MM-DD"
        CHECK (date(held_on) IS held_on AND (closed_on IS NULL OR date(closed_on) IS closed_on))
);

CREATE TABLE review_entries (
    review_id     INTEGER NOT NULL REFERENCES reviews (id),
    innovation_id INTEGER NOT NULL REFERENCES innovations (id),
    confidence    TEXT NOT NULL,
    comment       TEXT NOT NULL DEFAULT '',
    decision      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, innovation_id),
    CONSTRAINT "confidence must be green, amber-green, amber, amber-red or red"
        CHECK (confidence IN ('green', 'amber-green', 'amber', 'amber-red', 'red'))
);

CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor_id  INTEGER NOT NULL REFERENCES people (id),
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    CONSTRAINT "audit time must be written YYYY-MM-DDTHH:MM:SSZ"
        CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);

-- The audit trail is evidence: once written it is never changed or removed.
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
)sql";

}  // namespace

void createInitialSchema(SQLite::Database& db) {
    db.exec(kTables);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

}  // namespace innotrack::storage::detail
