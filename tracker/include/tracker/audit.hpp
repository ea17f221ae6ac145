// The audit trail: who changed what, when, from which value to which.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace innotrack {

struct AuditEntry {
    Id id = 0;
    Timestamp at;
    Id actorId = 0;
    std::string entity;  // "innovation", "milestone", … (the keys of entityNames())
    Id entityId = 0;
    std::string action;  // "added", "changed", "completed", "moved", "closed", …
    std::string field;   // empty for whole-record actions
    std::string oldValue;
    std::string newValue;
    // The login that made the change, as the backend vouches for it: on a shared portfolio the
    // server stamps it (and the time) itself; "" where nobody vouched (a file).
    std::string login;
};

struct AuditFilter {
    std::optional<std::string> entity;
    OptionalId entityId;
    OptionalId actorId;
    std::size_t limit = 0;  // 0: no limit; newest first when limited
};

// A record's fields as the audit trail shows them, in a stable order.
using FieldValues = std::vector<std::pair<std::string, std::string>>;

}  // namespace innotrack
