// The records behind each tally figure and heat-map cell (TallyQueries::tallyRecords and
// openRiskRecords) on a hand-built portfolio with records in and out of the period: every list
// holds exactly as many records as its figure counts, and the very records expected.
#include "tally_fixture.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace innotrack::testing {
namespace {

const Period kRecordsYear = financialYear(2026);  // 1 April 2026 to 31 March 2027
constexpr std::size_t kAll = 100;                  // more than any list here holds

std::set<Id> idsOf(const TallyRecords& listed) {
    std::set<Id> ids;
    for (const TallyRecord& record : listed.records) ids.insert(record.id);
    return ids;
}

// Every kind of record the tally counts, some in 2026/27 and some outside it, and the ids of
// those each figure and heat-map cell should list for the year.
struct RecordsPortfolio {
    TallyPortfolio p;
    std::map<TallyFigure, std::set<Id>> expected;
    std::map<std::pair<int, int>, std::set<Id>> expectedCells;  // open on 31 March 2027
    Id lastStageChange(const Innovation& of) { return p.store->listStageChanges(of.id).back().id; }

    RecordsPortfolio() {
        for (const TallyFigure figure : kTallyFigures) expected[figure] = {};
        auto& onTime = expected[TallyFigure::MilestonesOnTime];
        onTime.insert(p.completedMilestone(p.homeCare, day(2026, 6, 30), day(2026, 6, 30)).id);  // on the baseline
        onTime.insert(p.completedMilestone(p.solar, day(2026, 12, 31), day(2026, 12, 1)).id);    // early
        expected[TallyFigure::MilestonesLate].insert(
            p.completedMilestone(p.homeCare, day(2026, 6, 30), day(2026, 7, 1)).id);
        p.completedMilestone(p.energy, day(2026, 3, 1), day(2026, 3, 20));  // completed before the year
        p.milestone(p.energy, day(2026, 5, 1));                             // never completed

        expected[TallyFigure::BenefitsRealised].insert(p.realisedBenefit(p.solar, day(2026, 9, 10)).id);
        p.realisedBenefit(p.homeCare, day(2027, 4, 2));  // after the year

        p.advance(p.energy, Stage::Exploring, day(2026, 3, 31));  // before the year
        auto& advances = expected[TallyFigure::StageAdvances];
        p.advance(p.homeCare, Stage::Exploring, day(2026, 5, 1));
        advances.insert(lastStageChange(p.homeCare));
        p.advance(p.homeCare, Stage::Scaling, day(2026, 6, 1));  // skips Piloting: one advance
        advances.insert(lastStageChange(p.homeCare));
        p.advance(p.homeCare, Stage::Piloting, day(2026, 7, 1));  // back: not an advance
        p.advance(p.solar, Stage::Stopped, day(2026, 9, 1));      // stopping is never forward

        auto& basic = expected[TallyFigure::SetbacksBasic];
        basic.insert(p.setback(p.homeCare, day(2026, 5, 10), FailureKind::Basic).id);
        basic.insert(p.setback(p.solar, day(2026, 11, 10), FailureKind::Basic).id);
        p.setback(p.solar, day(2027, 4, 15), FailureKind::Basic);  // after the year
        p.setback(p.energy, day(2026, 2, 1), FailureKind::Intelligent);  // before it: none in the year
        auto& complex = expected[TallyFigure::SetbacksComplex];
        complex.insert(p.setback(p.homeCare, day(2026, 6, 10), FailureKind::Complex).id);
        const Risk foreseen = p.risk(p.solar, day(2026, 4, 15), 3, 4);
        complex.insert(p.occurred(foreseen, day(2026, 8, 1)).id);  // the risk that occurred, once

        const Risk r1 = p.risk(p.homeCare, day(2026, 4, 1), 5, 5, std::pair{2, 2});  // residual 2×2
        const Risk r2 = p.risk(p.homeCare, day(2026, 5, 1), 3, 3, std::pair{4, 4});
        p.closeRisk(r2, day(2026, 6, 1));  // closed before the day: not on the map
        const Risk r3 = p.risk(p.homeCare, day(2026, 6, 1), 3, 5);
        const Risk r4 = p.risk(p.solar, day(2026, 3, 15), 4, 4);  // raised before the year, still open
        const Risk r5 = p.risk(p.solar, day(2026, 7, 1), 2, 2);
        p.closeRisk(r5, day(2027, 4, 10));       // closed after the day: open on it
        p.risk(p.solar, day(2027, 4, 5), 5, 5);  // raised after the day
        expectedCells[{2, 2}] = {r1.id, r5.id};
        expectedCells[{3, 5}] = {r3.id};
        expectedCells[{4, 4}] = {r4.id};
    }
};

TEST_CASE("every tally figure lists exactly the records it counts, for the year and each quarter",
          "[backend][reports][tally][records]") {
    RecordsPortfolio fixed;
    const TallyQueries& queries = fixed.p.queries();
    const TallyCounts year = fixed.p.counts(kRecordsYear);
    // Not trivially equal: some figures count more than one record, one counts none.
    CHECK(year.milestonesOnTime == 2);
    CHECK(year.setbacksBasic == 2);
    CHECK(year.setbacksComplex == 2);
    CHECK(year.stageAdvances == 2);
    CHECK(year.setbacksIntelligent == 0);

    for (const TallyFigure figure : kTallyFigures) {
        INFO("figure " << tallyFigureKey(figure));
        const TallyRecords listed = queries.tallyRecords(kRecordsYear, {}, figure, kAll);
        CHECK(listed.total == countOf(year, figure));
        CHECK(static_cast<std::int64_t>(listed.records.size()) == listed.total);
        CHECK(idsOf(listed) == fixed.expected[figure]);
        CHECK(std::is_sorted(listed.records.begin(), listed.records.end(),
                             [](const TallyRecord& a, const TallyRecord& b) { return a.on < b.on; }));
        std::size_t inQuarters = 0;
        for (const TallyRow& quarter : queries.tally(kRecordsYear, {}, TallyGrouping::Quarter)) {
            INFO("quarter " << quarter.key);
            const TallyRecords ofQuarter = queries.tallyRecords(quarter.period, {}, figure, kAll);
            CHECK(ofQuarter.total == countOf(quarter.counts, figure));
            CHECK(static_cast<std::int64_t>(ofQuarter.records.size()) == ofQuarter.total);
            for (const TallyRecord& record : ofQuarter.records) {
                CHECK(fixed.expected[figure].count(record.id) == 1);
                CHECK(quarter.period.contains(record.on));
            }
            inQuarters += ofQuarter.records.size();
        }
        CHECK(inQuarters == fixed.expected[figure].size());
    }
}

TEST_CASE("every heat-map cell lists exactly the open risks it counts", "[backend][reports][tally][records]") {
    RecordsPortfolio fixed;
    const TallyQueries& queries = fixed.p.queries();
    const RiskHeatMap map = queries.openRiskHeatMap(kRecordsYear.to, {});
    std::int64_t listedInAll = 0;
    for (int likelihood = 1; likelihood <= 5; ++likelihood)
        for (int impact = 1; impact <= 5; ++impact) {
            INFO("likelihood " << likelihood << ", impact " << impact);
            const TallyRecords listed = queries.openRiskRecords(kRecordsYear.to, {}, likelihood, impact, kAll);
            CHECK(listed.total ==
                  map[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)]);
            CHECK(static_cast<std::int64_t>(listed.records.size()) == listed.total);
            CHECK(idsOf(listed) == fixed.expectedCells[{likelihood, impact}]);
            listedInAll += listed.total;
        }
    CHECK(listedInAll == 4);
    CHECK(map[1][1] == 2);
}

