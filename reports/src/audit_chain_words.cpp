// The audit chain's head in words and in JSON; see audit_chain_words.hpp.
#include "audit_chain_words.hpp"

namespace innotrack::reports {

std::string auditChainLine(const std::optional<AuditChainHead>& chain) {
    if (!chain) return "";
    if (chain->entries == 0) return "Audit trail: no entries yet.";
    const std::string count = std::to_string(chain->entries);
    return "Audit trail: " + count + (chain->entries == 1 ? " entry" : " entries") + ", head " + chain->shortHash() +
           ". To check later that the record behind this paper has not been rewritten: innotrack audit verify "
           "--head " + chain->shortHash() + " --count " + count;
}

nlohmann::json auditChainJson(const std::optional<AuditChainHead>& chain) {
    if (!chain) return nullptr;
    return {{"entries", chain->entries}, {"head", chain->shortHash()}};
}

}  // namespace innotrack::reports
