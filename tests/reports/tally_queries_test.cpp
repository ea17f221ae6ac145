// The tally's SQL (the backend's TallyQueries) on hand-built portfolios: every expected
// count is worked out from the events placed in the test itself.
#include "tally_fixture.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

namespace innotrack::testing {
namespace {

const Period kYear2026 = financialYear(2026);  // 1 April 2026 to 31 March 2027

TallyScope ofAmbition(Id id) { return {id, std::nullopt, std::nullopt, std::nullopt}; }
TallyScope ofCabinet(Id id) { return {std::nullopt, id, std::nullopt, std::nullopt}; }
TallyScope ofInnovation(Id id) { return {std::nullopt, std::nullopt, id, std::nullopt}; }

TEST_CASE("an empty portfolio counts nothing in any grouping", "[backend][reports][tally]") {
    TestPortfolio empty;
    const TallyQueries& queries = empty.backend().tallyQueries();
    const auto rows = queries.tally(kYear2026, {}, TallyGrouping::None);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].key == "all");
    CHECK(rows[0].period == kYear2026);
    CHECK(rows[0].counts == TallyCounts{});

    const auto quarters = queries.tally(kYear2026, {}, TallyGrouping::Quarter);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[0].key == "2026Q1");
    CHECK(quarters[3].key == "2026Q4");
    CHECK(quarters[3].period == Period{day(2027, 1, 1), day(2027, 3, 31)});
    for (const auto& row : quarters) CHECK(row.counts == TallyCounts{});

    CHECK(queries.tally(kYear2026, {}, TallyGrouping::Ambition).empty());
    CHECK(queries.tally(kYear2026, {}, TallyGrouping::Cabinet).empty());
    CHECK(queries.tally(kYear2026, {}, TallyGrouping::Innovation).empty());
    CHECK(queries.openRiskHeatMap(kYear2026.to, {}) == RiskHeatMap{});
}

TEST_CASE("a milestone is on time on its baseline day, late a day after, and a moved one is judged by its baseline",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    p.completedMilestone(p.homeCare, day(2026, 6, 30), day(2026, 6, 30));  // on the baseline: on time
    p.completedMilestone(p.homeCare, day(2026, 6, 30), day(2026, 7, 1));   // a day after: late
    const Milestone moved = p.milestone(p.solar, day(2026, 8, 31));
    p.portfolio.moveMilestone(p.leader.id, moved.id, day(2026, 10, 31), "Contractor delayed");
    p.portfolio.completeMilestone(p.leader.id, moved.id,
                                  day(2026, 9, 15));  // before the new date, after the baseline: late
    p.completedMilestone(p.solar, day(2026, 12, 31), day(2026, 12, 1));  // early: on time
    p.milestone(p.energy, day(2026, 5, 1));                              // never completed: not counted

    const TallyCounts year = p.counts(kYear2026);
    CHECK(year.milestonesOnTime == 2);
    CHECK(year.milestonesLate == 2);
    CHECK(year.wentRight() == 4);
    CHECK(year.wentWrong() == 0);

    // Counted in the quarter of completion: Q1 holds the first; Q2 the two late ones; Q3 the early one.
    const auto quarters = p.queries().tally(kYear2026, {}, TallyGrouping::Quarter);
    CHECK(quarters[0].counts.milestonesOnTime == 1);
    CHECK(quarters[0].counts.milestonesLate == 0);
    CHECK(quarters[1].counts.milestonesOnTime == 0);
    CHECK(quarters[1].counts.milestonesLate == 2);
    CHECK(quarters[2].counts.milestonesOnTime == 1);
    CHECK(quarters[3].counts.wentRight() == 0);
}

TEST_CASE("31 March belongs to the old financial year and 1 April to the new, and quarters split the same way",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    p.completedMilestone(p.homeCare, day(2026, 3, 31), day(2026, 3, 31));  // 2025/26
    p.realisedBenefit(p.homeCare, day(2026, 4, 1));                        // 2026/27, Q1
    p.advance(p.solar, Stage::Exploring, day(2026, 4, 1));                 // 2026/27, Q1
    p.setback(p.solar, day(2026, 12, 31));                                 // Q3 2026/27
    p.setback(p.solar, day(2027, 1, 1));                                   // Q4 2026/27
    p.setback(p.solar, day(2027, 3, 31));                                  // Q4 2026/27
    p.setback(p.energy, day(2027, 4, 1));                                  // 2027/28

    const TallyCounts before = p.counts(financialYear(2025));
    CHECK(before.milestonesOnTime == 1);
    CHECK(before.wentRight() == 1);
    CHECK(before.wentWrong() == 0);

    const TallyCounts year = p.counts(kYear2026);
    CHECK(year.milestonesOnTime == 0);
    CHECK(year.benefitsRealised == 1);
    CHECK(year.stageAdvances == 1);
    CHECK(year.setbacksBasic == 3);

    CHECK(p.counts(financialYear(2027)).setbacksBasic == 1);

    const auto quarters = p.queries().tally(kYear2026, {}, TallyGrouping::Quarter);
    CHECK(quarters[0].counts.wentRight() == 2);
    CHECK(quarters[2].counts.wentWrong() == 1);
    CHECK(quarters[3].counts.wentWrong() == 2);
}

