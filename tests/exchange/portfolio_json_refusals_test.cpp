// A restore refuses what it cannot reproduce exactly, naming the record and field, and leaves the
// target as it was: in the library (each rule) and from the command line (one line, same bytes).
#include "portfolio_json_fixture.hpp"

#include "exchange/portfolio_document.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace innotrack {
namespace {

using nlohmann::json;

// The demo's document, made once: every case below changes one thing in a copy.
const json& demoDocument() {
    static const json document = [] {
        testing::DemoFile demo;
        return json::parse(testing::exportJson(*demo.open()));
    }();
    return document;
}

// The message a restore of `text` into an empty portfolio gives; the portfolio stays empty.
std::string refusalOf(const std::string& text) {
    auto target = storage::SqliteStore::openInMemory();
    std::istringstream in(text);
    try {
        exchange::restorePortfolioJson(in, *target);
    } catch (const ValidationError& error) {
        CHECK(target->listPeople().empty());
        CHECK(target->listAudit({}).empty());
        return error.what();
    }
    FAIL("the document was restored");
    return "";
}

std::string refusalOf(const json& document) { return refusalOf(document.dump()); }

std::size_t firstWith(const json& rows, const char* key) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!rows[i][key].is_null()) return i;
    FAIL("no row has " << key);
    return 0;
}

std::size_t indexOfId(const json& rows, const json& id) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i]["id"] == id) return i;
    FAIL("no row has id " << id);
    return 0;
}

}  // namespace

const std::string kVersion = std::to_string(exchange::kPortfolioJsonVersion);

namespace {

// The demo's document as version 5 wrote it: no well-being goals or ways of working.
json beforeVersion6(json document, int version) {
    document["version"] = version;
    for (const char* collection : {"ambitions", "innovations"})
        for (auto& record : document[collection])
            for (const char* since : {"wellbeing_goals", "ways_of_working"}) record.erase(since);
    return document;
}

// The demo's document as version 4 wrote it: no decisions, key decision threshold or nation.
json beforeVersion5(json document, int version) {
    document = beforeVersion6(std::move(document), version);
    document.erase("decisions");
    document["settings"].erase("key_decision_threshold_pence");
    document["settings"].erase("nation");
    return document;
}

// The demo's document as a version before 4 wrote it: no ideas, scores or gate, no engagements, and
// innovations with no public flag or description; nor what 5 added.
json beforeVersion4(json document, int version) {
    document = beforeVersion5(std::move(document), version);
    document.erase("ideas");
    document.erase("idea_scores");
    document["settings"].erase("ideas_gate");
    document.erase("engagements");
    for (auto& innovation : document["innovations"])
        for (const char* since : {"is_public", "public_description"}) innovation.erase(since);
    return document;
}

}  // namespace

TEST_CASE("a version 3 document, from before ideas, is restored with none and the default gate",
          "[exchange][portfolio-json][ideas]") {
    json document = demoDocument();
    REQUIRE_FALSE(document["ideas"].empty());
    REQUIRE_FALSE(document["idea_scores"].empty());
    REQUIRE(document["settings"]["ideas_gate"] == 15);
    document["settings"]["ideas_gate"] = 18;
    // The innovations promoted from ideas are kept, standing on their own.
    const json older = beforeVersion4(document, 3);
    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(older.dump());
    exchange::restorePortfolioJson(in, *restored);
    CHECK(restored->listIdeas().empty());
    CHECK(restored->listIdeaScores(std::nullopt).empty());
    CHECK(restored->ideaGate() == 15);
    CHECK(restored->listInnovations({}).size() == document["innovations"].size());
    // A version 3 document holding ideas holds what its version did not have.
    json mixed = older;
    mixed["ideas"] = json::array();
    CHECK(refusalOf(mixed) == "ideas: is not part of portfolio format version 3");
    mixed = older;
    mixed["settings"]["ideas_gate"] = 15;
    CHECK(refusalOf(mixed) == "settings.ideas_gate: is not a setting of portfolio format version 3");
}

