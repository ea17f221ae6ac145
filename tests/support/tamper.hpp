// Tampering with a portfolio as somebody with a raw SQL tool could: the audit trail's append-only
// guard lifted first (a file's triggers dropped; a server's disabled by its administrator), so
// the tests can show that the audit chain still catches what was done.
#pragma once

#include <string>

namespace innotrack::testing {

// Runs `sql` on the portfolio at `location` (a file path or a test database's postgresql:///
// address) with nothing guarding the audit trail; throws std::runtime_error if it fails.
void tamperWithAuditTrail(const std::string& location, const std::string& sql);

// Runs `sql` on the portfolio at `location` as a raw SQL tool would, every guard left in place: a
// hand-made portfolio, such as one whose records contradict each other.
void editWithRawSql(const std::string& location, const std::string& sql);

}  // namespace innotrack::testing
