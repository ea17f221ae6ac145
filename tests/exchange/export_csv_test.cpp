// Register CSV: what Excel needs (byte-order mark, CRLF, RFC 4180 quoting), registers.hpp's
// columns exactly, names instead of ids, the formula guard, and --out written whole or not at all.
#include "export_fixture.hpp"

#include "exchange/register_csv.hpp"
#include "exchange/register_json.hpp"
#include "exchange/register_rows.hpp"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <set>

namespace innotrack {
namespace {

using testing::kExportDay;

using exchange::Register;
using testing::CsvRows;

std::vector<std::string> headersOf(Register reg) {
    std::vector<std::string> headers;
    for (const exchange::Column& column : exchange::columnsOf(reg)) headers.emplace_back(column.header);
    return headers;
}

std::size_t columnOf(Register reg, std::string_view header) {
    const auto columns = exchange::columnsOf(reg);
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].header == header) return i;
    FAIL("no column " << header);
    return 0;
}

// The CSV of one register, its byte-order mark checked and removed, parsed by libcsv.
CsvRows csvOf(PortfolioStore& store, Register reg) {
    const std::string text = exchange::renderRegisterCsv(exchange::readRegister(store, reg));
    REQUIRE(text.rfind(exchange::kUtf8ByteOrderMark, 0) == 0);
    return testing::parseCsv(text.substr(exchange::kUtf8ByteOrderMark.size()));
}

std::size_t countOf(PortfolioStore& store, Register reg) {
    switch (reg) {
        case Register::Innovations: return store.listInnovations({}).size();
        case Register::Milestones: return store.listMilestones(std::nullopt).size();
        case Register::Risks: return store.listRisks(std::nullopt).size();
        case Register::Setbacks: return store.listSetbacks(std::nullopt).size();
        case Register::Lessons: return store.listLessons({}).size();
        case Register::Benefits: return store.listBenefits(std::nullopt).size();
        case Register::Engagements: return store.listEngagements(std::nullopt).size();
        case Register::Ideas: return store.listIdeas().size();
        case Register::Decisions: return store.listDecisions(std::nullopt).size();
        case Register::Ambitions: return store.listAmbitions().size();
    }
    return 0;
}

}  // namespace

TEST_CASE("export: every register's CSV has registers.hpp's headers exactly and a row per record",
          "[exchange][export]") {
    testing::ExportDemo demo;
    for (Register reg : exchange::allRegisters()) {
        INFO(exchange::nameOf(reg));
        const CsvRows rows = csvOf(demo.store(), reg);
        REQUIRE_FALSE(rows.empty());
        CHECK(rows.front() == headersOf(reg));
        CHECK(rows.size() == countOf(demo.store(), reg) + 1);
        // The demo has something in every register: three ambitions, more of everything else.
        CHECK(rows.size() > (reg == Register::Ambitions ? 3U : 5U));
        for (const auto& row : rows) CHECK(row.size() == rows.front().size());
    }
}

TEST_CASE("export: the CSV starts with a byte-order mark and ends every row with CRLF", "[exchange][export]") {
    testing::ExportDemo demo;
    const std::string text = exchange::renderRegisterCsv(exchange::readRegister(demo.store(), Register::Milestones));
    CHECK(text.substr(0, 3) == "\xEF\xBB\xBF");
    // Milestone titles are one line, so every line break is a row's end.
    const auto newLines = std::count(text.begin(), text.end(), '\n');
    std::size_t crlf = 0;
    for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at + 2)) ++crlf;
    CHECK(static_cast<std::size_t>(newLines) == crlf);
    CHECK(crlf == demo.store().listMilestones(std::nullopt).size() + 1);
    CHECK(text.substr(text.size() - 2) == "\r\n");
}

