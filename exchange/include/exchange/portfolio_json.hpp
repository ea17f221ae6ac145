// The whole portfolio as one versioned JSON document (docs/PORTFOLIO_JSON.md): every record,
// link, setting and audit entry with its id, so a restore into an empty file reproduces it exactly.
#pragma once

#include "tracker/store.hpp"

#include <cstddef>
#include <istream>
#include <ostream>

namespace innotrack::exchange {

// The version written in the document's "format" field; a restore refuses a newer one.
// 2 added people's logins; a version 1 document is read as people without one. 3 added each audit
// entry's account, computer and hash; a restore of an older document chains its trail afresh.
// 4 added ideas, their scores and the ideas' gate, engagements, and each innovation's public flag
// and public description; an older document has no ideas (and the default gate), no engagements,
// and its innovations are not public. 5 added decisions, the key decision threshold and the
// nation; an older document has no decisions, the default threshold and England. 6 added the
// well-being goals and ways of working of ambitions and innovations; an older document has none.
inline constexpr int kPortfolioJsonVersion = 6;

// Writes the whole portfolio, read in one consistent snapshot.
void writePortfolioJson(const PortfolioStore& store, std::ostream& out);

struct RestoreSummary {
    std::size_t records = 0;       // everything but the audit trail
    std::size_t auditEntries = 0;
};

// Restores a document written by writePortfolioJson into `store`, which must hold nothing yet,
// in one transaction: on any problem it throws (ValidationError naming the record and field)
// and the file is left as it was. A document that carries its audit trail's hashes (version 3)
// must carry an intact chain, and the restored trail must work out to the very same hashes: an
// audit trail edited in the document is refused, naming the first entry that does not match.
RestoreSummary restorePortfolioJson(std::istream& in, PortfolioStore& store);

}  // namespace innotrack::exchange
