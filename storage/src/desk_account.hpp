// The operating-system account and computer this program runs under, which a file records with
// every change (DOMAIN.md "Shared portfolios and who is acting").
#pragma once

#include "tracker/audit.hpp"

namespace innotrack::storage::detail {

// Looked up once: the effective user's name (or its number, when it has none) and the host name.
const DeskAccount& thisComputersAccount();

}  // namespace innotrack::storage::detail