TEST_CASE("export: people, ambitions, innovations and risks are named, dates, money and scales written as typed",
          "[exchange][export]") {
    testing::ExportDemo demo;
    PortfolioStore& store = demo.store();
    std::set<std::string> people;
    for (const Person& person : store.listPeople()) people.insert(person.name);
    std::set<std::string> innovations;
    for (const Innovation& innovation : store.listInnovations({})) innovations.insert(innovation.title);

    const CsvRows innovationRows = csvOf(store, Register::Innovations);
    const Innovation first = store.listInnovations({}).front();
    const auto& row = innovationRows.at(1);
    CHECK(row[columnOf(Register::Innovations, "Title")] == first.title);
    CHECK(row[columnOf(Register::Innovations, "Ambition")] == store.findAmbition(*first.ambitionId)->title);
    CHECK(row[columnOf(Register::Innovations, "Cabinet lead")] == store.findPerson(*first.cabinetLeadId)->name);
    CHECK(row[columnOf(Register::Innovations, "Stage")] == keyOf(first.stage));
    CHECK(row[columnOf(Register::Innovations, "Confidence")] == keyOf(first.confidence));
    CHECK(row[columnOf(Register::Innovations, "Start date")] == formatDate(first.startDate));
    CHECK(row[columnOf(Register::Innovations, "Budget")] ==
          std::to_string(first.budgetPence / 100) + "." + (first.budgetPence % 100 < 10 ? "0" : "") +
              std::to_string(first.budgetPence % 100));
    CHECK(row[columnOf(Register::Innovations, "Priority")] == std::to_string(first.priority));

    const CsvRows risks = csvOf(store, Register::Risks);
    for (std::size_t i = 1; i < risks.size(); ++i) {
        CHECK(innovations.count(risks[i][columnOf(Register::Risks, "Innovation")]) == 1);
        CHECK(people.count(risks[i][columnOf(Register::Risks, "Owner")]) == 1);
    }
    // A setback that was a foreseen risk names the risk by its title.
    const CsvRows setbacks = csvOf(store, Register::Setbacks);
    const auto setbackList = store.listSetbacks(std::nullopt);
    bool sawRisk = false;
    for (std::size_t i = 0; i < setbackList.size(); ++i) {
        const std::string& cell = setbacks[i + 1][columnOf(Register::Setbacks, "Risk")];
        if (setbackList[i].riskId) {
            CHECK(cell == store.findRisk(*setbackList[i].riskId)->title);
            sawRisk = true;
        } else {
            CHECK(cell.empty());
        }
        CHECK(people.count(setbacks[i + 1][columnOf(Register::Setbacks, "Logged by")]) == 1);
    }
    CHECK(sawRisk);
}

TEST_CASE("export: commas, quotes and new lines are quoted and read back whole, and tags are joined by semicolons",
          "[exchange][export]") {
    testing::ExportDemo demo;
    Portfolio& portfolio = demo.portfolio();
    const Innovation innovation = demo.store().listInnovations({}).front();
    Lesson lesson;
    lesson.innovationId = innovation.id;
    lesson.whatHappened = "Line one, with a comma\nline two with \"quotes\"";
    lesson.recommendation = "Budget £5,000; not less";
    lesson.tags = {"digital", "older people"};
    const Lesson added = portfolio.addLesson(*innovation.leadOfficerId, lesson);

    const CsvRows rows = csvOf(demo.store(), Register::Lessons);
    const auto& last = rows.back();
    CHECK(last[columnOf(Register::Lessons, "What happened")] == lesson.whatHappened);
    CHECK(last[columnOf(Register::Lessons, "Recommendation")] == lesson.recommendation);
    CHECK(last[columnOf(Register::Lessons, "Tags")] == "digital; older people");
    CHECK(last[columnOf(Register::Lessons, "Recorded on")] == formatDate(added.recordedOn));
    const std::string text = exchange::renderRegisterCsv(exchange::readRegister(demo.store(), Register::Lessons));
    CHECK(text.find("\"Line one, with a comma\nline two with \"\"quotes\"\"\"") != std::string::npos);
}