TEST_CASE("a record list says what each record is, of which innovation and when, and stops at its limit",
          "[backend][reports][tally][records]") {
    RecordsPortfolio fixed;
    const TallyQueries& queries = fixed.p.queries();

    const TallyRecords moves = queries.tallyRecords(kRecordsYear, {}, TallyFigure::StageAdvances, kAll);
    REQUIRE(moves.records.size() == 2);
    CHECK(moves.records[0].what == "Idea → Exploring");
    CHECK(moves.records[0].innovation == "Home care by video");
    CHECK(moves.records[0].innovationId == fixed.p.homeCare.id);
    CHECK(moves.records[0].on == day(2026, 5, 1));
    CHECK(moves.records[1].what == "Exploring → Scaling");

    const TallyRecords late = queries.tallyRecords(kRecordsYear, {}, TallyFigure::MilestonesLate, kAll);
    REQUIRE(late.records.size() == 1);
    CHECK(late.records[0].what == "Milestone due 2026-06-30");
    CHECK(late.records[0].on == day(2026, 7, 1));
    CHECK(queries.tallyRecords(kRecordsYear, {}, TallyFigure::BenefitsRealised, kAll).records.at(0).what ==
          "Hours saved");

    // Cut at the limit, the earliest first, with the total still whole.
    const TallyRecords first = queries.tallyRecords(kRecordsYear, {}, TallyFigure::MilestonesOnTime, 1);
    REQUIRE(first.records.size() == 1);
    CHECK(first.total == 2);
    CHECK(first.more() == 1);
    CHECK(first.records[0].on == day(2026, 6, 30));
    const TallyRecords cell = queries.openRiskRecords(kRecordsYear.to, {}, 2, 2, 1);
    CHECK(cell.records.size() == 1);
    CHECK(cell.total == 2);
    CHECK(cell.records[0].what == "Risk raised 2026-04-01");

    // The scope narrows the list as it narrows the count.
    const TallyScope solar{std::nullopt, std::nullopt, fixed.p.solar.id, std::nullopt};
    const TallyRecords solarBasic = queries.tallyRecords(kRecordsYear, solar, TallyFigure::SetbacksBasic, kAll);
    CHECK(solarBasic.total == fixed.p.counts(kRecordsYear, solar).setbacksBasic);
    CHECK(solarBasic.total == 1);
    const TallyScope bob{std::nullopt, fixed.p.bob.id, std::nullopt, std::nullopt};
    CHECK(idsOf(queries.openRiskRecords(kRecordsYear.to, bob, 2, 2, kAll)).size() == 1);  // r1, home care's

    // A backwards period, or a cell off the 1-to-5 scales, is refused in words.
    CHECK_THROWS_AS(queries.tallyRecords(Period{kRecordsYear.to, kRecordsYear.from}, {}, TallyFigure::SetbacksBasic, 5),
                    ValidationError);
    CHECK_THROWS_AS(queries.openRiskRecords(kRecordsYear.to, {}, 0, 3, 5), ValidationError);
    CHECK_THROWS_AS(queries.openRiskRecords(kRecordsYear.to, {}, 3, 6, 5), ValidationError);
}

}  // namespace
}  // namespace innotrack::testing
