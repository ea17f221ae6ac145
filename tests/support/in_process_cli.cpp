// The in-process command line; see in_process_cli.hpp.
#include "in_process_cli.hpp"

#include "backends/location_opener.hpp"
#include "cli/run.hpp"

#include <sstream>

namespace innotrack::testing {

CliRun runCliInProcess(const std::vector<std::string>& arguments, const std::string& today) {
    std::ostringstream out;
    std::ostringstream err;
    const cli::Environment environment = [today](const std::string& name) -> std::optional<std::string> {
        if (name == "INNOTRACK_TODAY") return today;
        return std::nullopt;
    };
    const backends::LocationOpener opener;
    const int status = cli::run(arguments, out, err, environment, opener);
    return {status, out.str(), err.str()};
}

CliRun runInnotrack(const std::string& location, const std::vector<std::string>& arguments, const std::string& today) {
    std::vector<std::string> line{"--db", location};
    line.insert(line.end(), arguments.begin(), arguments.end());
    return runCliInProcess(line, today);
}

}  // namespace innotrack::testing
