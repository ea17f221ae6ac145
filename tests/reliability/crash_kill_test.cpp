// Crash safety: writers (single changes and whole register imports) killed with SIGKILL at random
// moments. After every kill the file must open and pass `innotrack check`, every change reported
// done must be there, and none half there (an import: all its rows or none).
#include "cli_fixture.hpp"
#include "harness.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <thread>

namespace innotrack::testing {
namespace {

using Clock = std::chrono::steady_clock;

enum class Edit { Milestone, Risk, Setback, Move, Import };

// An import adds every row of its file or none: a kill must never leave part of a file behind.
constexpr int kImportRows = 40;

struct ReportedDone {
    Edit edit;
    std::string title;
};

// A change is whole when its record, its "added" audit row and, for a setback that realised a
// risk, the risk's side of the link are all there; each count below must stay zero.
const char* const kHalfPresent = R"(
    SELECT (SELECT count(*) FROM milestones m WHERE NOT EXISTS
               (SELECT 1 FROM audit a WHERE a.entity = 'milestone' AND a.entity_id = m.id AND a.action = 'added'))
         + (SELECT count(*) FROM risks r WHERE NOT EXISTS
               (SELECT 1 FROM audit a WHERE a.entity = 'risk' AND a.entity_id = r.id AND a.action = 'added'))
         + (SELECT count(*) FROM setbacks s WHERE NOT EXISTS
               (SELECT 1 FROM audit a WHERE a.entity = 'setback' AND a.entity_id = s.id AND a.action = 'added'))
         + (SELECT count(*) FROM setbacks s JOIN risks r ON r.id = s.risk_id
             WHERE r.setback_id IS NOT s.id OR r.status <> 'occurred')
         + (SELECT count(*) FROM risks r WHERE (r.status = 'occurred') <>
               EXISTS (SELECT 1 FROM setbacks s WHERE s.risk_id = r.id AND s.id = r.setback_id))
         + (SELECT count(*) FROM audit a WHERE a.entity = 'milestone' AND a.action = 'added'
               AND NOT EXISTS (SELECT 1 FROM milestones m WHERE m.id = a.entity_id))
         + (SELECT count(*) FROM milestones m WHERE
               (SELECT count(*) FROM audit a WHERE a.entity = 'milestone' AND a.entity_id = m.id AND a.action = 'moved')
               <> 2 * (SELECT count(*) FROM milestone_moves mm WHERE mm.milestone_id = m.id)
               OR m.due IS NOT coalesce((SELECT mm.to_due FROM milestone_moves mm WHERE mm.milestone_id = m.id
                                          ORDER BY mm.id DESC LIMIT 1), m.baseline_due)))";

// For an import, the rows of its file that are there: 0 or kImportRows, never between.
int countWithTitle(SQLite::Database& db, Edit edit, const std::string& title) {
    if (edit == Edit::Import) {
        SQLite::Statement rows(db, "SELECT count(*) FROM milestones WHERE title LIKE ? ESCAPE '\\'");
        rows.bind(1, title + " row %");
        rows.executeStep();
        const int count = rows.getColumn(0).getInt();
        return count == kImportRows ? 1 : (count == 0 ? 0 : -count);
    }
    const char* sql = edit == Edit::Milestone ? "SELECT count(*) FROM milestones WHERE title = ?"
                      : edit == Edit::Risk    ? "SELECT count(*) FROM risks WHERE title = ?"
                      : edit == Edit::Move    ? "SELECT count(*) FROM milestone_moves WHERE reason = ?"
                                              : "SELECT count(*) FROM setbacks WHERE what_happened = ?";
    SQLite::Statement query(db, sql);
    query.bind(1, title);
    query.executeStep();
    return query.getColumn(0).getInt();
}

// An open risk no setback has realised yet, for the next setback to link to.
std::optional<std::int64_t> openRisk(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT max(id) FROM risks WHERE status = 'open' AND setback_id IS NULL");
    query.executeStep();
    if (query.getColumn(0).isNull()) return std::nullopt;
    return query.getColumn(0).getInt64();
}

// A due date no earlier move used, so every move really changes the date.
std::string dueDateFor(int attempt) {
    const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return std::to_string(2027 + attempt / 336) + "-" + two(1 + (attempt / 28) % 12) + "-" + two(1 + attempt % 28);
}

// A milestones register as a programme office would import it: kImportRows rows named after `title`.
std::string importFile(const std::filesystem::path& folder, const std::string& title) {
    const std::filesystem::path file = folder / (title + ".csv");
    std::ofstream out(file, std::ios::binary);
    out << "Innovation,Title,Due\r\n";
    for (int row = 0; row < kImportRows; ++row)
        out << "Virtual wards," << title << " row " << row << ",2027-0" << 1 + row % 9 << "-15\r\n";
    return file.string();
}

// `record` is the risk a setback realises, or the milestone a move moves; `attempt` picks the date;
// `file` is what an import reads.
std::vector<std::string> argumentsFor(Edit edit, const std::string& title, std::optional<std::int64_t> record,
                                      int attempt = 0, const std::string& file = {}) {
    switch (edit) {
    case Edit::Import:
        return {"import", "milestones", file};
    case Edit::Move:
        return {"milestone", "move", std::to_string(record.value_or(0)), "--to", dueDateFor(attempt), "--reason", title};
    case Edit::Milestone:
        return {"milestone", "add", "--innovation", "1", "--title", title, "--due", "2026-12-01"};
    case Edit::Risk:
        return {"risk", "add", "--innovation", "1", "--title", title, "--likelihood", "3", "--impact", "4",
                "--owner", "3"};
    case Edit::Setback:
        return {"setback", "log", "--innovation", "1", "--what", title, "--kind", "complex", "--risk",
                std::to_string(record.value_or(0))};
    }
    return {};
}

struct Tally {
    int kills = 0;
    int killedButLanded = 0;   // committed before the kill; the writer just never said so
    int killedNotLanded = 0;   // rolled back whole
    int finishedBeforeKill = 0;
    long changesChecked = 0;   // reported-done changes looked for, summed over every check
};

}  // namespace

