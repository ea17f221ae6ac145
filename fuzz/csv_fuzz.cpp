// Fuzz target: importing a register from CSV. The first byte chooses the register, the person
// importing and whether it is a dry run; the rest is the file. Whatever the file holds, the import
// returns its problems as values (only PermissionDenied, for a person who may not add to the
// register, is thrown); a refused or dry-run import leaves the portfolio exactly as it was; an
// import that is written changes it. Each input gets a fresh in-memory portfolio.
#include "property.hpp"
#include "seed_portfolio.hpp"

#include "exchange/csv_import.hpp"
#include "exchange/portfolio_json.hpp"
#include "storage/sqlite_store.hpp"
#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

namespace {

using namespace innotrack;
using innotrack::fuzz::require;

// Every record, link and audit entry: equal dumps are equal portfolios.
std::string dump(const PortfolioStore& store) {
    std::ostringstream out;
    exchange::writePortfolioJson(store, out);
    return out.str();
}

void checkProblems(const exchange::ImportResult& result) {
    for (const auto& problem : result.problems) {
        require(!problem.reason.empty(), "a problem says what is wrong");
        require(std::none_of(problem.reason.begin(), problem.reason.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }),
                "a problem is one line of printable text: no new lines or terminal escapes");
        require(utf8Length(problem.reason) != std::string::npos, "a problem is valid UTF-8");
        require(problem.line >= 1, "a problem names a line of the file");
    }
    require(result.problems.size() <= exchange::kMaxListedProblems, "problems beyond the limit are only counted");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto registers = exchange::allRegisters();
    const exchange::Register reg = registers[data[0] % registers.size()];
    const Id actor = 1 + (data[0] / 8) % 4;  // the leader, cabinet member, officer or viewer
    exchange::ImportOptions options;
    options.dryRun = (data[0] & 0x80u) != 0;

    const auto store = storage::SqliteStore::openInMemory();
    const FixedClock clock(fuzz::kFuzzToday);
    Portfolio portfolio(*store, clock);
    fuzz::seedPortfolio(portfolio);
    const std::string before = dump(*store);  // not shared: each new file has its own random key

    std::istringstream csv(std::string(innotrack::fuzz::asText(data + 1, size - 1)));
    exchange::ImportResult result;
    try {
        result = exchange::importRegister(reg, csv, portfolio, actor, options);
    } catch (const PermissionDenied&) {
        require(actor != 1, "the leader may import every register");
        require(dump(*store) == before, "an import refused to the person changes nothing");
        return 0;
    }
    checkProblems(result);
    const bool changed = dump(*store) != before;
    if (!result.ok() || options.dryRun) {
        require(!result.written, "a refused or dry-run import is not written");
        require(!changed, "a refused or dry-run import leaves the portfolio as it was");
    } else if (result.written) {
        require(changed == (result.rows > 0), "a written import with rows changes the portfolio");
    } else {
        require(!changed, "an import that is not written changes nothing");
    }
    return 0;
}