TEST_CASE("a version 4 document, from before decisions, is restored with none, the default threshold and England",
          "[exchange][portfolio-json][decisions]") {
    json document = demoDocument();
    REQUIRE(document["decisions"].size() == 5);
    REQUIRE(document["settings"]["key_decision_threshold_pence"] == 50'000'000);
    REQUIRE(document["settings"]["nation"] == "england");
    const json older = beforeVersion5(document, 4);
    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(older.dump());
    exchange::restorePortfolioJson(in, *restored);
    CHECK(restored->listDecisions(std::nullopt).empty());
    CHECK(restored->keyDecisionThreshold() == 50'000'000);
    CHECK(restored->nation() == Nation::England);
    json mixed = older;
    mixed["decisions"] = document["decisions"];
    CHECK(refusalOf(mixed) == "decisions: is not part of portfolio format version 4");
    mixed = older;
    mixed["settings"]["nation"] = "wales";
    CHECK(refusalOf(mixed) == "settings.nation: is not a setting of portfolio format version 4");
}

TEST_CASE("a version 5 document keeps its decisions and settings, and holds them to their rules",
          "[exchange][portfolio-json][decisions]") {
    json document = demoDocument();
    document["settings"]["key_decision_threshold_pence"] = 25'000'000;
    document["settings"]["nation"] = "wales";
    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(document.dump());
    exchange::restorePortfolioJson(in, *restored);
    CHECK(restored->keyDecisionThreshold() == 25'000'000);
    CHECK(restored->nation() == Nation::Wales);
    const auto decisions = restored->listDecisions(std::nullopt);
    REQUIRE(decisions.size() == 5);
    const auto made = std::find_if(decisions.begin(), decisions.end(), [](const Decision& d) { return d.isMade(); });
    REQUIRE(made != decisions.end());
    CHECK(made->reasons.find("residential care") != std::string::npos);
    CHECK(made->reviewId.has_value());

    json broken = demoDocument();
    broken["settings"]["nation"] = "scotland";
    CHECK(refusalOf(broken) == "settings.nation: must be england or wales, not \"scotland\"");
    broken = demoDocument();
    broken["settings"]["key_decision_threshold_pence"] = 0;
    CHECK(refusalOf(broken) == "settings.key_decision_threshold_pence: must be a whole number of pence above 0, not 0");
    broken = demoDocument();
    broken["decisions"][0]["maker_id"] = nullptr;
    broken["decisions"][0]["maker_body"] = "";
    CHECK(refusalOf(broken).find("decisions[0].maker_body") == 0);
    broken = demoDocument();
    broken["decisions"][0]["review_id"] = 999;
    CHECK(refusalOf(broken).find("decisions[0].review_id") == 0);
}

TEST_CASE("a document's ideas are held to their rules on restore", "[exchange][portfolio-json][ideas]") {
    const json document = demoDocument();
    json broken = document;
    broken["settings"]["ideas_gate"] = 26;
    CHECK(refusalOf(broken) == "settings.ideas_gate: 26 is out of range; it must be 5 to 25");
    broken = document;
    std::size_t promoted = 0;
    while (broken["ideas"][promoted]["status"] != "promoted") ++promoted;
    broken["ideas"][promoted]["innovation_id"] = nullptr;
    CHECK(refusalOf(broken).find("ideas[" + std::to_string(promoted) + "].innovation_id") == 0);
    broken = document;
    broken["idea_scores"].push_back(broken["idea_scores"][0]);
    CHECK(refusalOf(broken).find("already has a score by person") != std::string::npos);
    broken = document;
    broken["idea_scores"][0]["cost_to_try"] = 6;
    CHECK(refusalOf(broken) == "idea_scores[0].cost_to_try: 6 is out of range; it must be 1 to 5");
}

TEST_CASE("a version 3 document, from before engagements, is restored with none and nothing public",
          "[exchange][portfolio-json]") {
    REQUIRE(demoDocument()["engagements"].size() > 0);
    json document = beforeVersion4(demoDocument(), 3);
    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(document.dump());
    exchange::restorePortfolioJson(in, *restored);
    CHECK(restored->listEngagements(std::nullopt).empty());
    for (const Innovation& innovation : restored->listInnovations({})) CHECK_FALSE(innovation.isPublic);
    // A version 3 document holding engagements holds what its version did not have, as for ideas.
    json withArray = beforeVersion4(demoDocument(), 3);
    withArray["engagements"] = demoDocument()["engagements"];
    CHECK(refusalOf(withArray) == "engagements: is not part of portfolio format version 3");
}

