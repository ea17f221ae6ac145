// Schema 13 on a server, beside the file's storage/src/migrations/0013_wellbeing.cpp: the
// well-being goals and ways of working of ambitions and innovations, each set as its keys. The
// tables' grants and row policies already cover new columns.
#pragma once

namespace innotrack::storage_pg {

inline constexpr const char* kWellbeing = R"sql(
ALTER TABLE ambitions ADD COLUMN wellbeing_goals portfolio_text NOT NULL DEFAULT '';
ALTER TABLE ambitions ADD COLUMN ways_of_working portfolio_text NOT NULL DEFAULT '';
ALTER TABLE innovations ADD COLUMN wellbeing_goals portfolio_text NOT NULL DEFAULT '';
ALTER TABLE innovations ADD COLUMN ways_of_working portfolio_text NOT NULL DEFAULT '';
)sql";

}  // namespace innotrack::storage_pg
