// The well-being report worked by hand: a Welsh portfolio whose goals and ways are served by some
// ambitions and innovations, one goal by nothing at all, one only by a stopped innovation (which is
// not active, so serves nothing); an English portfolio's report says the goals are Wales's and
// lists nothing. A golden file per format. Regenerate the goldens with UPDATE_GOLDEN=1.
#include "backend_under_test.hpp"
#include "report_files.hpp"

#include "reports/wellbeing_report.hpp"
#include "tracker/portfolio.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::checkGolden;
using innotrack::testing::xmlError;

namespace {

const Date kToday(2026, 11, 27);

struct WelshPortfolio {
    innotrack::testing::TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock{kToday};
    Portfolio portfolio{*store, clock};
    Id leader = 0;
    Id cabinet = 0;

    explicit WelshPortfolio(bool welsh) {
        Person first;
        first.name = "Cllr Ann Leader";
        first.role = Role::Leader;
        leader = portfolio.initialise(first).id;
        Person member;
        member.name = "Cllr Bob Cabinet";
        member.role = Role::Cabinet;
        cabinet = portfolio.addPerson(leader, member).id;
        if (!welsh) {
            Innovation untagged;
            untagged.title = "Home care by video";
            untagged.cabinetLeadId = cabinet;
            portfolio.addInnovation(cabinet, untagged);
            return;
        }
        portfolio.setNation(leader, Nation::Wales);
        ambition("Thriving valleys", {WellbeingGoal::Prosperous, WellbeingGoal::CultureLanguage}, {WayOfWorking::LongTerm});
        ambition("Healthy lives", {WellbeingGoal::Healthier}, {});
        const Id video = innovation("Home care by video", {WellbeingGoal::Healthier, WellbeingGoal::MoreEqual},
                                    {WayOfWorking::Prevention, WayOfWorking::Collaboration});
        portfolio.changeStage(cabinet, video, Stage::Exploring, "", Date(2026, 5, 1));
        portfolio.changeStage(cabinet, video, Stage::Piloting, "", Date(2026, 7, 1));
        innovation("Welsh-medium play groups", {WellbeingGoal::CultureLanguage, WellbeingGoal::Cohesive},
                   {WayOfWorking::Involvement});
        const Id trucks = innovation("Food waste trucks", {WellbeingGoal::GloballyResponsible, WellbeingGoal::Resilient},
                                     {WayOfWorking::Integration});
        portfolio.changeStage(cabinet, trucks, Stage::Stopped, "The depot could not take them", Date(2026, 9, 1));
    }

    void ambition(const std::string& title, WellbeingGoals goals, WaysOfWorking ways) {
        Ambition a;
        a.title = title;
        a.horizonYear = 2045;
        a.goals = goals;
        a.ways = ways;
        portfolio.addAmbition(leader, a);
    }
    Id innovation(const std::string& title, WellbeingGoals goals, WaysOfWorking ways) {
        Innovation i;
        i.title = title;
        i.goals = goals;
        i.ways = ways;
        i.cabinetLeadId = cabinet;
        return portfolio.addInnovation(cabinet, i).id;
    }
};

const WellbeingLine& lineOf(const std::vector<WellbeingLine>& lines, const std::string& key) {
    for (const WellbeingLine& line : lines)
        if (line.key == key) return line;
    FAIL("no line " << key);
    return lines.front();
}

}  // namespace

TEST_CASE("each goal with its ambitions and active innovations, a stopped innovation serves nothing",
          "[backend][reports][wellbeing]") {
    const WelshPortfolio welsh(true);
    const WellbeingReport report = buildWellbeingReport(*welsh.store, kToday);
    REQUIRE(report.goals.size() == 7);
    REQUIRE(report.ways.size() == 5);
    using V = std::vector<std::string>;
    CHECK(lineOf(report.goals, "prosperous").ambitions == V{"Thriving valleys"});
    CHECK(lineOf(report.goals, "prosperous").innovations.empty());
    CHECK(lineOf(report.goals, "healthier").ambitions == V{"Healthy lives"});
    CHECK(lineOf(report.goals, "healthier").innovations == V{"Home care by video"});
    CHECK(lineOf(report.goals, "culture-language").innovations == V{"Welsh-medium play groups"});
    // Food waste trucks was stopped: resilient and globally responsible are served by nothing.
    CHECK(lineOf(report.goals, "resilient").innovations.empty());
    CHECK(report.unservedGoals() == V{"A resilient Wales", "A globally responsible Wales"});
    CHECK(report.evidencedWays() == V{"Long term", "Prevention", "Collaboration", "Involvement"});
    CHECK_FALSE(lineOf(report.ways, "integration").served());

    const std::string text = renderWellbeing(report, ReportFormat::Text);
    CHECK_THAT(text, Catch::Contains("Goals nothing serves: A resilient Wales; A globally responsible Wales."));
    CHECK_THAT(text, Catch::Contains("Ways of working evidenced: 4 of 5 (Long term; Prevention; Collaboration; "
                                     "Involvement)."));
    CHECK_THAT(renderWellbeing(report, ReportFormat::Csv),
               Catch::Contains("goal,resilient,A resilient Wales,,,false"));
}

TEST_CASE("an English portfolio's well-being report says the goals are Wales's and lists nothing",
          "[backend][reports][wellbeing]") {
    const WelshPortfolio english(false);
    const WellbeingReport report = buildWellbeingReport(*english.store, kToday);
    CHECK(report.goals.empty());
    CHECK(report.ways.empty());
    const std::string text = renderWellbeing(report, ReportFormat::Text);
    CHECK_THAT(text, Catch::Contains("Well-being goals are Wales's (the Well-being of Future Generations (Wales)"));
    CHECK_THAT(renderWellbeing(report, ReportFormat::Markdown), Catch::Contains(kWellbeingIsWales));
    CHECK_THAT(text, !Catch::Contains("Goals"));
    CHECK(renderWellbeing(report, ReportFormat::Csv) == "part,key,name,ambitions,active_innovations,served\r\n");
    checkGolden("wellbeing-england.txt", text);
}

TEST_CASE("the well-being report matches its golden file in every format", "[backend][reports][wellbeing][golden]") {
    const WelshPortfolio welsh(true);
    const WellbeingReport report = buildWellbeingReport(*welsh.store, kToday);
    checkGolden("wellbeing.txt", renderWellbeing(report, ReportFormat::Text));
    checkGolden("wellbeing.md", renderWellbeing(report, ReportFormat::Markdown));
    checkGolden("wellbeing.csv", renderWellbeing(report, ReportFormat::Csv));
    checkGolden("wellbeing.json", renderWellbeing(report, ReportFormat::Json));
    const std::string page = renderWellbeing(report, ReportFormat::Html);
    CHECK(xmlError(page).empty());
    checkGolden("wellbeing.html", page);
}
