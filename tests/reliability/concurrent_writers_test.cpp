// Concurrent writers: several innotrack processes add milestones to one file at the same time;
// every change must land exactly once, with its audit row and actor, and nobody may see "busy".
#include "cli_fixture.hpp"
#include "harness.hpp"

#include "storage/sqlite_store.hpp"
#include "tracker/portfolio.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <thread>

namespace innotrack::testing {
namespace {

using Clock = std::chrono::steady_clock;

// Different people write at once, as the desktop app's user and a script would.
const std::vector<std::string> kActors{"1", "2", "3"};  // leader, cabinet lead, lead officer

struct WriterOutcome {
    std::vector<std::string> failures;  // each a change that did not report success, with what it said
    double slowestSeconds = 0;
};

std::string titleOf(std::size_t writer, int change) {
    return "writer " + std::to_string(writer) + " change " + std::to_string(change);
}

void writeChanges(const CliFixture& fixture, std::size_t writer, int changes, const std::filesystem::path& scratch,
                  WriterOutcome& outcome) {
    for (int change = 0; change < changes; ++change) {
        const auto started = Clock::now();
        const RunResult result = runProgram(INNOTRACK_BIN,
                                            {"--db", fixture.db(), "--as", kActors[writer], "milestone", "add",
                                             "--innovation", "1", "--title", titleOf(writer, change), "--due",
                                             "2026-12-01"},
                                            fixture.environment, scratch);
        outcome.slowestSeconds =
            std::max(outcome.slowestSeconds, std::chrono::duration<double>(Clock::now() - started).count());
        if (result.exitCode != 0 || !result.err.empty())
            outcome.failures.push_back(titleOf(writer, change) + ": exit " + std::to_string(result.exitCode) + ": " +
                                       result.err);
    }
}

// The desktop app keeps one connection open all session and reads between its changes, so a
// stale read snapshot upgrading to a write would show here as "busy".
void writeAsDesktopApp(const std::string& path, int changes, WriterOutcome& outcome) {
    try {
        const auto store = storage::SqliteStore::open(path, storage::OpenMode::OpenExisting);
        const FixedClock clock(Date(2026, 3, 2));
        Portfolio portfolio(*store, clock);
        for (int change = 0; change < changes; ++change) {
            (void)store->changedSinceLastCall();
            (void)store->listMilestones(Id{1});
            Milestone milestone;
            milestone.innovationId = 1;
            milestone.title = "desktop change " + std::to_string(change);
            milestone.baselineDue = milestone.due = Date(2026, 12, 1);
            try {
                portfolio.addMilestone(1, milestone);
            } catch (const std::exception& failure) {
                outcome.failures.push_back(milestone.title + ": " + failure.what());
            }
        }
    } catch (const std::exception& failure) {
        outcome.failures.push_back(std::string("desktop app: ") + failure.what());
    }
}

}  // namespace

TEST_CASE("the desktop app's long-lived connection and command-line writers share one file without a busy error",
          "[reliability][concurrency]") {
    const int changes = sizeFromEnvironment("INNOTRACK_RELIABILITY_CHANGES", 200);
    CliFixture fixture;
    fixture.setUpInnovation();
    TempDir scratch;
    WriterOutcome command;
    WriterOutcome desktop;
    {
        std::thread commandLine(writeChanges, std::cref(fixture), std::size_t{1}, changes, scratch.path(),
                                std::ref(command));
        std::thread app(writeAsDesktopApp, fixture.db(), changes, std::ref(desktop));
        commandLine.join();
        app.join();
    }
    for (const auto& failure : command.failures) UNSCOPED_INFO(failure);
    for (const auto& failure : desktop.failures) UNSCOPED_INFO(failure);
    CHECK(command.failures.empty());
    CHECK(desktop.failures.empty());

    SQLite::Database db(fixture.db(), SQLite::OPEN_READONLY);
    const auto count = [&](const char* sql) { return db.execAndGet(sql).getInt(); };
    CHECK(count("SELECT count(DISTINCT title) FROM milestones WHERE title LIKE 'desktop change %'") == changes);
    CHECK(count("SELECT count(DISTINCT title) FROM milestones WHERE title LIKE 'writer 1 change %'") == changes);
    CHECK(count("SELECT count(*) FROM milestones") == 2 * changes);
    CHECK(count("SELECT count(*) FROM milestones m JOIN audit a ON a.entity = 'milestone' AND a.entity_id = m.id "
                "AND a.action = 'added' WHERE a.actor_id = CASE WHEN m.title LIKE 'desktop%' THEN 1 ELSE 2 END") ==
          2 * changes);
    requireOk(fixture.run({"check"}));
}

TEST_CASE("writer processes racing on one file each land every change exactly once, audited with their actor",
          "[reliability][concurrency]") {
    const auto writers = static_cast<std::size_t>(
        std::clamp(sizeFromEnvironment("INNOTRACK_RELIABILITY_WRITERS", 3), 2, static_cast<int>(kActors.size())));
    const int changes = sizeFromEnvironment("INNOTRACK_RELIABILITY_CHANGES", 200);
    CliFixture fixture;
    fixture.setUpInnovation();

    std::vector<TempDir> scratch(writers);
    std::vector<WriterOutcome> outcomes(writers);
    const auto started = Clock::now();
    {
        std::vector<std::thread> threads;
        for (std::size_t writer = 0; writer < writers; ++writer)
            threads.emplace_back(writeChanges, std::cref(fixture), writer, changes, scratch[writer].path(),
                                 std::ref(outcomes[writer]));
        for (auto& thread : threads) thread.join();
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();

    std::size_t failed = 0;
    double slowest = 0;
    for (const auto& outcome : outcomes) {
        for (const auto& failure : outcome.failures) UNSCOPED_INFO(failure);
        failed += outcome.failures.size();
        slowest = std::max(slowest, outcome.slowestSeconds);
    }
    CHECK(failed == 0);

    // Read the file itself: each title once, each with one "added" audit row by the writer's person.
    std::map<std::string, int> landed;
    std::size_t unaudited = 0;
    std::size_t wrongActor = 0;
    {
        SQLite::Database db(fixture.db(), SQLite::OPEN_READONLY);
        SQLite::Statement query(db, R"(
            SELECT m.title,
                   (SELECT count(*) FROM audit a WHERE a.entity = 'milestone' AND a.entity_id = m.id
                                                  AND a.action = 'added'),
                   (SELECT group_concat(DISTINCT a.actor_id) FROM audit a
                     WHERE a.entity = 'milestone' AND a.entity_id = m.id)
              FROM milestones m)");
        while (query.executeStep()) {
            const std::string title = query.getColumn(0).getString();
            ++landed[title];
            if (query.getColumn(1).getInt() != 1) ++unaudited;
            const auto writer = static_cast<std::size_t>(std::stoul(title.substr(std::string("writer ").size())));
            if (query.getColumn(2).getString() != kActors.at(writer)) ++wrongActor;
        }
    }
    std::size_t missing = 0;
    std::size_t duplicated = 0;
    for (std::size_t writer = 0; writer < writers; ++writer)
        for (int change = 0; change < changes; ++change) {
            const auto found = landed.find(titleOf(writer, change));
            if (found == landed.end()) ++missing;
            else if (found->second != 1) ++duplicated;
        }
    const std::size_t expected = writers * static_cast<std::size_t>(changes);
    CHECK(landed.size() == expected);
    CHECK(missing == 0);
    CHECK(duplicated == 0);
    CHECK(unaudited == 0);
    CHECK(wrongActor == 0);
    requireOk(fixture.run({"check"}));

    std::cout << "concurrent writers: " << writers << " processes x " << changes << " changes = " << expected
              << " expected, " << landed.size() << " landed, " << missing << " missing, " << duplicated
              << " duplicated, " << unaudited << " without their audit row, " << wrongActor << " with a wrong actor, "
              << failed << " failed or busy; " << seconds << " s in all ("
              << static_cast<double>(expected) / seconds << " changes/s), slowest single change " << slowest
              << " s\n";
}

}  // namespace innotrack::testing
