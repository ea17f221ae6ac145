// Schema 13: the well-being goals and ways of working (DOMAIN.md "Well-being goals (Wales)") an
// ambition or an innovation is tagged with, each set as its keys in the scale's order
// ("prosperous,resilient"; tracker/wellbeing.hpp), empty for none and in an English portfolio.
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kWellbeing = R"sql(
ALTER TABLE ambitions ADD COLUMN wellbeing_goals TEXT NOT NULL DEFAULT '';
ALTER TABLE ambitions ADD COLUMN ways_of_working TEXT NOT NULL DEFAULT '';
ALTER TABLE innovations ADD COLUMN wellbeing_goals TEXT NOT NULL DEFAULT '';
ALTER TABLE innovations ADD COLUMN ways_of_working TEXT NOT NULL DEFAULT '';
)sql";

}  // namespace

void addWellbeing(SQLite::Database& db) { db.exec(kWellbeing); }

}  // namespace innotrack::storage::detail