TEST_CASE("stage advances are forward moves only, and skipping a stage is one advance", "[backend][reports][tally]") {
    TallyPortfolio p;
    p.advance(p.energy, Stage::Exploring, day(2026, 3, 31));      // before the period
    p.advance(p.homeCare, Stage::Exploring, day(2026, 5, 1));     // forward: 1
    p.advance(p.homeCare, Stage::Scaling, day(2026, 6, 1));       // skips Piloting: 1
    p.advance(p.homeCare, Stage::Piloting, day(2026, 7, 1));      // back: 0
    p.advance(p.homeCare, Stage::Scaling, day(2026, 8, 1));       // forward again: 1
    p.advance(p.homeCare, Stage::Mainstreamed, day(2027, 4, 1));  // after the period
    p.advance(p.solar, Stage::Stopped, day(2026, 9, 1));          // stopping is never forward

    const TallyCounts year = p.counts(kYear2026);
    CHECK(year.stageAdvances == 3);
    CHECK(year.wentRight() == 3);
}

TEST_CASE("setbacks count by kind, a risk that occurred counts once, and lessons cover setbacks not lessons",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    const Setback basic = p.setback(p.homeCare, day(2026, 5, 10), FailureKind::Basic);
    p.lesson(basic);
    p.lesson(basic);  // a second lesson on the same setback: still one setback covered
    p.setback(p.homeCare, day(2026, 6, 10), FailureKind::Complex);
    const Setback intelligent = p.setback(p.solar, day(2026, 7, 10), FailureKind::Intelligent);
    p.lesson(intelligent);
    const Risk foreseen = p.risk(p.solar, day(2026, 4, 15), 3, 4);
    p.occurred(foreseen, day(2026, 8, 1));  // one complex setback, linked to the risk

    const TallyCounts year = p.counts(kYear2026);
    CHECK(year.setbacksBasic == 1);
    CHECK(year.setbacksComplex == 2);
    CHECK(year.setbacksIntelligent == 1);
    CHECK(year.wentWrong() == 4);  // not 5: the occurred risk is its setback
    CHECK(year.setbacksWithLesson == 2);
    CHECK(year.risksRaised == 1);
    CHECK(year.risksRaisedOccurred == 1);
    CHECK(year.risksRaisedClosed == 0);
    CHECK(year.risksRaisedOpen == 0);
    CHECK(year.risksOpenAtEnd == 0);  // it occurred on 1 August

    // At the end of Q1 (30 June) the risk had not yet occurred.
    CHECK(p.counts(Period{day(2026, 4, 1), day(2026, 6, 30)}).risksOpenAtEnd == 1);
}

