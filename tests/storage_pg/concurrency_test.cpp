// Eight desks writing to one shared portfolio at once, each through its own connection: every
// change lands exactly once and is audited, and nobody is told the portfolio is "locked".
#include "backends/location_opener.hpp"
#include "files.hpp"
#include "process.hpp"
#include "records.hpp"
#include "test_server.hpp"
#include "tracker/portfolio.hpp"

#include <catch2/catch.hpp>

#include <map>

namespace innotrack::testing {
namespace {

constexpr int kDesks = 8;
constexpr int kChangesEach = 250;

TEST_CASE("eight desks adding 250 milestones each at once: every one lands once, audited", "[server][concurrency]") {
    const TestDatabase database;
    Id officer = 0, innovation = 0;
    {
        const auto backend = backends::LocationOpener().open(database.location(), OpenPurpose::Write);
        const FixedClock clock(Date(2026, 3, 2));
        Portfolio portfolio(backend->store(), clock);
        const Person leader = portfolio.initialise(samplePerson("Cllr Ann Leader", Role::Leader));
        officer = portfolio.addPerson(leader.id, samplePerson("Olly Officer", Role::Officer)).id;
        Innovation shared;
        shared.title = "Virtual wards";
        shared.leadOfficerId = officer;
        innovation = portfolio.addInnovation(leader.id, shared).id;
    }

    TemporaryFolder scratch;
    std::vector<Started> desks;
    for (int desk = 1; desk <= kDesks; ++desk)
        desks.push_back(startProgram(INNOTRACK_CONCURRENT_WRITER,
                                     {database.location(), std::to_string(officer), std::to_string(innovation),
                                      std::to_string(kChangesEach), "desk" + std::to_string(desk)},
                                     {}, scratch.path()));
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
}

}  // namespace
}  // namespace innotrack::testing