TEST_CASE("a version 1 document, from before people had logins, is restored with none", "[exchange][portfolio-json]") {
    json document = beforeVersion4(demoDocument(), 1);
    for (auto& person : document["people"]) person.erase("login");
    for (auto& entry : document["audit"])
        for (const char* since : {"login", "os_user", "host", "hash"}) entry.erase(since);
    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(document.dump());
    exchange::restorePortfolioJson(in, *restored);
    for (const Person& person : restored->listPeople()) CHECK(person.login.empty());
    CHECK(restored->listPeople().size() == document["people"].size());
    // A version 1 document that has a login holds a field its version did not have.
    document["people"][0]["login"] = "ann.jones";
    CHECK(refusalOf(document) == "people[0].login: is not a field of people in portfolio format version 1");
}

TEST_CASE("a restore refuses a document that is not a portfolio this version reads", "[exchange][portfolio-json]") {
    json document = demoDocument();
    SECTION("another format") {
        document["format"] = "taskwarrior";
        CHECK_THAT(refusalOf(document),
                   Catch::StartsWith("this is not an innotrack portfolio document: its \"format\" is \"taskwarrior\""));
    }
    SECTION("a newer version") {
        const std::string newer = std::to_string(exchange::kPortfolioJsonVersion + 1);
        document["version"] = exchange::kPortfolioJsonVersion + 1;
        CHECK(refusalOf(document) == "the document was written by a newer innotrack (portfolio format version " + newer +
                                         "; this innotrack reads version " + kVersion + "): upgrade innotrack to restore it");
    }
    SECTION("a version that is not one") {
        document["version"] = "1";
        CHECK_THAT(refusalOf(document), Catch::StartsWith("version: \"1\" is not a portfolio format version"));
    }
    SECTION("not an object") { CHECK_THAT(refusalOf(std::string("[1, 2]")), Catch::Contains("it is a JSON array, not an object")); }
    SECTION("a key this version does not know") {
        document["exported_by"] = "someone";
        CHECK(refusalOf(document) == "exported_by: is not part of portfolio format version " + kVersion);
    }
    SECTION("an array left out") {
        document.erase("milestone_moves");
        CHECK_THAT(refusalOf(document), Catch::StartsWith("milestone_moves: is missing"));
    }
}

TEST_CASE("malformed JSON is refused with the line and column the parser stopped at", "[exchange][portfolio-json]") {
    const std::string text = "{\n  \"format\": \"innotrack-portfolio\",\n  \"version\": 1,,\n}\n";
    const std::string message = refusalOf(text);
    CHECK_THAT(message, Catch::StartsWith("not valid JSON: parse error at line 3, column 16"));
    CHECK(message.find("[json.exception") == std::string::npos);
    CHECK_THAT(refusalOf(std::string()), Catch::StartsWith("not valid JSON: "));
}

