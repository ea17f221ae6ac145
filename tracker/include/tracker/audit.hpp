// The audit trail: who changed what, when, from which value to which.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace innotrack {

// The actions "new since the last review" goes by (tracker/new_since.hpp): the entry that adds a
// record, and the one that closes a review.
inline constexpr const char* kAddedAction = "added";
inline constexpr const char* kClosedAction = "closed";

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
    // On a file, the operating-system account and computer that made the change, so that a claim
    // made with --as can be checked; "" on a shared portfolio, where the server vouches instead.
    std::string osUser;
    std::string host;
    // The entry's link in the audit chain (tracker/audit_chain.hpp): 64 lower-case hex digits,
    // worked out by the store as it appends the entry; whatever an entry to append carries is ignored.
    std::string hash;

    bool operator==(const AuditEntry&) const = default;
};

// The operating-system account and computer a program runs under. On a file the audit trail
// records them with every change, and an account that is a person's login vouches for who acts
// (acting.hpp); a shared portfolio's server vouches for its login instead.
struct DeskAccount {
    std::string osUser;
    std::string host;
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