TEST_CASE("the half-change check finds a change written without its audit row or its other half",
          "[reliability][crash]") {
    CliFixture fixture;
    fixture.setUpInnovation();
    requireOk(fixture.as("2", argumentsFor(Edit::Risk, "whole risk", {})));
    requireOk(fixture.as("2", argumentsFor(Edit::Milestone, "whole milestone", {})));
    SQLite::Database db(fixture.db(), SQLite::OPEN_READWRITE);
    REQUIRE(db.execAndGet(kHalfPresent).getInt() == 0);
    SECTION("a milestone without its audit row") {
        db.exec("INSERT INTO milestones (innovation_id, title, baseline_due, due) "
                "VALUES (1, 'half', '2026-12-01', '2026-12-01')");
        CHECK(db.execAndGet(kHalfPresent).getInt() == 1);
    }
    SECTION("a risk marked occurred with no setback") {
        db.exec("UPDATE risks SET status = 'occurred'");
        CHECK(db.execAndGet(kHalfPresent).getInt() == 1);
    }
    SECTION("a move recorded but the due date not changed") {
        db.exec("INSERT INTO milestone_moves (milestone_id, from_due, to_due, reason, moved_on, actor_id) "
                "VALUES (1, '2026-12-01', '2027-01-01', 'half', '2026-03-02', 2)");
        CHECK(db.execAndGet(kHalfPresent).getInt() == 1);
    }
}