TEST_CASE("risks taken: Critical by the score now under the file's bands, outcomes so far, open at the end",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    p.risk(p.homeCare, day(2026, 4, 1), 5, 5, std::pair{2, 2});                  // r1, 4: mitigated, not Critical
    const Risk r2 = p.risk(p.homeCare, day(2026, 5, 1), 3, 3, std::pair{4, 4});  // 16: Critical
    p.closeRisk(r2, day(2026, 6, 1));
    p.risk(p.homeCare, day(2026, 6, 1), 3, 5);  // r3, 15: Critical, on the line
    p.risk(p.solar, day(2026, 3, 15), 4, 4);    // r4, raised before: open all year
    const Risk r5 = p.risk(p.solar, day(2026, 7, 1), 2, 2);
    p.closeRisk(r5, day(2027, 4, 10));       // closed after the year ended
    p.risk(p.solar, day(2027, 4, 5), 5, 5);  // raised after the year

    const TallyCounts year = p.counts(kYear2026);
    CHECK(year.risksRaised == 4);          // r1, r2, r3, r5
    CHECK(year.risksRaisedCritical == 2);  // r2 (16), r3 (15)
    CHECK(year.risksRaisedOccurred == 0);
    CHECK(year.risksRaisedClosed == 2);  // r2, r5 (closed now, though after the year)
    CHECK(year.risksRaisedOpen == 2);    // r1, r3
    CHECK(year.risksOpenAtEnd == 4);     // r1, r3, r4, and r5 (closed only in April 2027)
    CHECK(year.wentRight() == 0);
    CHECK(year.wentWrong() == 0);

    // The file's bands decide: with Critical from 16, only r2 is Critical.
    p.portfolio.setRiskBands(p.leader.id, RiskBands{5, 10, 16});
    CHECK(p.counts(kYear2026).risksRaisedCritical == 1);

    // Open on 31 March 2027, by residual likelihood (row) and impact (column) where set.
    RiskHeatMap expected{};
    expected[1][1] = 2;  // r1 (residual 2×2) and r5 (2×2)
    expected[2][4] = 1;  // r3 (3×5)
    expected[3][3] = 1;  // r4 (4×4)
    CHECK(p.queries().openRiskHeatMap(kYear2026.to, {}) == expected);

    // On 15 May 2026: r1, r2 (residual 4×4, closed only on 1 June) and r4.
    RiskHeatMap may{};
    may[1][1] = 1;
    may[3][3] = 2;
    CHECK(p.queries().openRiskHeatMap(day(2026, 5, 15), {}) == may);
    RiskHeatMap solarOnly{};
    solarOnly[3][3] = 1;
    CHECK(p.queries().openRiskHeatMap(day(2026, 5, 15), ofInnovation(p.solar.id)) == solarOnly);
}

// One setback on home care, two on solar, three on community energy.
void spreadSetbacks(TallyPortfolio& p) {
    p.setback(p.homeCare, day(2026, 6, 1));
    for (int i = 0; i < 2; ++i) p.setback(p.solar, day(2026, 6, 2 + i));
    for (int i = 0; i < 3; ++i) p.setback(p.energy, day(2026, 7, 1 + i));
}

TEST_CASE("scope filters narrow by ambition, cabinet lead and innovation, and every set field must hold",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    spreadSetbacks(p);
    CHECK(p.counts(kYear2026).wentWrong() == 6);
    CHECK(p.counts(kYear2026, ofAmbition(p.independence.id)).wentWrong() == 1);
    CHECK(p.counts(kYear2026, ofAmbition(p.netZero.id)).wentWrong() == 2);
    CHECK(p.counts(kYear2026, ofAmbition(p.highStreets.id)).wentWrong() == 0);
    CHECK(p.counts(kYear2026, ofCabinet(p.bob.id)).wentWrong() == 1);
    CHECK(p.counts(kYear2026, ofCabinet(p.cat.id)).wentWrong() == 2);
    CHECK(p.counts(kYear2026, ofInnovation(p.energy.id)).wentWrong() == 3);
    CHECK(p.counts(kYear2026, {p.netZero.id, p.bob.id, std::nullopt, std::nullopt}).wentWrong() == 0);
    CHECK(p.counts(kYear2026, {p.independence.id, std::nullopt, p.homeCare.id, std::nullopt}).wentWrong() == 1);
}

TEST_CASE("by ambition: every ambition, including those with nothing, and a row for innovations without one",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    spreadSetbacks(p);
    const auto rows = p.queries().tally(kYear2026, {}, TallyGrouping::Ambition);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].key == std::to_string(p.independence.id));
    CHECK(rows[0].label == "Older people live independently");
    CHECK(rows[0].counts.wentWrong() == 1);
    CHECK(rows[1].label == "Net zero by 2040");
    CHECK(rows[1].counts.wentWrong() == 2);
    CHECK(rows[2].label == "Thriving high streets");
    CHECK(rows[2].counts == TallyCounts{});
    CHECK(rows[3].key == "none");
    CHECK(rows[3].label == "No ambition");
    CHECK(rows[3].counts.wentWrong() == 3);
    for (const auto& row : rows) CHECK(row.period == kYear2026);

    // Within Bob's innovations only the ambition they serve is in scope, and none lacks one.
    const auto bobs = p.queries().tally(kYear2026, ofCabinet(p.bob.id), TallyGrouping::Ambition);
    REQUIRE(bobs.size() == 1);
    CHECK(bobs[0].label == "Older people live independently");
    CHECK(bobs[0].counts.wentWrong() == 1);

    const auto one = p.queries().tally(kYear2026, ofAmbition(p.highStreets.id), TallyGrouping::Ambition);
    REQUIRE(one.size() == 1);
    CHECK(one[0].label == "Thriving high streets");
}

