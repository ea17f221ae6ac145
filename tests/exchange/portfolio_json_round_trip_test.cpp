// The whole portfolio as JSON and back: a restore of the demo reproduces every record, date,
// link and audit entry, checked by a second export and record by record against the store.
#include "portfolio_json_fixture.hpp"

#include "exchange/portfolio_document.hpp"
#include "records.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

namespace innotrack {
namespace {

using testing::DemoFile;

// Whole records: each record's == covers every member.
template <typename Record>
void requireSame(const std::vector<Record>& original, const std::vector<Record>& restored) {
    REQUIRE(restored.size() == original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        INFO("record " << i);
        CHECK(restored[i] == original[i]);
    }
}

std::vector<MilestoneMove> allMoves(const PortfolioStore& store) {
    std::vector<MilestoneMove> moves;
    for (const auto& milestone : store.listMilestones(std::nullopt))
        for (const auto& move : store.listMilestoneMoves(milestone.id)) moves.push_back(move);
    return moves;
}

std::vector<ReviewEntry> allEntries(const PortfolioStore& store) {
    std::vector<ReviewEntry> entries;
    for (const auto& review : store.listReviews())
        for (const auto& entry : store.listReviewEntries(review.id)) entries.push_back(entry);
    return entries;
}

std::size_t countRecords(const nlohmann::json& document) {
    std::size_t records = 0;
    for (const auto& [key, value] : document.items())
        if (value.is_array() && key != "audit") records += value.size();
    return records;
}

}  // namespace

TEST_CASE("a restore of the demo portfolio reproduces every record, link and audit entry", "[exchange][portfolio-json]") {
    DemoFile demo;
    const auto original = demo.open();
    const std::string first = testing::exportJson(*original);
    CHECK(testing::exportJson(*original) == first);  // the same portfolio always gives the same bytes

    const std::string restoredPath = demo.file("restored.db");
    auto restored = storage::SqliteStore::open(restoredPath, storage::OpenMode::CreateNew);
    std::istringstream in(first);
    const exchange::RestoreSummary summary = exchange::restorePortfolioJson(in, *restored);

    const auto document = nlohmann::json::parse(first);
    CHECK(summary.records == countRecords(document));
    CHECK(summary.auditEntries == original->listAudit({}).size());
    CHECK(summary.auditEntries == document["audit"].size());
    CHECK(summary.records > 200);

    // The second export is the first, byte for byte...
    CHECK(testing::exportJson(*restored) == first);

    // ...and, not trusting the writer alone, the stores agree record by record.
    requireSame(original->listInnovations({}), restored->listInnovations({}));
    requireSame(original->listMilestones(std::nullopt), restored->listMilestones(std::nullopt));
    requireSame(allMoves(*original), allMoves(*restored));
    requireSame(original->listRisks(std::nullopt), restored->listRisks(std::nullopt));
    requireSame(original->listSetbacks(std::nullopt), restored->listSetbacks(std::nullopt));
    requireSame(original->listLessons({}), restored->listLessons({}));
    requireSame(original->listBenefits(std::nullopt), restored->listBenefits(std::nullopt));
    requireSame(allEntries(*original), allEntries(*restored));
    requireSame(original->listAudit({}), restored->listAudit({}));  // hashes too: the chain comes across
    CHECK(verifyChain(restored->portfolioKey(), restored->listAudit({})).intact());
    CHECK(restored->riskBands().moderateFrom == 4);
    CHECK(restored->riskBands().highFrom == 9);
    CHECK(restored->riskBands().criticalFrom == 16);
    // The key calendar UIDs are made from comes across, so a restored file's calendar export
    // updates the same events rather than adding a second copy of each.
    CHECK(restored->portfolioKey() == original->portfolioKey());
    CHECK(document["settings"]["portfolio_key"] == original->portfolioKey());

    // What the demo has, so the comparisons above compared something.
    const auto risks = restored->listRisks(std::nullopt);
    CHECK(std::any_of(risks.begin(), risks.end(), [](const Risk& r) { return r.setbackId.has_value(); }));
    CHECK(!allMoves(*restored).empty());
    CHECK(!allEntries(*restored).empty());

    FixedClock clock(testing::kDemoDay);
    CHECK(Portfolio(*restored, clock).check().empty());
}

TEST_CASE("the document lists each array by id with dates, money and scales as documented", "[exchange][portfolio-json]") {
    DemoFile demo;
    const auto store = demo.open();
    const auto document = nlohmann::json::parse(testing::exportJson(*store));

    CHECK(document["format"] == "innotrack-portfolio");
    CHECK(document["version"] == exchange::kPortfolioJsonVersion);
    CHECK_FALSE(document.contains("exported_at"));
    CHECK(document["settings"]["risk_bands"] == nlohmann::json({{"moderate_from", 4}, {"high_from", 9}, {"critical_from", 16}}));

    const auto innovation = store->listInnovations({}).front();
    const nlohmann::json* written = nullptr;
    for (const auto& row : document["innovations"])
        if (row["id"] == innovation.id) written = &row;
    REQUIRE(written != nullptr);
    CHECK((*written)["title"] == innovation.title);
    CHECK((*written)["budget_pence"].is_number_integer());
    CHECK((*written)["budget_pence"] == innovation.budgetPence);
    CHECK((*written)["stage"] == std::string(keyOf(innovation.stage)));
    CHECK((*written)["confidence"] == std::string(keyOf(innovation.confidence)));
    CHECK((*written)["start_date"] == (innovation.startDate ? nlohmann::json(formatDate(*innovation.startDate)) : nlohmann::json()));

    for (const char* array : {"people", "innovations", "milestones", "risks", "setbacks", "lessons", "audit"}) {
        INFO(array);
        const auto& rows = document[array];
        REQUIRE(rows.size() > 1);
        for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1]["id"] < rows[i]["id"]);
    }
    const auto& audit = document["audit"].front();
    CHECK(audit["at"].get<std::string>().size() == std::string("2026-03-02T12:00:00Z").size());
}