TEST_CASE("export: a cell people typed that Excel would run as a formula gets an apostrophe, and only such cells",
          "[exchange][export]") {
    CHECK(exchange::guardFormula("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")");
    CHECK(exchange::guardFormula("+44 1234") == "'+44 1234");
    CHECK(exchange::guardFormula("-5 people") == "'-5 people");
    CHECK(exchange::guardFormula("@SUM(A1)") == "'@SUM(A1)");
    CHECK(exchange::guardFormula("\tTabbed") == "'\tTabbed");
    CHECK(exchange::guardFormula("'quoted") == "''quoted");
    CHECK(exchange::guardFormula("Plain = fine") == "Plain = fine");
    CHECK(exchange::guardFormula("") == "");
    for (const std::string text : {"=1+1", "'tis", "plain", "-", "''"})
        CHECK(exchange::unguardFormula(exchange::guardFormula(text)) == text);

    testing::ExportDemo demo;
    const Innovation innovation = demo.store().listInnovations({}).front();
    Risk risk;
    risk.innovationId = innovation.id;
    risk.title = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    risk.cause = "+cmd|' /C calc'!A0";
    risk.event = "-2+3";
    risk.effect = "@SUM(A1:A9)";
    risk.mitigation = "Nothing odd here";
    risk.ownerId = *innovation.leadOfficerId;
    risk.raisedOn = demo.clock().today();
    demo.portfolio().addRisk(*innovation.leadOfficerId, risk);
    Benefit benefit;
    benefit.innovationId = innovation.id;
    benefit.measure = "Change in waiting list";
    benefit.baseline = -3.5;
    benefit.target = -12;
    demo.portfolio().addBenefit(*innovation.leadOfficerId, benefit);

    const CsvRows risks = csvOf(demo.store(), Register::Risks);
    const auto& row = risks.back();
    CHECK(row[columnOf(Register::Risks, "Title")] == "'" + risk.title);
    CHECK(row[columnOf(Register::Risks, "Cause")] == "'" + risk.cause);
    CHECK(row[columnOf(Register::Risks, "Event")] == "'" + risk.event);
    CHECK(row[columnOf(Register::Risks, "Effect")] == "'" + risk.effect);
    CHECK(row[columnOf(Register::Risks, "Mitigation")] == risk.mitigation);
    // Numbers are written by innotrack, never by a person: a negative one stays a number.
    const CsvRows benefits = csvOf(demo.store(), Register::Benefits);
    const auto& benefitRow = benefits.back();
    CHECK(benefitRow[columnOf(Register::Benefits, "Baseline")] == "-3.5");
    CHECK(benefitRow[columnOf(Register::Benefits, "Target")] == "-12");

    // JSON is not opened by a spreadsheet: it keeps the text as typed.
    const auto json = nlohmann::json::parse(
        exchange::renderRegisterJson(exchange::readRegister(demo.store(), Register::Risks)));
    CHECK(json.back()["Title"] == risk.title);
}

TEST_CASE("export: register JSON is an array of objects keyed by the headers, with typed values",
          "[exchange][export]") {
    testing::ExportDemo demo;
    const auto json = nlohmann::ordered_json::parse(
        exchange::renderRegisterJson(exchange::readRegister(demo.store(), Register::Innovations)));
    REQUIRE(json.size() == demo.store().listInnovations({}).size());
    std::vector<std::string> keys;
    for (const auto& item : json.front().items()) keys.push_back(item.key());
    CHECK(keys == headersOf(Register::Innovations));
    const Innovation first = demo.store().listInnovations({}).front();
    CHECK(json.front()["Priority"] == first.priority);
    CHECK(json.front()["Start date"] == formatDate(first.startDate));
    CHECK(json.front()["Budget"].is_string());

    const auto lessons = nlohmann::json::parse(
        exchange::renderRegisterJson(exchange::readRegister(demo.store(), Register::Lessons)));
    CHECK(lessons.front()["Tags"].is_array());
    CHECK(lessons.front()["Identified as risk"].is_boolean());
}

TEST_CASE("export cli: risks as CSV to the screen and to --out, replaced whole, and refusals",
          "[exchange][export][cli]") {
    testing::ExportDemo demo;
    const auto onScreen = demo.run({"export", "risks"});
    REQUIRE(onScreen.exitCode == 0);
    CHECK(onScreen.out.rfind("\xEF\xBB\xBF" "Innovation,Title,Cause,", 0) == 0);

    const std::string file = demo.file("risks.csv");
    std::ofstream(file) << "an older export";
    const auto written = demo.run({"export", "risks", "--out", file});
    REQUIRE(written.exitCode == 0);
    const std::size_t risks = demo.store().listRisks(std::nullopt).size();
    CHECK(written.out == "Wrote the risks register (" + std::to_string(risks) + " rows) to " + file + ".\n");
    CHECK(testing::readFile(file) == onScreen.out);
    CHECK_FALSE(std::filesystem::exists(file + ".partial"));

    const auto json = demo.run({"export", "lessons", "--out", demo.file("lessons.json")});
    REQUIRE(json.exitCode == 0);
    CHECK(nlohmann::json::parse(testing::readFile(demo.file("lessons.json"))).size() ==
          demo.store().listLessons({}).size());

    // A folder that is not there: nothing is written, and the message names the file.
    const std::string missing = demo.file("no-such-folder/risks.csv");
    const auto refused = demo.run({"export", "risks", "--out", missing});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.find(missing) != std::string::npos);
    CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') == 1);
    CHECK_FALSE(std::filesystem::exists(demo.file("no-such-folder")));

    const auto wrongFormat = demo.run({"export", "risks", "--format", "xlsx"});
    CHECK(wrongFormat.exitCode == 2);
    CHECK(wrongFormat.err.find("--format must be csv or json") != std::string::npos);

    const std::string before = testing::readFile(demo.db());
    const auto overDb = demo.run({"export", "risks", "--out", demo.db()});
    CHECK(overDb.exitCode == 1);
    CHECK(overDb.err.find("portfolio file itself") != std::string::npos);
    CHECK(testing::readFile(demo.db()) == before);
}

}  // namespace innotrack

