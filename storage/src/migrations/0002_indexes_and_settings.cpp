// Schema 2: the indexes the lists and reports need at 100,000 innovations, and the portfolio's
// settings with the default risk bands (DOMAIN.md: 1–4 Low, 5–9 Moderate, 10–14 High, 15+ Critical).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kIndexesAndSettings = R"sql(
CREATE INDEX innovations_by_priority ON innovations (priority);
CREATE INDEX innovations_by_stage ON innovations (stage);
CREATE INDEX innovations_by_ambition ON innovations (ambition_id);
CREATE INDEX innovations_by_cabinet_lead ON innovations (cabinet_lead_id);
CREATE INDEX innovations_by_lead_officer ON innovations (lead_officer_id);

CREATE INDEX stage_changes_by_innovation ON stage_changes (innovation_id, changed_on);
CREATE INDEX stage_changes_by_date ON stage_changes (changed_on);
CREATE INDEX stage_changes_by_actor ON stage_changes (actor_id);

CREATE INDEX milestones_by_innovation ON milestones (innovation_id, due);
CREATE INDEX milestones_by_due ON milestones (due);
CREATE INDEX milestones_by_completion ON milestones (completed_on);
CREATE INDEX milestone_moves_by_milestone ON milestone_moves (milestone_id);
CREATE INDEX milestone_moves_by_actor ON milestone_moves (actor_id);

CREATE INDEX benefits_by_innovation ON benefits (innovation_id);
CREATE INDEX benefits_by_realisation ON benefits (realised_on);

CREATE INDEX risks_by_innovation ON risks (innovation_id);
CREATE INDEX risks_by_raised_date ON risks (raised_on);
CREATE INDEX risks_by_owner ON risks (owner_id);
CREATE INDEX risks_by_setback ON risks (setback_id);

CREATE INDEX setbacks_by_innovation ON setbacks (innovation_id, occurred_on);
CREATE INDEX setbacks_by_date ON setbacks (occurred_on);
CREATE INDEX setbacks_by_risk ON setbacks (risk_id);
CREATE INDEX setbacks_by_logger ON setbacks (logged_by_id);

CREATE INDEX lessons_by_innovation ON lessons (innovation_id);
CREATE INDEX lessons_by_setback ON lessons (setback_id);
CREATE INDEX lessons_by_recorder ON lessons (recorded_by_id);
CREATE INDEX lesson_tags_by_tag ON lesson_tags (tag);

CREATE INDEX reviews_by_date ON reviews (held_on);
CREATE INDEX reviews_by_chair ON reviews (chair_id);
CREATE INDEX review_entries_by_innovation ON review_entries (innovation_id);

CREATE INDEX audit_by_record ON audit (entity, entity_id);
CREATE INDEX audit_by_actor ON audit (actor_id);

-- One row per setting; values are integers or text as each setting needs.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value NOT NULL
);
INSERT INTO settings (key, value) VALUES
    ('risk_bands.moderate_from', 5),
    ('risk_bands.high_from', 10),
    ('risk_bands.critical_from', 15);
)sql";

}  // namespace

void addIndexesAndSettings(SQLite::Database& db) {
    db.exec(kIndexesAndSettings);
}

}  // namespace innotrack::storage::detail
