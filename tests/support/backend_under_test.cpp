// The backends the tests run on; see backend_under_test.hpp.
#include "backend_under_test.hpp"

#include "backends/location_opener.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace innotrack::testing {

namespace fs = std::filesystem;

namespace {

const backends::LocationOpener& opener() {
    static const backends::LocationOpener instance;
    return instance;
}

std::vector<BackendUnderTest> standardBackends() {
    return {
        {"sqlite-file", "a portfolio file (SQLite) in a temporary folder", true,
         [](const TemporaryFolder& folder) {
             return opener().open(folder.file("portfolio.db"), OpenPurpose::Create);
         }},
        {"sqlite-memory", "a portfolio file's backend kept in memory (SQLite :memory:)", false,
         [](const TemporaryFolder&) { return opener().openScratch(); }},
    };
}

const BackendUnderTest* selected = nullptr;

}  // namespace

std::vector<BackendUnderTest>& backendsUnderTest() {
    static std::vector<BackendUnderTest> all = standardBackends();
    return all;
}

void addBackendUnderTest(BackendUnderTest backend) {
    selected = nullptr;  // the vector may move
    backendsUnderTest().push_back(std::move(backend));
}

void selectBackendUnderTest(const std::string& name) {
    std::string known;
    for (const BackendUnderTest& each : backendsUnderTest()) {
        if (each.name == name) {
            selected = &each;
            return;
        }
        known += (known.empty() ? "" : ", ") + each.name;
    }
    throw std::invalid_argument("unknown backend '" + name + "' (known: " + known + ")");
}

const BackendUnderTest& backendUnderTest() {
    if (selected == nullptr) selectBackendUnderTest(backendsUnderTest().front().name);
    return *selected;
}

TestPortfolio::TestPortfolio()
    : folder_(std::make_unique<TemporaryFolder>()), backend_(backendUnderTest().create(*folder_)) {}

TestPortfolio::~TestPortfolio() {
    backend_.reset();  // closed before its folder goes
}

TestPortfolio::TestPortfolio(TestPortfolio&&) noexcept = default;
TestPortfolio& TestPortfolio::operator=(TestPortfolio&&) noexcept = default;

bool TestPortfolio::reachable() const { return backendUnderTest().reachable; }

std::string TestPortfolio::location() const {
    if (!reachable()) FAIL("the " << backendUnderTest().name << " backend cannot be reached by a location");
    return backend_->location();
}

std::unique_ptr<PortfolioBackend> TestPortfolio::connectAgain(OpenPurpose purpose) const {
    return opener().open(location(), purpose);
}

}  // namespace innotrack::testing
