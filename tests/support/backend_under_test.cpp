// The backends the tests run on; see backend_under_test.hpp.
#include "backend_under_test.hpp"

#include "backends/location_opener.hpp"
#include "test_server.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace innotrack::testing {

namespace fs = std::filesystem;

namespace {

const backends::LocationOpener& opener() {
    static const backends::LocationOpener instance;
    return instance;
}

// A backend on a throwaway database, which it drops after closing.
class OnTestDatabase final : public PortfolioBackend {
public:
    OnTestDatabase() : backend_(opener().open(database_.location(), OpenPurpose::Write)) {}
    ~OnTestDatabase() override { backend_.reset(); }
    OnTestDatabase(const OnTestDatabase&) = delete;
    OnTestDatabase& operator=(const OnTestDatabase&) = delete;

    PortfolioStore& store() override { return backend_->store(); }
    const TallyQueries& tallyQueries() const override { return backend_->tallyQueries(); }
    const TrendQueries& trendQueries() const override { return backend_->trendQueries(); }
    const BoardQueries& boardQueries() const override { return backend_->boardQueries(); }
    const StageBoardQueries& stageBoardQueries() const override { return backend_->stageBoardQueries(); }
    const ChecklistQueries& checklistQueries() const override { return backend_->checklistQueries(); }
    Changes changedSinceLastLook() override { return backend_->changedSinceLastLook(); }
    bool connected() const override { return backend_->connected(); }
    bool reconnect() override { return backend_->reconnect(); }
    std::optional<ServerLogin> serverLogin() const override { return backend_->serverLogin(); }
    std::optional<DeskAccount> deskAccount() const override { return backend_->deskAccount(); }
    std::string location() const override { return backend_->location(); }
    void backupTo(const std::string& path) const override { backend_->backupTo(path); }

private:
    TestDatabase database_;  // declared first: made before the backend opens it, dropped after
    std::unique_ptr<PortfolioBackend> backend_;
};

std::vector<BackendUnderTest> standardBackends() {
    return {
        {"sqlite-file", "a portfolio file (SQLite) in a temporary folder", true,
         [](const TemporaryFolder& folder) {
             return opener().open(folder.file("portfolio.db"), OpenPurpose::Create);
         },
         [](const TemporaryFolder& folder) { return EmptyPlace{folder.file("portfolio.db"), nullptr}; }},
        {"sqlite-memory", "a portfolio file's backend kept in memory (SQLite :memory:)", false,
         [](const TemporaryFolder&) { return opener().openScratch(); }, nullptr},
        {"postgresql", "a shared portfolio on the PostgreSQL server the environment names (PGHOST, PGPORT, PGUSER)",
         true, [](const TemporaryFolder&) -> std::unique_ptr<PortfolioBackend> { return std::make_unique<OnTestDatabase>(); },
         [](const TemporaryFolder&) {
             auto database = std::make_shared<TestDatabase>(TestDatabase::Holding::Nothing);
             return EmptyPlace{database->location(), database};
         }},
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

EmptyPlace emptyPlace(const TemporaryFolder& folder) {
    const BackendUnderTest& backend = backendUnderTest();
    if (!backend.emptyPlace) FAIL("the " << backend.name << " backend cannot be reached by a location");
    return backend.emptyPlace(folder);
}

std::unique_ptr<PortfolioBackend> TestPortfolio::connectAgain(OpenPurpose purpose) const {
    return opener().open(location(), purpose);
}

}  // namespace innotrack::testing
