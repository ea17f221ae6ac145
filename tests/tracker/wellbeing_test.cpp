// Well-being goals and ways of working (tracker/wellbeing.hpp): the Act's seven goals and five
// ways with DOMAIN.md's keys, a set kept in the scale's order, and tags allowed only in a Welsh
// portfolio, refused in an English one with nothing written; a change is audited in words.
#include "portfolio_fixture.hpp"
#include "tracker/errors.hpp"
#include "tracker/wellbeing.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using innotrack::testing::PortfolioFixture;

TEST_CASE("the seven goals and five ways of working have DOMAIN.md's keys", "[tracker][wellbeing]") {
    std::string goals;
    for (const auto& goal : Scale<WellbeingGoal>::entries) goals += std::string(goal.key) + " ";
    CHECK(goals == "prosperous resilient healthier more-equal cohesive culture-language globally-responsible ");
    std::string ways;
    for (const auto& way : Scale<WayOfWorking>::entries) ways += std::string(way.key) + " ";
    CHECK(ways == "long-term prevention integration collaboration involvement ");
    CHECK(labelOf(WellbeingGoal::CultureLanguage) == "A Wales of vibrant culture and thriving Welsh language");
}

TEST_CASE("a set of goals keeps the Act's order, each goal once, read from keys or labels", "[tracker][wellbeing]") {
    const auto goals = WellbeingGoals::parse("goals", "resilient, prosperous,Resilient,,A healthier Wales");
    CHECK(goals.keys() == "prosperous,resilient,healthier");
    CHECK(goals.labels() == "A prosperous Wales; A resilient Wales; A healthier Wales");
    CHECK(WellbeingGoals::parse("goals", "").empty());
    CHECK_THROWS_WITH(WaysOfWorking::parse("ways", "long-term,short-term"),
                      Catch::Contains("ways: 'short-term' is not one of long-term, prevention, integration, "
                                      "collaboration or involvement"));
}

TEST_CASE_METHOD(PortfolioFixture, "an English portfolio refuses well-being tags and writes nothing",
                 "[backend][tracker][wellbeing]") {
    Innovation tagged = innovation;
    tagged.goals = {WellbeingGoal::Resilient};
    const std::size_t auditBefore = store->listAudit({}).size();
    CHECK_THROWS_WITH(portfolio.updateInnovation(cabinet.id, tagged),
                      "well-being goals and ways of working are Wales's (the Well-being of Future Generations "
                      "(Wales) Act 2015): this portfolio follows England's rules, so an innovation cannot be tagged "
                      "with them (the leader sets the nation: innotrack decision nation --to wales)");
    Ambition ambitious = ambition;
    ambitious.ways = {WayOfWorking::LongTerm};
    CHECK_THROWS_AS(portfolio.updateAmbition(leader.id, ambitious), ValidationError);
    CHECK(portfolio.innovation(innovation.id).goals.empty());
    CHECK(portfolio.ambition(ambition.id).ways.empty());
    CHECK(store->listAudit({}).size() == auditBefore);
}

TEST_CASE_METHOD(PortfolioFixture, "a Welsh portfolio tags ambitions and innovations, and the audit names the goals",
                 "[backend][tracker][wellbeing]") {
    portfolio.setNation(leader.id, Nation::Wales);
    Ambition ambitious = ambition;
    ambitious.goals = {WellbeingGoal::Healthier, WellbeingGoal::MoreEqual};
    ambitious.ways = {WayOfWorking::LongTerm, WayOfWorking::Prevention};
    CHECK(portfolio.updateAmbition(leader.id, ambitious).goals.keys() == "healthier,more-equal");

    Innovation tagged = innovation;
    tagged.goals = {WellbeingGoal::Healthier};
    tagged.ways = {WayOfWorking::Involvement};
    portfolio.updateInnovation(cabinet.id, tagged);
    CHECK(portfolio.innovation(innovation.id).goals == WellbeingGoals{WellbeingGoal::Healthier});
    CHECK(portfolio.innovation(innovation.id).ways.keys() == "involvement");

    AuditFilter filter;
    filter.entity = "innovation";
    filter.entityId = innovation.id;
    const auto trail = store->listAudit(filter);
    REQUIRE_FALSE(trail.empty());
    bool named = false;
    for (const AuditEntry& entry : trail)
        if (entry.field == "well-being goals") {
            named = true;
            CHECK(entry.oldValue.empty());
            CHECK(entry.newValue == "A healthier Wales");
        }
    CHECK(named);
}

TEST_CASE_METHOD(PortfolioFixture, "a record tagged before the portfolio was set to England may be edited and untagged, "
                 "but gains no tag", "[backend][tracker][wellbeing]") {
    portfolio.setNation(leader.id, Nation::Wales);
    Innovation tagged = innovation;
    tagged.goals = {WellbeingGoal::Healthier, WellbeingGoal::Resilient};
    portfolio.updateInnovation(cabinet.id, tagged);
    portfolio.setNation(leader.id, Nation::England);

    Innovation retitled = portfolio.innovation(innovation.id);
    retitled.title = "Home care by video, phase 2";
    CHECK(portfolio.updateInnovation(cabinet.id, retitled).goals.keys() == "resilient,healthier");
    retitled.goals = {WellbeingGoal::Healthier, WellbeingGoal::Prosperous};
    CHECK_THROWS_WITH(portfolio.updateInnovation(cabinet.id, retitled),
                      Catch::Contains("this portfolio follows England's rules, so an innovation cannot be tagged"));
    retitled.goals = {};
    CHECK(portfolio.updateInnovation(cabinet.id, retitled).goals.empty());
}
