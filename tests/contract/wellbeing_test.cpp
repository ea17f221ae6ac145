// Well-being goals and ways of working (schema 13) kept by every backend: each set in full, an
// update that changes or empties it, and the sets read back in lists as well as by id.
#include "backend_under_test.hpp"
#include "records.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

TEST_CASE("an ambition keeps its well-being goals and ways of working, changed and emptied",
          "[contract][backend][wellbeing]") {
    TestPortfolio portfolio;
    PortfolioStore& store = portfolio.store();
    Ambition ambition;
    ambition.title = "Thriving valleys";
    ambition.horizonYear = 2045;
    ambition.goals = {WellbeingGoal::GloballyResponsible, WellbeingGoal::Prosperous, WellbeingGoal::CultureLanguage};
    ambition.ways = {WayOfWorking::Involvement, WayOfWorking::LongTerm};
    ambition.id = store.insertAmbition(ambition);
    const auto stored = store.findAmbition(ambition.id);
    REQUIRE(stored);
    CHECK(*stored == ambition);
    CHECK(stored->goals.keys() == "prosperous,culture-language,globally-responsible");
    CHECK(stored->ways.keys() == "long-term,involvement");

    ambition.goals = {WellbeingGoal::Resilient};
    ambition.ways = {};
    store.updateAmbition(ambition);
    CHECK(store.findAmbition(ambition.id)->goals.keys() == "resilient");
    CHECK(store.findAmbition(ambition.id)->ways.empty());
    const auto listed = store.listAmbitions();
    REQUIRE(listed.size() == 1);
    CHECK(listed.front() == ambition);
}

TEST_CASE("an innovation keeps every goal and every way of working, and a bare one keeps none",
          "[contract][backend][wellbeing]") {
    TestPortfolio portfolio;
    PortfolioStore& store = portfolio.store();
    const Seed ids = seed(store);
    Innovation all = sampleInnovation(ids, "Every goal");
    for (const auto& goal : Scale<WellbeingGoal>::entries) all.goals.insert(goal.value);
    for (const auto& way : Scale<WayOfWorking>::entries) all.ways.insert(way.value);
    all.id = store.insertInnovation(all);
    const auto stored = store.findInnovation(all.id);
    REQUIRE(stored);
    CHECK(*stored == all);
    CHECK(stored->goals.values().size() == 7);
    CHECK(stored->ways.values().size() == 5);

    const auto bare = store.findInnovation(ids.innovation);
    REQUIRE(bare);
    CHECK(bare->goals.empty());
    CHECK(bare->ways.empty());

    Innovation fewer = *stored;
    fewer.goals = {WellbeingGoal::Healthier};
    fewer.ways = {WayOfWorking::Prevention, WayOfWorking::Collaboration};
    store.updateInnovation(fewer);
    bool found = false;
    for (const Innovation& listed : store.listInnovations({}))
        if (listed.id == fewer.id) {
            found = true;
            CHECK(listed.goals.keys() == "healthier");
            CHECK(listed.ways.keys() == "prevention,collaboration");
        }
    CHECK(found);
}
