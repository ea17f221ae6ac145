// Moving a council from a portfolio file to a shared portfolio on a server and back, exactly:
// every record with its id and the whole audit trail.
#include "backends/location_opener.hpp"
#include "exchange/portfolio_document.hpp"
#include "files.hpp"
#include "in_process_cli.hpp"
#include "test_server.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

namespace innotrack::testing {
namespace {

constexpr const char* kToday = "2026-03-02";

std::string exported(const std::string& location) {
    const CliRun run = runInnotrack(location, {"export", "--format", "json"}, kToday);
    REQUIRE(run.status == 0);
    return run.out;
}

TEST_CASE("copy moves a whole portfolio from a file to a server and back, exactly", "[server][copy]") {
    TemporaryFolder folder;
    const std::string file = folder.file("council.db");
    REQUIRE(runInnotrack(file, {"demo"}, kToday).status == 0);
    const TestDatabase server(TestDatabase::Holding::Nothing);

    const CliRun there = runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday);
    INFO(there.err);
    REQUIRE(there.status == 0);
    CHECK_THAT(there.out, Catch::Contains("audit entries from " + file) && Catch::Contains(server.location()));
    CHECK(exported(server.location()) == exported(file));

    const std::string back = folder.file("back.db");
    const CliRun home = runCliInProcess({"copy", "--from", server.location(), "--to", back}, kToday);
    INFO(home.err);
    REQUIRE(home.status == 0);
    CHECK(exported(back) == exported(file));
}

// Text a row-by-row writer could get wrong if it ever spliced or escaped values itself: a
// backslash (and COPY's \N for NULL), both quotes, letters beyond ASCII, an emoji, and in a
// field of several lines, tabs and newlines (a title is one line, without tabs: the domain's rule).
constexpr const char* kAwkwardTitle = "Back\\slash \\N \\t, 'single' \"double\" $1 :id Caf\u00e9 \u0174 \u65e5\u672c \U0001F680";
constexpr const char* kAwkwardText = "Line one\n\tindented \\. and \\copy; end'\"\nCymraeg:\t\u0174yn \u0175";

TEST_CASE("copy keeps awkward text exactly, and numbers what is added after it above the copied ids",
          "[server][copy]") {
    TemporaryFolder folder;
    const std::string file = folder.file("council.db");
    REQUIRE(runInnotrack(file, {"demo"}, kToday).status == 0);
    const CliRun added = runInnotrack(file,
                                      {"--as", "Cllr Helen Marsh", "innovation", "add", "--title", kAwkwardTitle,
                                       "--summary", kAwkwardText},
                                      kToday);
    INFO(added.err);
    REQUIRE(added.status == 0);
    const CliRun lesson = runInnotrack(file,
                                       {"--as", "Cllr Helen Marsh", "lesson", "add", "--innovation", "1", "--what",
                                        kAwkwardText, "--recommendation", kAwkwardTitle, "--tags",
                                        "quote's,back\\slash,\u00fcml\u00e4ut"},
                                       kToday);
    INFO(lesson.err);
    REQUIRE(lesson.status == 0);
    const TestDatabase server(TestDatabase::Holding::Nothing);

    const CliRun there = runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday);
    INFO(there.err);
    REQUIRE(there.status == 0);
    CHECK(exported(server.location()) == exported(file));
    {
        const auto onServer = backends::LocationOpener().open(server.location(), OpenPurpose::Read);
        const auto innovations = onServer->store().listInnovations({});
        const auto awkward = std::find_if(innovations.begin(), innovations.end(),
                                          [](const Innovation& each) { return each.title == kAwkwardTitle; });
        REQUIRE(awkward != innovations.end());
        CHECK(awkward->summary == kAwkwardText);
        const auto lessons = onServer->store().listLessons({});
        REQUIRE(!lessons.empty());
        CHECK(lessons.back().whatHappened == kAwkwardText);
        CHECK(lessons.back().tags == std::vector<std::string>{"quote's", "back\\slash", "\u00fcml\u00e4ut"});
    }
    const std::string back = folder.file("back.db");
    REQUIRE(runCliInProcess({"copy", "--from", server.location(), "--to", back}, kToday).status == 0);
    CHECK(exported(back) == exported(file));

