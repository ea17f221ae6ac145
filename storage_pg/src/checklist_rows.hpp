// A checklist answer as the server holds it: read by the store (checklist.cpp) and by the
// checklist's queries (checklist_queries.cpp).
#pragma once

#include "session.hpp"

#include "tracker/checklist.hpp"

namespace innotrack::storage_pg {

inline constexpr const char* kChecklistAnswerColumns = "id, question_key, answer, evidence, answered_by_id, answered_on";

ChecklistAnswer readChecklistAnswer(const pq::Row& row);

}  // namespace innotrack::storage_pg
