// The innotrack program: opens portfolios with every backend this build has (the backends
// library chooses one from the location) and runs one command line.
#include "cli/run.hpp"

#include "backends/location_opener.hpp"

#include <iostream>

int main(int argc, char** argv) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    const innotrack::backends::LocationOpener opener;
    const int status =
        innotrack::cli::run(arguments, std::cout, std::cerr, innotrack::cli::systemEnvironment(), opener);
    std::cout.flush();
    return status;
}
