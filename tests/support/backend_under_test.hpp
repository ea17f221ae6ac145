// The backend a test program runs on, chosen on its command line (--backend NAME), so that the
// contract suite and the tracker and reports tests run the same cases once per backend. Tests
// reach storage only through here: a fresh, empty portfolio on the chosen backend.
#pragma once

#include "files.hpp"
#include "tracker/backend.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace innotrack::testing {

// An empty portfolio on the backend under test, and whatever it lives in (a temporary folder for
// a file), removed when the test portfolio goes.
class TestPortfolio {
public:
    TestPortfolio();
    ~TestPortfolio();
    TestPortfolio(TestPortfolio&&) noexcept;
    TestPortfolio& operator=(TestPortfolio&&) noexcept;

    PortfolioBackend& backend() { return *backend_; }
    const PortfolioBackend& backend() const { return *backend_; }
    PortfolioStore& store() { return backend_->store(); }
    const PortfolioStore& store() const { return backend_->store(); }

    // Whether others can reach this portfolio by its location (a file, a server; not memory).
    bool reachable() const;
    // The location string another program (the command line) opens it by. Fails the test when
    // the backend has none.
    std::string location() const;
    // A second, independent connection to the same portfolio, as another desk would have.
    std::unique_ptr<PortfolioBackend> connectAgain(OpenPurpose purpose = OpenPurpose::Write) const;

private:
    std::unique_ptr<TemporaryFolder> folder_;
    std::unique_ptr<PortfolioBackend> backend_;
};

struct EmptyPlace {
    std::string location;
    std::shared_ptr<void> held;  // what keeps the place there (a database), if anything
};

// One backend the tests can run on.
struct BackendUnderTest {
    std::string name;         // as given to --backend
    std::string description;  // for the test program's --help
    bool reachable = false;   // opened again by location (see TestPortfolio::reachable)
    // Makes a fresh, empty portfolio. `folder` is a fresh temporary folder it may use.
    std::function<std::unique_ptr<PortfolioBackend>(const TemporaryFolder& folder)> create;
    // Where nothing is yet, for a program to `init` or `demo` in (reachable backends only).
    std::function<EmptyPlace(const TemporaryFolder& folder)> emptyPlace;
};

// A place on the backend under test where nothing is yet, for the command line to create a
// portfolio in: a file path in `folder`, or a new, empty database, dropped when the place goes.
// Fails the test on a backend that cannot be reached by a location.
EmptyPlace emptyPlace(const TemporaryFolder& folder);

// Every backend a test program may be run on; a test program adds its own (the contract suite's
// deliberately broken ones) with addBackendUnderTest before main() selects one.
std::vector<BackendUnderTest>& backendsUnderTest();
void addBackendUnderTest(BackendUnderTest backend);

// Chooses the backend by name; throws std::invalid_argument naming the known ones.
void selectBackendUnderTest(const std::string& name);
const BackendUnderTest& backendUnderTest();

}  // namespace innotrack::testing