TEST_CASE("a change that lands while the portfolio is read makes the export read it again", "[exchange][portfolio-json]") {
    DemoFile demo;
    const auto store = demo.open();

    // Halfway through the first read (after the innovations, before the risks), another
    // writer adds a risk through the service.
    class WriterMidway final : public testing::PassThroughStore {
    public:
        WriterMidway(storage::SqliteStore& inner, const std::string& path) : PassThroughStore(inner), path_(path) {}
        void forEachRisk(OptionalId id, const RecordVisitor<Risk>& visit) const override {
            if (!written_) {
                written_ = true;
                auto other = storage::SqliteStore::open(path_, storage::OpenMode::OpenExisting);
                FixedClock clock(testing::kDemoDay);
                Portfolio portfolio(*other, clock);
                Risk risk;
                risk.innovationId = portfolio.store().listInnovations({}).front().id;
                risk.title = "Added while the export was reading";
                risk.ownerId = 1;
                portfolio.addRisk(1, risk);
            }
            PassThroughStore::forEachRisk(id, visit);
        }

    private:
        std::string path_;
        mutable bool written_ = false;
    };

    WriterMidway reader(*store, demo.path());
    const exchange::PortfolioDocument read = exchange::readPortfolio(reader);
    // The risk and its audit entry are both in, or the document would be torn.
    CHECK(read.risks.back().title == "Added while the export was reading");
    CHECK(read.audit.back().entity == "risk");
    CHECK(read.audit.back().entityId == read.risks.back().id);
    CHECK(testing::exportJson(*store) == [&] {
        std::ostringstream out;
        exchange::writePortfolioDocument(read, out);
        return out.str();
    }());
}

TEST_CASE("a portfolio that keeps changing is not exported torn", "[exchange][portfolio-json]") {
    DemoFile demo;
    const auto store = demo.open();

    // Every read lands between two audit entries of a writer that never stops.
    class AlwaysChanging final : public testing::PassThroughStore {
    public:
        explicit AlwaysChanging(PortfolioStore& inner) : PassThroughStore(inner), writer_(inner) {}
        void forEachBenefit(OptionalId id, const RecordVisitor<Benefit>& visit) const override {
            AuditEntry entry;
            entry.at = Timestamp(testing::kDemoDay, boost::posix_time::hours(13));
            entry.actorId = 1;
            entry.entity = "settings";
            entry.action = "changed";
            writer_.appendAudit(entry);
            PassThroughStore::forEachBenefit(id, visit);
        }

    private:
        PortfolioStore& writer_;
    };

    AlwaysChanging reader(*store);
    CHECK_THROWS_AS(exchange::readPortfolio(reader), ConflictError);
}

TEST_CASE("a Welsh portfolio's well-being goals and ways of working come back from format 6",
          "[exchange][portfolio-json][wellbeing]") {
    auto original = storage::SqliteStore::openInMemory();
    const testing::Seed ids = testing::seed(*original);
    original->setNation(Nation::Wales);
    Ambition ambition = *original->findAmbition(ids.ambition);
    ambition.goals = {WellbeingGoal::CultureLanguage, WellbeingGoal::Prosperous};
    ambition.ways = {WayOfWorking::LongTerm};
    original->updateAmbition(ambition);
    Innovation innovation = *original->findInnovation(ids.innovation);
    innovation.goals = {WellbeingGoal::Healthier};
    innovation.ways = {WayOfWorking::Prevention, WayOfWorking::Involvement};
    original->updateInnovation(innovation);

    const std::string document = testing::exportJson(*original);
    const auto parsed = nlohmann::json::parse(document);
    CHECK(parsed["ambitions"][0]["wellbeing_goals"] == nlohmann::json::array({"prosperous", "culture-language"}));
    CHECK(parsed["innovations"][0]["ways_of_working"] == nlohmann::json::array({"prevention", "involvement"}));

    auto restored = storage::SqliteStore::openInMemory();
    std::istringstream in(document);
    exchange::restorePortfolioJson(in, *restored);
    CHECK(restored->nation() == Nation::Wales);
    requireSame(original->listAmbitions(), restored->listAmbitions());
    requireSame(original->listInnovations({}), restored->listInnovations({}));
    CHECK(testing::exportJson(*restored) == document);
}

}  // namespace innotrack