namespace innotrack {

TEST_CASE("export cli: --out writes through a link and into a pipe instead of replacing them, and refuses a folder",
          "[exchange][export][cli]") {
    testing::ExportDemo demo;
    const std::string expected = demo.run({"export", "risks"}).out;

    // A link to a file not there yet: the file is made where the link points and the link stays.
    const std::string link = demo.file("latest-risks.csv");
    std::filesystem::create_symlink("risks-2026-03.csv", link);
    REQUIRE(demo.run({"export", "risks", "--out", link}).exitCode == 0);
    CHECK(std::filesystem::is_symlink(link));
    CHECK(testing::readFile(demo.file("risks-2026-03.csv")) == expected);

    // A pipe cannot be renamed over: the export is written into it. Opened for reading and writing
    // here, so the program's open does not wait for a reader; the register fits the pipe's buffer.
    const std::string pipe = demo.file("risks.pipe");
    REQUIRE(mkfifo(pipe.c_str(), 0600) == 0);
    const int end = open(pipe.c_str(), O_RDWR | O_NONBLOCK);
    REQUIRE(end >= 0);
    REQUIRE(demo.run({"export", "risks", "--out", pipe}).exitCode == 0);
    std::string received(expected.size() + 100, '\0');
    const auto got = read(end, received.data(), received.size());
    close(end);
    received.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    CHECK(received == expected);
    struct stat status {};
    REQUIRE(stat(pipe.c_str(), &status) == 0);
    CHECK(S_ISFIFO(status.st_mode));
    // A workbook is a file: a pipe is refused.
    const auto workbook = demo.run({"export", "--format", "xlsx", "--out", pipe});
    CHECK(workbook.exitCode == 1);
    CHECK(workbook.err.find("is a device or a pipe") != std::string::npos);

    std::filesystem::create_directory(demo.file("exports"));
    const auto folder = demo.run({"export", "risks", "--out", demo.file("exports")});
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.find("is a folder") != std::string::npos);
    CHECK(std::filesystem::is_directory(demo.file("exports")));
}

}  // namespace innotrack
