// Schema 3: covering indexes for the risk-versus-success tally, so that at 100,000 innovations each
// of its counts reads one index range and never the tables (measured in docs/REPORTS.md).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

// Each index starts with the column the tally ranges over (a date, or a risk's status), then
// holds every other column its statement reads, so SQLite answers from the index alone.
constexpr const char* kTallyIndexes = R"sql(
CREATE INDEX milestones_for_tally ON milestones (completed_on, baseline_due, innovation_id);
CREATE INDEX benefits_for_tally ON benefits (realised_on, innovation_id);
CREATE INDEX stage_changes_for_tally ON stage_changes (changed_on, from_stage, to_stage, innovation_id);
CREATE INDEX setbacks_for_tally ON setbacks (occurred_on, kind, innovation_id);
-- Risks raised in a period, with what decides Critical and their status now.
CREATE INDEX risks_raised_for_tally ON risks (raised_on, status, innovation_id, inherent_likelihood,
    inherent_impact, residual_likelihood, residual_impact);
-- Risks open on a day: those open now, and those closed (or occurred) after that day.
CREATE INDEX risks_open_for_tally ON risks (status, raised_on, innovation_id, inherent_likelihood,
    inherent_impact, residual_likelihood, residual_impact);
CREATE INDEX risks_closed_for_tally ON risks (closed_on, raised_on, status, innovation_id, inherent_likelihood,
    inherent_impact, residual_likelihood, residual_impact);
-- Each of these is a leading part of an index above, which serves every query it served.
DROP INDEX milestones_by_completion;
DROP INDEX benefits_by_realisation;
DROP INDEX stage_changes_by_date;
DROP INDEX setbacks_by_date;
DROP INDEX risks_by_raised_date;
)sql";

}  // namespace

void addTallyIndexes(SQLite::Database& db) { db.exec(kTallyIndexes); }

}  // namespace innotrack::storage::detail
