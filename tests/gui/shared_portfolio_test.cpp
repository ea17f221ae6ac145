// The desktop app on a shared portfolio (a PostgreSQL server; scripts/test.sh gives the run one):
// a change made at one desk reaches the app at another through the server's notice, and an app
// signed in as a desk's login acts as that person only.
#include "fixture.hpp"

#include "backends/location_opener.hpp"
#include "gui/app_state.hpp"
#include "gui/innovation_view.hpp"
#include "records.hpp"
#include "test_server.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace innotrack::gui {
namespace {

using innotrack::testing::TestDatabase;

// Polls, a few milliseconds apart, until the connection made again on a worker thread is handed
// over; at most about twenty seconds.
void pollUntilConnected(AppState& desk, double nowSeconds) {
    for (int poll = 0; poll < 2000 && desk.connectionLost(); ++poll) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        desk.pollOutsideChanges(nowSeconds);
    }
}

struct SharedCouncil {
    TestDatabase database;
    Id leader = 0, officer = 0, innovation = 0;
    SharedCouncil() {
        const auto backend = backends::LocationOpener().open(database.location(), OpenPurpose::Write);
        const FixedClock clock(Date(2026, 3, 2));
        Portfolio portfolio(backend->store(), clock);
        leader = portfolio.initialise(innotrack::testing::samplePerson("Cllr Ann Leader", Role::Leader)).id;
        Person olly = innotrack::testing::samplePerson("Olly Officer", Role::Officer);
        olly.login = database.login("olly");
        officer = portfolio.addPerson(leader, olly).id;
        database.givePassword(olly.login);
        Innovation shared;
        shared.title = "Virtual wards";
        shared.leadOfficerId = officer;
        innovation = portfolio.addInnovation(leader, shared).id;
    }
};

// Two desks with the app open on the shared portfolio; the first acts as the leader.
struct TwoDesks {
    SharedCouncil council;
    backends::LocationOpener opener;
    FixedClock clock{Date(2026, 3, 2)};
    AppState here{opener, clock};
    AppState there{opener, clock};
    TwoDesks() {
        REQUIRE(here.openPortfolio(council.database.location()));
        REQUIRE(there.openPortfolio(council.database.location()));
        here.actAs(here.portfolio().person(council.leader));
    }
};

TEST_CASE("a stage moved in the app at one desk appears in the app at another, by the server's notice",
          "[gui][server]") {
    TwoDesks desks;
    const SharedCouncil& council = desks.council;
    AppState& here = desks.here;
    AppState& there = desks.there;
    there.pollOutsideChanges(0.0);
    const auto before = there.generation();
    there.pollOutsideChanges(10.0);
    CHECK(there.generation() == before);  // nothing changed, nothing reloaded

    REQUIRE(here.apply(RecordKind::Innovations, [&](Portfolio& portfolio, Id actor) {
        portfolio.changeStage(actor, council.innovation, Stage::Exploring, "Cabinet agreed to explore");
    }));
    there.pollOutsideChanges(20.0);
    CHECK(there.generation() > before);
    CHECK(there.store().findInnovation(council.innovation)->stage == Stage::Exploring);
    // Its own change is no news to the desk that made it.
    const auto own = here.generation();
    here.pollOutsideChanges(20.0);
    CHECK(here.generation() == own);
}

TEST_CASE("a change saved off the frame loop on a server lands there and reaches the other desk", "[gui][server][saving]") {
    TwoDesks desks;
    const SharedCouncil& council = desks.council;
    desks.there.pollOutsideChanges(0.0);
    const auto before = desks.there.generation();
    bool saved = false;
    const Id innovation = council.innovation;
    desks.here.save(
        "Moving the innovation to Exploring", RecordKind::Innovations,
        [innovation](Portfolio& portfolio, Id actor) {
            portfolio.changeStage(actor, innovation, Stage::Exploring, "Cabinet agreed to explore");
        },
        [&saved](bool outcome) { saved = outcome; });
    desks.here.waitForSaving();
    CHECK(saved);
    CHECK(desks.here.errors().empty());
    CHECK(desks.here.store().findInnovation(innovation)->stage == Stage::Exploring);
    desks.there.pollOutsideChanges(20.0);
    CHECK(desks.there.generation() > before);
    CHECK(desks.there.store().findInnovation(innovation)->stage == Stage::Exploring);
    // Made in the leader's name, as the desk acts.
    const auto entry = desks.here.store().listAudit({std::string("innovation"), innovation, {}, 1}).front();
    CHECK(entry.actorId == desks.here.actor()->id);
}