TEST_CASE("a restore names the record and field of a value the domain would not accept", "[exchange][portfolio-json]") {
    json document = demoDocument();
    SECTION("a 10,000-character title") {
        document["innovations"][0]["title"] = std::string(10000, 'x');
        CHECK_THAT(refusalOf(document), Catch::StartsWith("innovations[0].title is 10000 characters long; the most allowed is 200"));
    }
    SECTION("negative money") {
        document["innovations"][0]["budget_pence"] = -100;
        CHECK(refusalOf(document) == "innovations[0].budget_pence: -100 is below zero; money is whole pence, 0 or more");
    }
    SECTION("money with a fraction") {
        document["innovations"][0]["budget_pence"] = 12.5;
        CHECK(refusalOf(document) == "innovations[0].budget_pence: must be a whole number, not number 12.5");
    }
    SECTION("a scale's label instead of its key") {
        document["innovations"][1]["confidence"] = "Amber/Green";
        CHECK_THAT(refusalOf(document),
                   Catch::StartsWith("innovations[1].confidence: 'Amber/Green' is not one of green, amber-green"));
    }
    SECTION("a day that is not in the calendar") {
        document["milestones"][2]["due"] = "2026-02-30";
        CHECK_THAT(refusalOf(document), Catch::StartsWith("milestones[2].due: '2026-02-30' is not a day of the calendar"));
    }
    SECTION("'today' for a date") {
        document["risks"][0]["raised_on"] = "today";
        CHECK(refusalOf(document) == "risks[0].raised_on: 'today' is not a date here; write YYYY-MM-DD");
    }
    SECTION("an audit time in another shape") {
        document["audit"][3]["at"] = "2026-03-02 12:00:03";
        CHECK_THAT(refusalOf(document), Catch::StartsWith("audit[3].at: '2026-03-02 12:00:03' is not a time written"));
    }
    SECTION("a likelihood off the scale") {
        document["risks"][4]["inherent_likelihood"] = 6;
        // The service's words (tracker/record_checks.hpp), scale and all.
        CHECK(refusalOf(document) == "risks[4].inherent_likelihood: 6 is out of range; it must be 1 to 5 (1 rare, 2 "
                                     "unlikely, 3 possible, 4 likely, 5 almost certain)");
    }
    SECTION("a field this version does not know") {
        document["people"][0]["nickname"] = "Hel";
        CHECK(refusalOf(document) == "people[0].nickname: is not a field of people in portfolio format version " + kVersion);
    }
    SECTION("a field this version does not know, in a record with every optional value set") {
        const std::size_t risk = firstWith(document["risks"], "setback_id");
        document["risks"][risk]["likelihood_words"] = "likely";
        CHECK(refusalOf(document) == "risks[" + std::to_string(risk) +
                                         "].likelihood_words: is not a field of risks in portfolio format version " + kVersion);
    }
    SECTION("a field left out") {
        document["people"][2].erase("email");
        CHECK(refusalOf(document) == "people[2].email: is missing; every field is written, null when it is not set");
    }
    SECTION("a name used twice, in another case") {
        std::string name = document["people"][0]["name"];
        for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        document["people"][3]["name"] = name;
        CHECK_THAT(refusalOf(document), Catch::EndsWith("is also the name of people[0]; names are unique without regard to case"));
    }
    SECTION("an unknown checklist question") {
        document["checklist_answers"][0]["question_key"] = "be-brilliant";
        CHECK_THAT(refusalOf(document), Catch::StartsWith("checklist_answers[0].question_key: 'be-brilliant' is not a question"));
    }
    SECTION("risk bands that do not rise") {
        document["settings"]["risk_bands"]["high_from"] = 4;
        CHECK_THAT(refusalOf(document), Catch::StartsWith("settings.risk_bands: risk bands: Moderate, High and Critical"));
    }
}

TEST_CASE("a restore refuses links that point at nothing or do not agree", "[exchange][portfolio-json]") {
    json document = demoDocument();
    SECTION("a dangling link") {
        document["risks"][12]["owner_id"] = 99;
        CHECK(refusalOf(document) == "risks[12].owner_id: no person 99 in the file");
    }
    SECTION("an id used twice") {
        document["milestones"][1]["id"] = document["milestones"][0]["id"];
        CHECK(refusalOf(document) == "milestones[1].id: id 1 is used twice (also by milestones[0])");
    }
    SECTION("a risk and its setback that do not name each other") {
        const std::size_t risk = firstWith(document["risks"], "setback_id");
        const std::size_t setback = indexOfId(document["setbacks"], document["risks"][risk]["setback_id"]);
        document["setbacks"][setback]["risk_id"] = nullptr;
        CHECK_THAT(refusalOf(document), Catch::StartsWith("risks[" + std::to_string(risk) + "].setback_id: setback ") &&
                                            Catch::EndsWith("the link goes both ways"));
    }
    SECTION("an intelligent failure without all five conditions") {
        const std::size_t setback = 0;
        document["setbacks"][setback]["kind"] = "intelligent";
        document["setbacks"][setback]["small"] = false;
        CHECK_THAT(refusalOf(document), Catch::StartsWith("setbacks[0].kind: a setback is an intelligent failure "
                                                          "only if all five conditions hold; not confirmed: "));
    }
    SECTION("two entries for one innovation in one review") {
        document["review_entries"].push_back(document["review_entries"][0]);
        CHECK_THAT(refusalOf(document), Catch::Contains("already has an entry for innovation"));
    }
}

TEST_CASE("a restore that fails part-way leaves the target portfolio as it was", "[exchange][portfolio-json]") {
    testing::TempDir dir;
    const std::string path = (dir.path() / "target.db").string();
    testing::createEmptyPortfolio(path);
    const auto before = testing::folderContents(dir.path());
    {
        auto file = storage::SqliteStore::open(path, storage::OpenMode::OpenExisting);
        // The disk fills after a hundred audit entries, long after every record went in.
        class FillsUp final : public testing::PassThroughStore {
        public:
            using PassThroughStore::PassThroughStore;
            Id appendAudit(const AuditEntry& entry) override {
                if (++written_ > 100) throw StorageError("disk full (simulated)");
                return PassThroughStore::appendAudit(entry);
            }

        private:
            int written_ = 0;
        };
        FillsUp target(*file);
        std::istringstream in(demoDocument().dump());
        CHECK_THROWS_AS(exchange::restorePortfolioJson(in, target), StorageError);
        CHECK(file->listPeople().empty());
        CHECK(file->listInnovations({}).empty());
        CHECK(file->listAudit({}).empty());
    }
    CHECK(testing::folderContents(dir.path()) == before);
}

