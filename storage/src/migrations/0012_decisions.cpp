// Schema 12: decisions on innovations (DOMAIN.md "Key decisions and the Forward Plan (England)"):
// the matter and its decision maker, the notice, the route a short notice takes and the decision
// record. The key decision threshold and the nation are settings, read with their defaults.
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kDecisions = R"sql(
CREATE TABLE decisions (
    id                        INTEGER PRIMARY KEY,
    innovation_id             INTEGER NOT NULL REFERENCES innovations (id),
    matter                    TEXT NOT NULL,
    maker_id                  INTEGER REFERENCES people (id),
    maker_body                TEXT NOT NULL DEFAULT '',
    maker_members             TEXT NOT NULL DEFAULT '',
    planned_on                TEXT NOT NULL,
    amount_pence              INTEGER NOT NULL DEFAULT 0,
    affects_two_or_more_wards INTEGER NOT NULL DEFAULT 0,
    notice_on                 TEXT,
    documents                 TEXT NOT NULL DEFAULT '',
    documents_from            TEXT NOT NULL DEFAULT '',
    route                     TEXT NOT NULL DEFAULT 'none',
    scrutiny_chair            TEXT NOT NULL DEFAULT '',
    chair_on                  TEXT,
    urgency_reason            TEXT NOT NULL DEFAULT '',
    review_id                 INTEGER REFERENCES reviews (id),
    made_on                   TEXT,
    decision                  TEXT NOT NULL DEFAULT '',
    reasons                   TEXT NOT NULL DEFAULT '',
    alternatives_rejected     TEXT NOT NULL DEFAULT '',
    conflicts_declared        TEXT NOT NULL DEFAULT '',
    dispensation              TEXT NOT NULL DEFAULT '',
    CONSTRAINT "a decision's dates must be written YYYY-MM-DD"
        CHECK (date(planned_on) IS planned_on AND (notice_on IS NULL OR date(notice_on) IS notice_on)
               AND (chair_on IS NULL OR date(chair_on) IS chair_on) AND (made_on IS NULL OR date(made_on) IS made_on)),
    CONSTRAINT "spending or savings cannot be negative" CHECK (amount_pence >= 0),
    CONSTRAINT "two or more wards must be 0 or 1" CHECK (affects_two_or_more_wards IN (0, 1)),
    CONSTRAINT "short notice must be none, general-exception or special-urgency"
        CHECK (route IN ('none', 'general-exception', 'special-urgency')),
    CONSTRAINT "a decision has one decision maker: a person or a body"
        CHECK ((maker_id IS NULL) <> (maker_body = ''))
);
-- The Forward Plan reads decisions by the day they are to be made; an innovation's page its own.
CREATE INDEX decisions_by_day ON decisions (planned_on, id);
CREATE INDEX decisions_by_innovation ON decisions (innovation_id, planned_on, id);
CREATE INDEX decisions_by_maker ON decisions (maker_id);
CREATE INDEX decisions_by_review ON decisions (review_id);
)sql";

}  // namespace

void addDecisions(SQLite::Database& db) { db.exec(kDecisions); }

}  // namespace innotrack::storage::detail