    // The sequences were moved past the copied ids once, at the end: a new person gets the next id.
    const CliRun person = runInnotrack(server.location(),
                                       {"--as", "Cllr Helen Marsh", "person", "add", "--name", "Nia Newcomer",
                                        "--role", "officer"},
                                       kToday);
    INFO(person.err);
    REQUIRE(person.status == 0);
    const CliRun people = runInnotrack(server.location(), {"person", "list", "--format", "csv"}, kToday);
    const CliRun filePeople = runInnotrack(file, {"person", "list", "--format", "csv"}, kToday);
    const auto count = [](const std::string& text) { return std::count(text.begin(), text.end(), '\n'); };
    CHECK(count(people.out) == count(filePeople.out) + 1);
    CHECK_THAT(people.out, Catch::Contains(std::to_string(count(filePeople.out)) + ",Nia Newcomer"));
}

// A restore that the server refuses part of the way through, after thousands of rows were sent
// ahead: one line naming the record, and the database left with no portfolio records at all.
TEST_CASE("a copy the server refuses part of the way leaves the database empty, naming the record",
          "[server][copy]") {
    TemporaryFolder folder;
    const std::string file = folder.file("council.db");
    REQUIRE(runInnotrack(file, {"demo"}, kToday).status == 0);
    const backends::LocationOpener opener;
    exchange::PortfolioDocument document = exchange::readPortfolio(opener.open(file, OpenPurpose::Read)->store());
    REQUIRE(document.milestones.size() > 2);
    REQUIRE(!document.setbacks.empty());
    const TestDatabase server(TestDatabase::Holding::Nothing);

    std::string expected;
    SECTION("a milestone of an innovation that does not exist, refused as it is written") {
        Milestone& broken = document.milestones[document.milestones.size() / 2];
        broken.innovationId = 987654;
        expected = "Could not add the milestone '" + broken.title + "': it refers to a record that does not exist";
    }
    SECTION("a setback naming a risk that does not exist, refused when the copy is saved") {
        document.setbacks.back().riskId = 987654;
        expected = "Could not save the change: it refers to a record that does not exist";
    }
    SECTION("two people with one name, refused at the second") {
        document.people.back().name = document.people.front().name;
        expected = "Could not add the person '" + document.people.front().name +
                   "': a record with the same name already exists";
    }
    {
        const auto target = opener.open(server.location(), OpenPurpose::CreateOrFill);
        try {
            exchange::restorePortfolioDocument(document, target->store());
            FAIL("the copy was not refused");
        } catch (const StorageError& error) {
            CHECK(std::string(error.what()) == expected);
        }
    }
    const auto after = opener.open(server.location(), OpenPurpose::Read);
    CHECK(after->store().listPeople().empty());
    CHECK(after->store().listInnovations({}).empty());
    CHECK(after->store().listMilestones(std::nullopt).empty());
    CHECK(after->store().listRisks(std::nullopt).empty());
    CHECK(after->store().listAudit({}).empty());
    // And it can still be filled: the failed copy left nothing in the way.
    const CliRun again = runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday);
    INFO(again.err);
    CHECK(again.status == 0);
    CHECK(exported(server.location()) == exported(file));
}

TEST_CASE("copy refuses a database that already holds a portfolio, and changes nothing", "[server][copy]") {
    TemporaryFolder folder;
    const std::string file = folder.file("council.db");
    REQUIRE(runInnotrack(file, {"demo"}, kToday).status == 0);
    const TestDatabase server(TestDatabase::Holding::Nothing);
    REQUIRE(runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday).status == 0);
    const std::string before = exported(server.location());

    const CliRun again = runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday);
    CHECK(again.status != 0);
    CHECK_THAT(again.err, Catch::Contains("not empty"));
    CHECK(exported(server.location()) == before);
}

TEST_CASE("a confirmation names the shared portfolio without the password typed in its address", "[server][copy]") {
    const TestDatabase server(TestDatabase::Holding::Nothing);
    const char* password = std::getenv("PGPASSWORD");
    REQUIRE(password != nullptr);
    const std::string user = std::getenv("PGUSER") ? std::getenv("PGUSER") : "postgres";
    const std::string withPassword = "postgresql://" + user + ":" + password + "@/" + server.name();
    const CliRun made = runInnotrack(withPassword, {"init", "--leader", "Cllr Ann Leader"}, kToday);
    INFO(made.err);
    REQUIRE(made.status == 0);
    CHECK(made.out.find(password) == std::string::npos);
    CHECK_THAT(made.out, Catch::Contains("postgresql://" + user + "@/" + server.name()));
}

}  // namespace
}  // namespace innotrack::testing
