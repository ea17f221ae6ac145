// "New since the last review"; see new_since.hpp.
#include "tracker/new_since.hpp"

namespace innotrack {

bool recordedSince(const PortfolioStore& store, std::string_view entity, Id id,
                   const std::optional<BoardReview>& lastClosed) {
    AuditFilter filter;
    filter.entity = std::string(entity);
    filter.entityId = id;
    for (const AuditEntry& entry : store.listAudit(filter))
        if (entry.action == kAddedAction) return entry.id > newAfterEntry(lastClosed);
    return false;
}

}  // namespace innotrack