TEST_CASE("writers killed with SIGKILL at random moments never lose a reported change nor leave half of one",
          "[reliability][crash]") {
    const int wantedKills = sizeFromEnvironment("INNOTRACK_RELIABILITY_KILLS", 20);
    const auto seed = static_cast<unsigned>(sizeFromEnvironment("INNOTRACK_RELIABILITY_SEED",
                                                                static_cast<int>(std::random_device{}() & 0x7fffffff)));
    INFO("seed " << seed << " (rerun with INNOTRACK_RELIABILITY_SEED=" << seed << ")");
    std::mt19937 random(seed);
    CliFixture fixture;
    fixture.setUpInnovation();
    TempDir scratch;
    const auto as = [&](const std::vector<std::string>& arguments) {
        std::vector<std::string> all{"--db", fixture.db(), "--as", "2"};
        all.insert(all.end(), arguments.begin(), arguments.end());
        return all;
    };

    // Kill anywhere in a change's life: start-up, opening, inside the transaction, the commit,
    // the checkpoint on close. The window is as long as a typical undisturbed change.
    std::vector<ReportedDone> done;
    std::vector<double> durations;
    for (int warmUp = 0; warmUp < 5; ++warmUp) {
        const std::string title = "undisturbed " + std::to_string(warmUp);
        const auto started = Clock::now();
        requireOk(runProgram(INNOTRACK_BIN, as(argumentsFor(Edit::Milestone, title, {})), fixture.environment,
                             scratch.path()));
        durations.push_back(std::chrono::duration<double, std::micro>(Clock::now() - started).count());
        done.push_back({Edit::Milestone, title});
    }
    std::sort(durations.begin(), durations.end());
    std::uniform_int_distribution<long> delay(0, static_cast<long>(durations[durations.size() / 2]));
    // An import runs longer than one change: its kills are spread over its own typical length.
    std::vector<double> importDurations;
    for (int warmUp = 0; warmUp < 3; ++warmUp) {
        const std::string title = "undisturbed import " + std::to_string(warmUp);
        const auto started = Clock::now();
        requireOk(runProgram(INNOTRACK_BIN, as(argumentsFor(Edit::Import, title, {}, 0, importFile(scratch.path(), title))),
                             fixture.environment, scratch.path()));
        importDurations.push_back(std::chrono::duration<double, std::micro>(Clock::now() - started).count());
        done.push_back({Edit::Import, title});
    }
    std::sort(importDurations.begin(), importDurations.end());
    std::uniform_int_distribution<long> importDelay(0, static_cast<long>(importDurations[importDurations.size() / 2]));

    Tally tally;
    std::vector<std::string> problems;
    for (int attempt = 0; tally.kills < wantedKills && attempt < wantedKills * 10; ++attempt) {
        auto edit = static_cast<Edit>(attempt % 5);
        std::optional<std::int64_t> record = edit == Edit::Move ? std::optional<std::int64_t>(1) : std::nullopt;
        if (edit == Edit::Setback) record = openRisk(fixture.db());
        if (edit == Edit::Setback && !record) edit = Edit::Milestone;
        const std::string title = "crash " + std::to_string(attempt);
        const std::string file = edit == Edit::Import ? importFile(scratch.path(), title) : std::string();
        const Started writer = startProgram(INNOTRACK_BIN, as(argumentsFor(edit, title, record, attempt, file)),
                                            fixture.environment, scratch.path());
        std::this_thread::sleep_for(std::chrono::microseconds(edit == Edit::Import ? importDelay(random) : delay(random)));
        ::kill(writer.pid, SIGKILL);
        const Ended ended = waitFor(writer.pid);
        if (ended.exited) {
            ++tally.finishedBeforeKill;
            if (ended.exitCode == 0) done.push_back({edit, title});
            else problems.push_back(title + ": exit " + std::to_string(ended.exitCode) + ": " + readFile(writer.err));
            continue;
        }
        ++tally.kills;

        const RunResult check = runProgram(INNOTRACK_BIN, {"--db", fixture.db(), "check"}, fixture.environment,
                                           scratch.path());
        if (check.exitCode != 0)
            problems.push_back("after killing '" + title + "': check exit " + std::to_string(check.exitCode) + ": " +
                               check.err + check.out);
        SQLite::Database db(fixture.db(), SQLite::OPEN_READONLY);
        for (const auto& change : done) {
            ++tally.changesChecked;
            if (countWithTitle(db, change.edit, change.title) != 1)
                problems.push_back("after killing '" + title + "': reported change '" + change.title + "' is not there once");
        }
        const int killed = countWithTitle(db, edit, title);
        if (killed < 0)
            problems.push_back("after killing import '" + title + "': " + std::to_string(-killed) + " of " +
                               std::to_string(kImportRows) + " rows are there");
        (killed == 1 ? tally.killedButLanded : tally.killedNotLanded) += 1;
        const int halves = db.execAndGet(kHalfPresent).getInt();
        if (halves != 0)
            problems.push_back("after killing '" + title + "': " + std::to_string(halves) + " half-present changes");
    }

    for (const auto& problem : problems) UNSCOPED_INFO(problem);
    CHECK(problems.empty());
    CHECK(tally.kills == wantedKills);
    std::cout << "crash safety (seed " << seed << "): " << tally.kills << " kills survived (" << tally.killedButLanded
              << " had already committed, " << tally.killedNotLanded << " rolled back whole), "
              << tally.finishedBeforeKill << " writers finished before their kill; " << done.size()
              << " changes reported done, " << tally.changesChecked << " presence checks after kills, "
              << problems.size() << " problems\n";
}

}  // namespace innotrack::testing