TEST_CASE("by cabinet lead: the leader and every cabinet member, and a row for innovations without a lead",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    spreadSetbacks(p);
    const auto rows = p.queries().tally(kYear2026, {}, TallyGrouping::Cabinet);
    REQUIRE(rows.size() == 4);  // not the project officer
    CHECK(rows[0].label == "Cllr Ann Leader");
    CHECK(rows[0].counts == TallyCounts{});
    CHECK(rows[1].label == "Cllr Bob Cabinet (Adult social care)");
    CHECK(rows[1].key == std::to_string(p.bob.id));
    CHECK(rows[1].counts.wentWrong() == 1);
    CHECK(rows[2].label == "Cllr Cat Cabinet (Climate)");
    CHECK(rows[2].counts.wentWrong() == 2);
    CHECK(rows[3].key == "none");
    CHECK(rows[3].label == "No cabinet lead");
    CHECK(rows[3].counts.wentWrong() == 3);

    const auto netZero = p.queries().tally(kYear2026, ofAmbition(p.netZero.id), TallyGrouping::Cabinet);
    REQUIRE(netZero.size() == 1);
    CHECK(netZero[0].label == "Cllr Cat Cabinet (Climate)");
}

TEST_CASE("by innovation: every innovation in scope, in id order", "[backend][reports][tally]") {
    TallyPortfolio p;
    spreadSetbacks(p);
    const auto rows = p.queries().tally(kYear2026, {}, TallyGrouping::Innovation);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].label == "Home care by video");
    CHECK(rows[0].key == std::to_string(p.homeCare.id));
    CHECK(rows[0].counts.wentWrong() == 1);
    CHECK(rows[1].counts.wentWrong() == 2);
    CHECK(rows[2].label == "Community energy");
    CHECK(rows[2].counts.wentWrong() == 3);

    const auto cats = p.queries().tally(kYear2026, ofCabinet(p.cat.id), TallyGrouping::Innovation);
    REQUIRE(cats.size() == 1);
    CHECK(cats[0].label == "Solar canopies");
}

TEST_CASE("by quarter: every quarter overlapping the period, each clipped to it", "[backend][reports][tally]") {
    TallyPortfolio p;
    for (const Date on :
         {day(2026, 5, 14), day(2026, 5, 15), day(2026, 6, 30), day(2026, 7, 1), day(2026, 11, 10), day(2026, 11, 11)})
        p.setback(p.homeCare, on);
    const Risk risk = p.risk(p.solar, day(2026, 6, 15), 2, 3);
    p.closeRisk(risk, day(2026, 8, 1));

    const Period period{day(2026, 5, 15), day(2026, 11, 10)};
    const auto rows = p.queries().tally(period, {}, TallyGrouping::Quarter);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].key == "2026Q1");
    CHECK(rows[0].label == "Q1 2026/27 (Apr\xE2\x80\x93Jun 2026)");
    CHECK(rows[0].period == Period{day(2026, 5, 15), day(2026, 6, 30)});
    CHECK(rows[0].counts.wentWrong() == 2);  // 15 May and 30 June, not 14 May
    CHECK(rows[0].counts.risksRaised == 1);
    CHECK(rows[0].counts.risksOpenAtEnd == 1);
    CHECK(rows[1].period == Period{day(2026, 7, 1), day(2026, 9, 30)});
    CHECK(rows[1].counts.wentWrong() == 1);
    CHECK(rows[1].counts.risksOpenAtEnd == 0);  // closed on 1 August
    CHECK(rows[2].key == "2026Q3");
    CHECK(rows[2].period == Period{day(2026, 10, 1), day(2026, 11, 10)});
    CHECK(rows[2].counts.wentWrong() == 1);  // 10 November, not 11
}

TEST_CASE("a period containing nothing counts nothing, and a backwards period is refused", "[backend][reports][tally]") {
    TallyPortfolio p;
    spreadSetbacks(p);
    p.completedMilestone(p.homeCare, day(2026, 6, 1), day(2026, 6, 1));
    p.risk(p.solar, day(2026, 6, 1), 5, 5);
    const Period empty{day(2025, 1, 1), day(2025, 1, 31)};
    CHECK(p.counts(empty) == TallyCounts{});
    CHECK(p.queries().openRiskHeatMap(empty.to, {}) == RiskHeatMap{});
    CHECK_THROWS_AS(p.queries().tally({day(2026, 5, 2), day(2026, 5, 1)}, {}, TallyGrouping::None), ValidationError);
}

}  // namespace
}  // namespace innotrack::testing
