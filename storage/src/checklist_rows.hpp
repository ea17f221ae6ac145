// How a checklist answer is read from its table, shared by the store's list and the checklist queries.
#pragma once

#include "tracker/checklist.hpp"

#include <SQLiteCpp/Statement.h>

namespace innotrack::storage::detail {

inline constexpr const char* kSelectChecklistAnswer =
    "SELECT id, question_key, answer, evidence, answered_by_id, answered_on FROM checklist_answers";

ChecklistAnswer readChecklistAnswer(const SQLite::Statement& row);

}  // namespace innotrack::storage::detail
