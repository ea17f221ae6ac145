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

TEST_CASE("an innovation serves a goal it is tagged with, or one its ambition is tagged with", "[tracker][wellbeing]") {
    const WellbeingGoals none;
    const WellbeingGoals resilient{WellbeingGoal::Resilient};
    const WellbeingGoals healthier{WellbeingGoal::Healthier, WellbeingGoal::Prosperous};
    CHECK(servesGoal(WellbeingGoal::Resilient, resilient, none));       // tagged itself
    CHECK(servesGoal(WellbeingGoal::Resilient, none, resilient));       // through its ambition
    CHECK(servesGoal(WellbeingGoal::Resilient, healthier, resilient));  // its own tags need not include it
    CHECK_FALSE(servesGoal(WellbeingGoal::Resilient, healthier, none));
    CHECK_FALSE(servesGoal(WellbeingGoal::Resilient, none, none));
    CHECK(goalScopeRefusal(true, "--goal") == std::nullopt);
    CHECK(goalScopeRefusal(false, "--goal") ==
          "--goal: well-being goals are Wales's, and this portfolio follows England's rules, so a report cannot be "
          "scoped to one (the leader sets the nation: innotrack decision nation --to wales)");
}

TEST_CASE_METHOD(PortfolioFixture, "check names the well-being tags left on records after the portfolio went back to "
                                   "England, and what to do",
                 "[backend][tracker][wellbeing]") {
    portfolio.setNation(leader.id, Nation::Wales);
    Ambition ambitious = ambition;
    ambitious.goals = {WellbeingGoal::Resilient};
    portfolio.updateAmbition(leader.id, ambitious);
    Innovation tagged = innovation;
    tagged.goals = {WellbeingGoal::Healthier};
    tagged.ways = {WayOfWorking::Prevention, WayOfWorking::Involvement};
    portfolio.updateInnovation(cabinet.id, tagged);
    CHECK(portfolio.check().empty());  // in Wales the tags are what they are for

    portfolio.setNation(leader.id, Nation::England);
    const auto problems = portfolio.check();
    REQUIRE(problems.size() == 2);
    const std::string ambitionId = std::to_string(ambition.id);
    const std::string innovationId = std::to_string(innovation.id);
    CHECK(problems[0].what == "ambition " + ambitionId + " '" + ambition.title +
                                  "' is tagged with well-being goals (A resilient Wales), which are Wales's, but this "
                                  "portfolio follows England's rules: take them off (innotrack ambition update " +
                                  ambitionId +
                                  " --goals none --ways none), or, if the council is Welsh, set the nation back "
                                  "(innotrack decision nation --to wales)");
    CHECK(problems[1].what.find("innovation " + innovationId + " 'Home care by video' is tagged with well-being goals "
                                "(A healthier Wales) and ways of working (Prevention; Involvement), which are "
                                "Wales's") == 0);
    CHECK(problems[1].what.find("(innotrack innovation update " + innovationId + " --goals none --ways none)") !=
          std::string::npos);

    // Doing what it says clears them.
    Innovation untagged = portfolio.innovation(innovation.id);
    untagged.goals = {};
    untagged.ways = {};
    portfolio.updateInnovation(cabinet.id, untagged);
    Ambition plain = portfolio.ambition(ambition.id);
    plain.goals = {};
    portfolio.updateAmbition(leader.id, plain);
    CHECK(portfolio.check().empty());
}
