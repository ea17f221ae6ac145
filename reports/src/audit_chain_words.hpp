// The audit chain's head as a paper prints it (DOMAIN.md "Trust: the audit chain"): the board
// report and the tally carry it in every format but CSV, which is data.
#pragma once

#include "tracker/audit_chain.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace innotrack::reports {

// "Audit trail: 493 entries, head 3f9a0c1d2e4b. To check later that the record behind this paper
// has not been rewritten: innotrack audit verify --head 3f9a0c1d2e4b --count 493". "" for none.
std::string auditChainLine(const std::optional<AuditChainHead>& chain);

// {"entries": 493, "head": "3f9a0c1d2e4b"}, or null when the report was made without one.
nlohmann::json auditChainJson(const std::optional<AuditChainHead>& chain);

}  // namespace innotrack::reports
