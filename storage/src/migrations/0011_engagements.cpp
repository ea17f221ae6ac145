// Schema 11: engagements (DOMAIN.md "Taking people with you"), and an innovation's place in the
// residents' public summary: whether it is shown there, and its description written for residents.
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kEngagements = R"sql(
CREATE TABLE engagements (
    id            INTEGER PRIMARY KEY,
    innovation_id INTEGER NOT NULL REFERENCES innovations (id),
    held_on       TEXT NOT NULL,
    audience      TEXT NOT NULL,
    form          TEXT NOT NULL,
    led_by_id     INTEGER NOT NULL REFERENCES people (id),
    participants  INTEGER,
    stance        TEXT NOT NULL,
    concerns      TEXT NOT NULL DEFAULT '',
    response      TEXT NOT NULL DEFAULT '',
    CONSTRAINT "engagement date must be written YYYY-MM-DD" CHECK (date(held_on) IS held_on),
    CONSTRAINT "audience must be cabinet, ruling-group, all-members, scrutiny, staff, trade-unions, residents or partners"
        CHECK (audience IN ('cabinet', 'ruling-group', 'all-members', 'scrutiny', 'staff', 'trade-unions',
                            'residents', 'partners')),
    CONSTRAINT "form must be briefing, workshop, consultation, newsletter or public-meeting"
        CHECK (form IN ('briefing', 'workshop', 'consultation', 'newsletter', 'public-meeting')),
    CONSTRAINT "stance must be support, mixed or opposed" CHECK (stance IN ('support', 'mixed', 'opposed')),
    CONSTRAINT "how many took part cannot be negative" CHECK (participants IS NULL OR participants >= 0)
);
-- An innovation's engagements by date: its page, the board paper and the checklist's measures.
CREATE INDEX engagements_by_innovation ON engagements (innovation_id, held_on, id);
CREATE INDEX engagements_by_leader ON engagements (led_by_id);

ALTER TABLE innovations ADD COLUMN is_public INTEGER NOT NULL DEFAULT 0
    CONSTRAINT "public must be 0 or 1" CHECK (is_public IN (0, 1));
ALTER TABLE innovations ADD COLUMN public_description TEXT NOT NULL DEFAULT '';
)sql";

}  // namespace

void addEngagements(SQLite::Database& db) { db.exec(kEngagements); }

}  // namespace innotrack::storage::detail
