// Fuzz target: restoring a portfolio from its JSON document into an empty file. A document is
// either restored, and then written out and restored again to the very same document, or refused
// with ValidationError and the file left empty. Any other exception is reported as a crash.
#include "property.hpp"

#include "exchange/portfolio_json.hpp"
#include "storage/sqlite_store.hpp"
#include "tracker/errors.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

namespace {

using namespace innotrack;
using innotrack::fuzz::require;

std::string dump(const PortfolioStore& store) {
    std::ostringstream out;
    exchange::writePortfolioJson(store, out);
    return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto store = storage::SqliteStore::openInMemory();
    // Each new file has its own random key, so "empty" is this file as it was opened.
    const std::string empty = dump(*store);
    std::istringstream document{std::string(innotrack::fuzz::asText(data, size))};
    exchange::RestoreSummary summary;
    try {
        summary = exchange::restorePortfolioJson(document, *store);
    } catch (const ValidationError& error) {
        require(std::string(error.what()).find('\n') == std::string::npos, "a refusal is one line");
        require(dump(*store) == empty, "a refused document leaves the file empty");
        return 0;
    }
    const std::string restored = dump(*store);
    const auto again = storage::SqliteStore::openInMemory();
    std::istringstream written(restored);
    const exchange::RestoreSummary second = exchange::restorePortfolioJson(written, *again);
    require(second.records == summary.records && second.auditEntries == summary.auditEntries,
            "a restored portfolio, written out, restores the same number of records");
    require(dump(*again) == restored, "a restored portfolio, written out and restored again, is the same");
    return 0;
}