TEST_CASE("a restore refuses a portfolio that already holds people", "[exchange][portfolio-json]") {
    testing::DemoFile demo;
    auto target = demo.open();
    const std::string before = testing::exportJson(*target);
    std::istringstream in(demoDocument().dump());
    CHECK_THROWS_WITH(exchange::restorePortfolioJson(in, *target),
                      Catch::StartsWith("The portfolio to restore into is not empty (it holds 6 people, 3 ambitions"));
    CHECK(testing::exportJson(*target) == before);

    // Nobody but a leader in it is not empty either.
    auto another = storage::SqliteStore::openInMemory();
    FixedClock clock(testing::kDemoDay);
    Portfolio(*another, clock).initialise(Person{0, "Cllr Only", Role::Leader, "", "", ""});
    std::istringstream again(demoDocument().dump());
    CHECK_THROWS_WITH(exchange::restorePortfolioJson(again, *another), Catch::Contains("(it holds 1 person)"));
}

TEST_CASE("a restore refuses a document whose audit trail was edited, naming the entry", "[exchange][portfolio-json]") {
    json document = demoDocument();
    REQUIRE(document["audit"].size() > 40);
    SECTION("a value changed") {
        document["audit"][39]["new_value"] = "title: Something else";
        CHECK(refusalOf(document).rfind("audit[39]: the audit trail has been altered: entry 40 of the trail (#40,", 0) == 0);
    }
    SECTION("an entry taken out") {
        document["audit"].erase(document["audit"].begin() + 10);
        CHECK(refusalOf(document).find("entry 11 of the trail (#12,") != std::string::npos);
    }
    SECTION("a hash made up") {
        document["audit"][0]["hash"] = std::string(64, 'a');
        CHECK(refusalOf(document).find("entry 1 of the trail (#1,") != std::string::npos);
    }
}

TEST_CASE("a version 2 document, from before the audit chain, is restored with its trail chained afresh",
          "[exchange][portfolio-json]") {
    json document = beforeVersion4(demoDocument(), 2);
    for (auto& entry : document["audit"])
        for (const char* since : {"os_user", "host", "hash"}) entry.erase(since);
    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(document.dump());
    exchange::restorePortfolioJson(in, *restored);
    const auto trail = restored->listAudit({});
    CHECK(trail.size() == document["audit"].size());
    CHECK(verifyChain(restored->portfolioKey(), trail).intact());
    CHECK(trail.back().hash == demoDocument()["audit"].back()["hash"]);  // the demo recorded no account
}

TEST_CASE("a version 5 document, from before well-being goals, is restored with none, a goal not of the Act is refused",
          "[exchange][portfolio-json][wellbeing]") {
    const json older = beforeVersion6(demoDocument(), 5);
    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(older.dump());
    exchange::restorePortfolioJson(in, *restored);
    REQUIRE_FALSE(restored->listAmbitions().empty());
    for (const Ambition& ambition : restored->listAmbitions()) CHECK(ambition.goals.empty());
    for (const Innovation& innovation : restored->listInnovations({})) CHECK(innovation.ways.empty());
    // A version 5 document holding them holds what its version did not have.
    json mixed = older;
    mixed["ambitions"][0]["wellbeing_goals"] = json::array({"prosperous"});
    CHECK(refusalOf(mixed) == "ambitions[0].wellbeing_goals: is not a field of ambitions in portfolio format version 5");

    json broken = demoDocument();
    broken["innovations"][1]["wellbeing_goals"] = json::array({"resilient", "sunny"});
    CHECK(refusalOf(broken) ==
          "innovations[1].wellbeing_goals[1]: 'sunny' is not one of prosperous, resilient, healthier, more-equal, "
          "cohesive, culture-language or globally-responsible");
    broken["innovations"][1]["wellbeing_goals"] = "resilient";
    CHECK_THAT(refusalOf(broken), Catch::StartsWith("innovations[1].wellbeing_goals: "));
}

}  // namespace innotrack