TEST_CASE("a change saved after the server went away connects again and is saved", "[gui][server][saving]") {
    TwoDesks desks;
    const Id innovation = desks.council.innovation;
    const auto move = [&](Stage to) {
        bool saved = false;
        desks.here.save(
            "Moving the innovation", RecordKind::Innovations,
            [innovation, to](Portfolio& portfolio, Id actor) { portfolio.changeStage(actor, innovation, to, ""); },
            [&saved](bool outcome) { saved = outcome; });
        desks.here.waitForSaving();
        return saved;
    };
    REQUIRE(move(Stage::Exploring));  // the save's own connection is open from here on
    // The administrator cuts every other connection to the portfolio, as a server restart would.
    innotrack::testing::runAsAdministrator(
        "postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                        desks.council.database.name() + "' AND pid <> pg_backend_pid()");
    CHECK(move(Stage::Piloting));
    CHECK(desks.here.errors().empty());
    const auto check = backends::LocationOpener().open(desks.council.database.location(), OpenPurpose::Read);
    CHECK(check->store().findInnovation(innovation)->stage == Stage::Piloting);
}

TEST_CASE("a milestone added at one desk reloads the other desk's views that show milestones, not its People view",
          "[gui][server][refresh]") {
    TwoDesks desks;
    // The second desk has looked at the board, the innovation and the people. Its polls are made
    // by the test, at times of its choosing, so the app's own (by the frames' clock) wait behind them.
    HeadlessBackend screen;
    App app(desks.there);
    desks.there.selectedInnovation = desks.council.innovation;
    desks.there.pollOutsideChanges(1000.0);
    const char* const views[] = {"board", "innovation", "people"};
    for (const char* name : views) testing::showView(app, screen, name);
    const auto before = testing::reloadsOf(app);

    Milestone milestone;
    milestone.innovationId = desks.council.innovation;
    milestone.title = "First ward opens";
    milestone.baselineDue = milestone.due = Date(2026, 6, 30);
    REQUIRE(desks.here.apply(RecordKind::Milestones,
                             [&](Portfolio& portfolio, Id actor) { portfolio.addMilestone(actor, milestone); }));
    desks.there.pollOutsideChanges(2000.0);
    for (const char* name : views) testing::showView(app, screen, name);
    const auto after = testing::reloadsOf(app);
    CHECK(after.at("board") == before.at("board") + 1);
    CHECK(after.at("innovation") == before.at("innovation") + 1);
    CHECK(after.at("people") == before.at("people"));  // a milestone is nothing it shows
    const auto& innovation = dynamic_cast<InnovationView&>(*app.view("innovation"));
    REQUIRE(innovation.detail());
    REQUIRE(innovation.detail()->milestones.size() == 1);
    CHECK(innovation.detail()->milestones.front().milestone.title == "First ward opens");
    CHECK(desks.there.errors().empty());
}

TEST_CASE("an app signed in as a desk's login acts as that person and cannot choose another", "[gui][server]") {
    const SharedCouncil council;
    const backends::LocationOpener opener;
    const FixedClock clock(Date(2026, 3, 2));
    AppState desk(opener, clock);
    REQUIRE(desk.openPortfolio(council.database.locationAs(council.database.login("olly"))));
    CHECK(desk.actorFixedByServer());
    REQUIRE(desk.actor());
    CHECK(desk.actor()->id == council.officer);
    desk.actAs(desk.portfolio().person(council.leader));
    CHECK(desk.actor()->id == council.officer);
    REQUIRE(desk.errors().size() == 1);
    CHECK_THAT(desk.errors().front(), Catch::Contains("you act as yourself"));
}

TEST_CASE("the app says when the server went away, connects again by itself and reloads", "[gui][server]") {
    const SharedCouncil council;
    const backends::LocationOpener opener;
    const FixedClock clock(Date(2026, 3, 2));
    AppState desk(opener, clock);
    REQUIRE(desk.openPortfolio(council.database.location()));
    desk.pollOutsideChanges(0.0);
    // The administrator cuts every other connection to the portfolio, as a server restart would.
    innotrack::testing::runAsAdministrator(
        "postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                        council.database.name() + "' AND pid <> pg_backend_pid()");
    desk.pollOutsideChanges(1.0);
    CHECK(desk.connectionLost());
    CHECK(desk.errors().empty());  // said in the window, not as an error to dismiss
    const auto before = desk.generation();
    desk.pollOutsideChanges(2.0);
    CHECK(desk.connectionLost());  // not tried again at every poll: each try may wait for the server
    desk.pollOutsideChanges(4.5);
    pollUntilConnected(desk, 4.5);
    CHECK_FALSE(desk.connectionLost());
    CHECK(desk.generation() > before);  // everything read again
    CHECK(desk.store().findInnovation(council.innovation)->title == "Virtual wards");
    // And it hears the other desks again.
    {
        const auto other = opener.open(council.database.location(), OpenPurpose::Write);
        Portfolio portfolio(other->store(), clock);
        portfolio.changeStage(council.leader, council.innovation, Stage::Exploring, "");
    }
    const auto reloaded = desk.generation();
    desk.pollOutsideChanges(6.0);
    CHECK(desk.generation() > reloaded);
}

// Lets the first portfolio open through; while shut, every later open waits until it is opened
// again (or a minute has passed), as a server that does not answer keeps a connection waiting.
class GatedOpener final : public PortfolioOpener {
public:
    std::unique_ptr<PortfolioBackend> open(const std::string& location, OpenPurpose purpose) const override {
        {
            std::unique_lock lock(mutex_);
            if (shut_) opened_.wait_for(lock, std::chrono::minutes(1), [&] { return !shut_; });
        }
        auto backend = inner_.open(location, purpose);
        ++opens_;
        return backend;
    }
    std::unique_ptr<PortfolioBackend> openScratch() const override { return inner_.openScratch(); }
    void shut() {
        const std::lock_guard lock(mutex_);
        shut_ = true;
    }
    void letThrough() {
        {
            const std::lock_guard lock(mutex_);
            shut_ = false;
        }
        opened_.notify_all();
    }
    int opens() const { return opens_; }

private:
    backends::LocationOpener inner_;
    mutable std::mutex mutex_;
    mutable std::condition_variable opened_;
    bool shut_ = false;
    mutable std::atomic<int> opens_ = 0;
};

TEST_CASE("connecting again after the server went away never holds up the window", "[gui][server]") {
    const SharedCouncil council;
    GatedOpener opener;
    const FixedClock clock(Date(2026, 3, 2));
    AppState desk(opener, clock);
    REQUIRE(desk.openPortfolio(council.database.location()));
    REQUIRE(opener.opens() == 1);
    desk.pollOutsideChanges(0.0);
    innotrack::testing::runAsAdministrator(
        "postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                        council.database.name() + "' AND pid <> pg_backend_pid()");
    desk.pollOutsideChanges(1.0);
    REQUIRE(desk.connectionLost());

    opener.shut();  // the server takes its time to answer
    desk.pollOutsideChanges(4.5);
    // The poll came back with the connection still being made: had it connected on the frame loop,
    // it would have returned only once the opener let it through, a minute on, connected.
    CHECK(desk.reconnecting());
    CHECK(opener.opens() == 1);
    desk.pollOutsideChanges(5.0);
    CHECK(desk.connectionLost());  // and the window still says so
    CHECK(desk.errors().empty());

    opener.letThrough();
    pollUntilConnected(desk, 5.0);
    CHECK_FALSE(desk.connectionLost());
    CHECK_FALSE(desk.reconnecting());
    CHECK(opener.opens() == 2);
    CHECK(desk.store().findInnovation(council.innovation)->title == "Virtual wards");
}

}  // namespace
}  // namespace innotrack::gui
