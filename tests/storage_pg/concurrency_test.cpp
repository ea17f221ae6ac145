// Eight desks writing to one shared portfolio at once, each through its own connection: every
// change lands exactly once and is audited, and nobody is told the portfolio is "locked".
#include "backends/location_opener.hpp"
#include "files.hpp"
#include "process.hpp"
#include "records.hpp"
#include "test_server.hpp"
#include "tracker/portfolio.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <thread>

namespace innotrack::testing {
namespace {

constexpr int kDesks = 8;
constexpr int kChangesEach = 250;

struct SharedInnovation {
    Id officer = 0;
    Id innovation = 0;
};

SharedInnovation seedShared(const TestDatabase& database) {
    SharedInnovation ids;
    const auto backend = backends::LocationOpener().open(database.location(), OpenPurpose::Write);
    const FixedClock clock(Date(2026, 3, 2));
    Portfolio portfolio(backend->store(), clock);
    const Person leader = portfolio.initialise(samplePerson("Cllr Ann Leader", Role::Leader));
    ids.officer = portfolio.addPerson(leader.id, samplePerson("Olly Officer", Role::Officer)).id;
    Innovation shared;
    shared.title = "Virtual wards";
    shared.leadOfficerId = ids.officer;
    ids.innovation = portfolio.addInnovation(leader.id, shared).id;
    return ids;
}

// Each desk in a folder of its own, where its output goes.
std::vector<Started> startDesks(const TestDatabase& database, const SharedInnovation& ids, const TemporaryFolder& scratch) {
    std::vector<Started> desks;
    for (int desk = 1; desk <= kDesks; ++desk) {
        const std::string name = "desk" + std::to_string(desk);
        std::filesystem::create_directories(scratch.path() / name);
        desks.push_back(startProgram(INNOTRACK_CONCURRENT_WRITER,
                                     {database.location(), std::to_string(ids.officer), std::to_string(ids.innovation),
                                      std::to_string(kChangesEach), name},
                                     {}, scratch.path() / name));
    }
    return desks;
}

TEST_CASE("a server restarted while eight desks write: every committed change is whole, each desk told in one line",
          "[server][concurrency][restart]") {
    // pg_virtualenv names its cluster "regress" and says its version in PGVERSION.
    const char* version = std::getenv("PGVERSION");
    REQUIRE(version != nullptr);
    const TestDatabase database;
    const SharedInnovation ids = seedShared(database);
    TemporaryFolder scratch;
    std::vector<Started> desks = startDesks(database, ids, scratch);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    TemporaryFolder restartOutput;
    const RunResult restart = runProgram("/usr/bin/pg_ctlcluster", {version, "regress", "restart", "-m", "fast"}, {},
                                         restartOutput.path());
    INFO("pg_ctlcluster said: " << restart.out << restart.err);
    REQUIRE(restart.exitCode == 0);
    int told = 0;
    for (const Started& desk : desks) {
        const Ended ended = waitFor(desk.pid);
        const std::string said = readFile(desk.err);
        INFO(said);
        CHECK(ended.exited);
        if (ended.exitCode != 0) {
            ++told;
            CHECK(std::count(said.begin(), said.end(), '\n') == 1);
            CHECK_THAT(said, Catch::Contains("could not be reached"));
        }
    }
    CHECK(told > 0);  // the restart did land in the middle of the run

    // Each desk's changes that were committed are there whole: a run of its first k milestones,
    // each with its audit entry, and nothing else.
    const auto backend = backends::LocationOpener().open(database.location(), OpenPurpose::Read);
    const std::vector<Milestone> milestones = backend->store().listMilestones(ids.innovation);
    std::map<std::string, std::vector<int>> byDesk;
    for (const Milestone& milestone : milestones) {
        const auto space = milestone.title.find(' ');
        byDesk[milestone.title.substr(0, space)].push_back(std::stoi(milestone.title.substr(space + 1)));
    }
    for (auto& [desk, numbers] : byDesk) {
        INFO(desk);
        std::sort(numbers.begin(), numbers.end());
        for (std::size_t at = 0; at < numbers.size(); ++at) CHECK(numbers[at] == static_cast<int>(at) + 1);
    }
    AuditFilter added;
    added.entity = "milestone";
    std::size_t audited = 0;
    for (const AuditEntry& entry : backend->store().listAudit(added))
        if (entry.action == "added") ++audited;
    CHECK(audited == milestones.size());
    // The connections cut mid-change left no broken link in the audit chain.
    CHECK(verifyChain(backend->store().portfolioKey(), backend->store().listAudit({})).intact());
}

TEST_CASE("eight desks adding 250 milestones each at once: every one lands once, audited", "[server][concurrency]") {
    const TestDatabase database;
    const SharedInnovation ids = seedShared(database);
    const Id officer = ids.officer, innovation = ids.innovation;
    TemporaryFolder scratch;
    const std::vector<Started> desks = startDesks(database, ids, scratch);
    for (const Started& desk : desks) {
        const Ended ended = waitFor(desk.pid);
        INFO(readFile(desk.err));
        CHECK(ended.exited);
        CHECK(ended.exitCode == 0);
    }

    const auto backend = backends::LocationOpener().open(database.location(), OpenPurpose::Read);
    std::map<std::string, int> landed;
    for (const Milestone& milestone : backend->store().listMilestones(innovation)) ++landed[milestone.title];
    CHECK(landed.size() == static_cast<std::size_t>(kDesks * kChangesEach));
    for (const auto& [title, times] : landed) {
        INFO(title);
        CHECK(times == 1);
    }
    AuditFilter added;
    added.entity = "milestone";
    int audited = 0;
    for (const AuditEntry& entry : backend->store().listAudit(added))
        if (entry.action == "added" && entry.actorId == officer) ++audited;
    CHECK(audited == kDesks * kChangesEach);
    // Eight desks extended the audit chain at once, one at a time: every link holds.
    const auto trail = backend->store().listAudit({});
    const ChainVerdict chain = verifyChain(backend->store().portfolioKey(), trail);
    INFO((chain.firstBreak ? describeBreak(*chain.firstBreak) : std::string()));
    CHECK(chain.intact());
    CHECK(chain.head.entries >= static_cast<std::size_t>(kDesks * kChangesEach));
}

}  // namespace
}  // namespace innotrack::testing
