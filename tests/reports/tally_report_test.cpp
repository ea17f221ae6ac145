// The tally report's words and checks: ratios, shares, periods, scope and the reporting check,
// each expected value written out by hand.
#include "tally_fixture.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

namespace innotrack::testing {
namespace {

using namespace reports;

TallyCounts rightWrong(std::int64_t right, std::int64_t wrong) {
    TallyCounts counts;
    counts.milestonesOnTime = right;
    counts.setbacksBasic = wrong;
    return counts;
}

TEST_CASE("the ratio in words, rounded to one decimal half away from zero", "[backend][reports][tally]") {
    CHECK(ratioWords(rightWrong(11, 2)) == "5.5 right for every 1 wrong");
    CHECK(ratioOf(rightWrong(11, 2)) == Approx(5.5));
    CHECK(ratioWords(rightWrong(6, 1)) == "6.0 right for every 1 wrong");
    CHECK(ratioWords(rightWrong(1, 3)) == "0.3 right for every 1 wrong");   // 0.333…
    CHECK(ratioWords(rightWrong(5, 8)) == "0.6 right for every 1 wrong");   // 0.625
    CHECK(ratioWords(rightWrong(1, 4)) == "0.3 right for every 1 wrong");   // 0.25, half up
    CHECK(ratioWords(rightWrong(2, 16)) == "0.1 right for every 1 wrong");  // 0.125
    CHECK(ratioWords(rightWrong(0, 3)) == "0.0 right for every 1 wrong");
    CHECK(ratioWords(rightWrong(12345, 1)) == "12,345.0 right for every 1 wrong");
    CHECK(ratioWords(rightWrong(12, 0)) == "12 things went right and nothing was logged as going wrong");
    CHECK(ratioWords(rightWrong(1, 0)) == "1 thing went right and nothing was logged as going wrong");
    CHECK_FALSE(ratioOf(rightWrong(12, 0)).has_value());
    CHECK(ratioWords(TallyCounts{}) == "Nothing was recorded in this period");
    TallyCounts onlyRisks;
    onlyRisks.risksRaised = 2;
    CHECK(ratioWords(onlyRisks) == "Nothing was logged as going right or wrong in this period");

    CHECK(ratioCell(rightWrong(11, 2)) == "5.5 : 1");
    CHECK(ratioCell(rightWrong(12, 0)) == "12 : 0");
    CHECK(ratioCell(TallyCounts{}) == "\xE2\x80\x93");
}

TEST_CASE("shares of setbacks in words, with whole percentages", "[backend][reports][tally]") {
    CHECK(shareOf(3, 10).words == "3 of 10 setbacks (30%)");
    CHECK(shareOf(3, 10).percent == 30);
    CHECK(shareOf(1, 1).words == "1 of 1 setback (100%)");
    CHECK(shareOf(2, 3).percent == 67);
    CHECK(shareOf(1, 8).percent == 13);  // 12.5, half up
    CHECK(shareOf(0, 4).words == "0 of 4 setbacks (0%)");
    CHECK(shareOf(0, 0).words == "no setbacks");
    CHECK_FALSE(shareOf(0, 0).percent.has_value());
    CHECK(thousands(1234567) == "1,234,567");
    CHECK(thousands(999) == "999");
}

TEST_CASE("report periods: the financial year to date, whole years, quarters and given dates", "[backend][reports][tally]") {
    const ReportPeriod toDate = financialYearToDate(day(2026, 11, 27));
    CHECK(toDate.period == Period{day(2026, 4, 1), day(2026, 11, 27)});
    CHECK(toDate.words == "2026/27 to date (1 April to 27 November 2026)");
    // 31 March is the last day of the old year; 1 April the first of the new.
    CHECK(financialYearToDate(day(2027, 3, 31)).period == Period{day(2026, 4, 1), day(2027, 3, 31)});
    CHECK(financialYearToDate(day(2027, 4, 1)).words == "2027/28 to date (1 April 2027)");
    CHECK(financialYearToDate(day(2027, 1, 15)).words == "2026/27 to date (1 April 2026 to 15 January 2027)");

    CHECK(financialYearPeriod(2025, day(2026, 11, 27)).words == "2025/26 (1 April 2025 to 31 March 2026)");
    const ReportPeriod underWay = financialYearPeriod(2026, day(2026, 11, 27));
    CHECK(underWay.period == Period{day(2026, 4, 1), day(2026, 11, 27)});
    CHECK(underWay.words == "2026/27 to date (1 April to 27 November 2026)");

    CHECK(quarterPeriod({2026, 3}, day(2026, 11, 27)).words == "Q3 2026/27 to date (1 October to 27 November 2026)");
    CHECK(quarterPeriod({2026, 2}, day(2026, 11, 27)).words == "Q2 2026/27 (1 July to 30 September 2026)");
    CHECK(quarterPeriod({2026, 4}, day(2026, 11, 27)).period == Period{day(2027, 1, 1), day(2027, 3, 31)});
    // The last day of a quarter is still in it: the whole quarter, not "to date".
    CHECK(quarterPeriod({2026, 3}, day(2026, 12, 31)).words == "Q3 2026/27 (1 October to 31 December 2026)");

    CHECK(customPeriod(day(2026, 5, 1), day(2026, 6, 30)).words == "1 May to 30 June 2026");
    CHECK(customPeriod(day(2026, 12, 15), day(2027, 1, 10)).words == "15 December 2026 to 10 January 2027");
    CHECK(customPeriod(day(2026, 3, 3), day(2026, 3, 3)).words == "3 March 2026");
    // In the desktop app's words, naming no command-line option (the command line names its own).
    CHECK_THROWS_WITH(customPeriod(day(2026, 10, 1), day(2026, 9, 1)),
                      "to: 2026-09-01 is before from 2026-10-01; a period must end on or after the day it starts");
    CHECK_THROWS_AS(customPeriod(day(2000, 1, 1), day(2026, 1, 1)), ValidationError);
}

TallyReport build(const TallyPortfolio& p, const ReportPeriod& period, const TallyScope& scope = {},
                  TallyGrouping grouping = TallyGrouping::None, Date today = day(2027, 5, 20)) {
    return buildTallyReport(*p.store, p.queries(), TallyRequest{period, scope, grouping}, today);
}

TEST_CASE("the reporting check flags a whole quarter with no setback while five or more risks were open",
          "[backend][reports][tally]") {
    TallyPortfolio p;
    std::vector<Risk> risks;
    for (int i = 0; i < 5; ++i) risks.push_back(p.risk(p.homeCare, day(2026, 4, 10), 2, 2));
    p.setback(p.homeCare, day(2026, 5, 1));   // Q1: a setback was logged
                                              // Q2: none, with 5 risks open at 30 September
    p.setback(p.solar, day(2026, 11, 1));     // Q3: a setback was logged
    p.closeRisk(risks[0], day(2027, 1, 15));  // Q4: none, but only 4 risks open at 31 March

    const TallyReport year = build(p, financialYearPeriod(2026, day(2027, 5, 20)));
    CHECK(year.wholeQuarters == 4);
    REQUIRE(year.concerns.size() == 1);
    CHECK(year.concerns[0].quarter == FinancialQuarter{2026, 2});
    CHECK(year.concerns[0].risksOpen == 5);
    CHECK(year.concerns[0].words ==
          "In Q2 2026/27, 5 risks were open and no setback was logged: are failures being reported?");
    CHECK(year.reportingCheckWords.empty());
    CHECK(year.quarters[3].counts.risksOpenAtEnd == 4);

    // Made on 27 November 2026: only Q1 and Q2 have ended; Q3 is part of the period, not checked.
    const TallyReport midYear =
        build(p, financialYearPeriod(2026, day(2026, 11, 27)), {}, TallyGrouping::None, day(2026, 11, 27));
    CHECK(midYear.period.period.to == day(2026, 11, 27));
    CHECK(midYear.wholeQuarters == 2);
    REQUIRE(midYear.quarters.size() == 3);
    CHECK_FALSE(midYear.quarters[2].whole);
    CHECK(midYear.concerns.size() == 1);

    // A period inside one quarter has no whole quarter to check.
    const TallyReport part = build(p, customPeriod(day(2026, 7, 1), day(2026, 8, 31)));
    CHECK(part.wholeQuarters == 0);
    CHECK(part.concerns.empty());
    CHECK(part.reportingCheckWords ==
          "This period holds no whole quarter that had ended by 20 May 2027, so there is no quarter to check.");
}

TEST_CASE("the report puts the counts into words and draws the heat map at the period's end", "[backend][reports][tally]") {
    TallyPortfolio p;
    p.completedMilestone(p.homeCare, day(2026, 6, 30), day(2026, 6, 30));  // on time
    p.completedMilestone(p.homeCare, day(2026, 6, 30), day(2026, 7, 2));   // late
    p.realisedBenefit(p.solar, day(2026, 9, 1));
    p.advance(p.solar, Stage::Exploring, day(2026, 10, 1));
    p.advance(p.solar, Stage::Piloting, day(2026, 12, 1));
    p.lesson(p.setback(p.solar, day(2026, 10, 5), FailureKind::Intelligent));
    const Risk risk = p.risk(p.homeCare, day(2026, 8, 1), 4, 4);
    p.occurred(risk, day(2026, 11, 1));
    p.risk(p.homeCare, day(2026, 8, 2), 5, 4, std::pair{3, 2});

    const TallyReport report = build(p, financialYearPeriod(2026, day(2027, 5, 20)));
    // Right: 2 milestones + 1 benefit + 2 advances = 5. Wrong: 2 setbacks. 5 ÷ 2 = 2.5.
    CHECK(report.counts.wentRight() == 5);
    CHECK(report.counts.wentWrong() == 2);
    CHECK(report.ratio == Approx(2.5));
    CHECK(report.ratioWords == "2.5 right for every 1 wrong");
    CHECK(report.summaryWords == "5 things went right and 2 went wrong.");
    CHECK(report.intelligentShare.words == "1 of 2 setbacks (50%)");
    CHECK(report.lessonsCoverage.words == "1 of 2 setbacks (50%)");
    CHECK(report.risksTakenWords ==
          "2 risks were raised, 1 of them Critical. So far 1 occurred, 0 closed without occurring and 1 still open.");
    CHECK(report.scopeWords == "Whole council");
    CHECK(report.heatMapOn == day(2027, 3, 31));
    CHECK(report.heatMapTotal == 1);
    CHECK(report.heatMap[2][1] == 1);  // residual 3×2
    CHECK(report.groups.empty());

    const TallyReport byQuarter = build(p, financialYearPeriod(2026, day(2027, 5, 20)), {}, TallyGrouping::Quarter);
    REQUIRE(byQuarter.groups.size() == 4);
    CHECK(byQuarter.groups[2].counts.wentRight() == 2);  // Q3: two stage advances
    CHECK(byQuarter.groups[2].counts.wentWrong() == 2);
}

TEST_CASE("the scope in words, and scopes that name nothing are refused", "[backend][reports][tally]") {
    TallyPortfolio p;
    const ReportPeriod year = financialYearPeriod(2026, day(2027, 5, 20));
    CHECK(build(p, year, {p.netZero.id, p.cat.id, std::nullopt, std::nullopt}).scopeWords ==
          "Ambition 'Net zero by 2040'; innovations led by Cllr Cat Cabinet (Climate)");
    CHECK(build(p, year, {std::nullopt, std::nullopt, p.energy.id, std::nullopt}).scopeWords ==
          "Innovation " + std::to_string(p.energy.id) + " 'Community energy'");
    CHECK(build(p, year, {std::nullopt, std::nullopt, std::nullopt, WellbeingGoal::Resilient}).scopeWords ==
          "Well-being goal: A resilient Wales");
    CHECK(build(p, year, {std::nullopt, p.cat.id, std::nullopt, WellbeingGoal::CultureLanguage}).scopeWords ==
          "Innovations led by Cllr Cat Cabinet (Climate); well-being goal: A Wales of vibrant culture and thriving "
          "Welsh language");
    CHECK_THROWS_AS(build(p, year, {999, std::nullopt, std::nullopt, std::nullopt}), NotFound);
    CHECK_THROWS_AS(build(p, year, {std::nullopt, std::nullopt, 999, std::nullopt}), NotFound);
    CHECK_THROWS_WITH(build(p, year, {std::nullopt, p.officer.id, std::nullopt, std::nullopt}),
                      "cabinet: Dev Officer is a Project officer, not a cabinet member or the leader, so leads no "
                      "innovations");
}

TEST_CASE("grouping names are read strictly", "[backend][reports][tally]") {
    CHECK(parseTallyGrouping("cabinet") == TallyGrouping::Cabinet);
    CHECK(parseTallyGrouping("quarter") == TallyGrouping::Quarter);
    CHECK(groupingKey(TallyGrouping::Innovation) == "innovation");
    CHECK_THROWS_WITH(parseTallyGrouping("colour"),
                      "--by: 'colour' is not a way to break down the tally (expected ambition, cabinet, innovation "
                      "or quarter)");
}

}  // namespace
}  // namespace innotrack::testing
