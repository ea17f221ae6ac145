// See cli_in_process.hpp.
#include "cli_in_process.hpp"

#include "cli/run.hpp"
#include "storage/sqlite_store.hpp"

#include <filesystem>
#include <optional>
#include <sstream>

namespace innotrack::testing {

CliRun runInnotrack(const std::string& db, const std::vector<std::string>& arguments, const std::string& today) {
    std::vector<std::string> line{"--db", db};
    line.insert(line.end(), arguments.begin(), arguments.end());
    std::ostringstream out;
    std::ostringstream err;
    const cli::Environment environment = [&today](const std::string& name) -> std::optional<std::string> {
        if (name == "INNOTRACK_TODAY") return today;
        return std::nullopt;
    };
    const cli::StoreOpener opener = [](const std::filesystem::path& file, cli::Access access) -> std::unique_ptr<PortfolioStore> {
        return storage::SqliteStore::open(file.string(), access == cli::Access::Reads ? storage::OpenMode::ReadOnly
                                                                                     : storage::OpenMode::OpenExisting);
    };
    const int status = cli::run(line, out, err, environment, opener);
    return {status, out.str(), err.str()};
}

}  // namespace innotrack::testing
