// main() for the test programs that run once per backend: Catch2's own options, plus
// --backend NAME (see backend_under_test.hpp).
#define CATCH_CONFIG_RUNNER
#include "backend_under_test.hpp"

#include <catch2/catch.hpp>

#include <iostream>

int main(int argc, char* argv[]) {
    Catch::Session session;
    std::string backend = innotrack::testing::backendsUnderTest().front().name;
    std::string names;
    for (const auto& each : innotrack::testing::backendsUnderTest())
        names += "\n  " + each.name + ": " + each.description;
    using Catch::clara::Opt;
    session.cli(session.cli() | Opt(backend, "name")["--backend"]("the backend to run on:" + names));
    if (const int status = session.applyCommandLine(argc, argv); status != 0) return status;
    try {
        innotrack::testing::selectBackendUnderTest(backend);
    } catch (const std::invalid_argument& unknown) {
        std::cerr << unknown.what() << '\n';
        return 2;
    }
    return session.run();
}
