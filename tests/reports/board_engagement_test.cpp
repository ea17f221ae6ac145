// The board paper's "Taking people with it" part, from hand-made rows and engagements.
#include "reports/board_report.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace innotrack;
using namespace innotrack::reports;

namespace {

BoardRow row(Id id, const std::string& title, Stage stage) {
    BoardRow r;
    r.facts.innovationId = id;
    r.facts.title = title;
    r.facts.stage = stage;
    return r;
}

Engagement held(Id innovation, Audience audience, Date on) {
    Engagement e;
    e.innovationId = innovation;
    e.audience = audience;
    e.heldOn = on;
    return e;
}

}  // namespace

TEST_CASE("the board shows, for each innovation at Piloting or beyond, whom it has not engaged",
          "[reports][board-report][engagements]") {
    BoardReport report;
    report.on = Date(2026, 11, 27);
    report.innovations = {row(1, "Virtual wards", Stage::Piloting), row(2, "Community energy", Stage::Exploring),
                          row(3, "Shared Lives", Stage::Scaling)};
    const Date recent(2026, 10, 1);
    const std::vector<Engagement> engagements{
        held(1, Audience::Cabinet, recent), held(1, Audience::AllMembers, recent), held(1, Audience::Staff, recent),
        held(1, Audience::Residents, Date(2026, 5, 27)),  // exactly six months before: counts
        held(3, Audience::Cabinet, recent), held(3, Audience::Residents, Date(2026, 5, 26)),  // a day too early
        held(2, Audience::Residents, recent)};
    addTakingPeople(report, engagements);
    REQUIRE(report.takingPeople);
    REQUIRE(report.takingPeople->size() == 2);  // Exploring is not asked
    CHECK(report.takingPeople->at(0).innovationId == 1);
    CHECK(report.takingPeople->at(0).missing.empty());
    CHECK(report.takingPeople->at(1).missing ==
          std::vector<EngagedGroup>{EngagedGroup::Members, EngagedGroup::Staff, EngagedGroup::Residents});

    const std::string text = renderBoardText(report);
    CHECK_THAT(text, Catch::Contains("Taking people with it (2)"));
    CHECK_THAT(text, Catch::Contains("members beyond the cabinet, staff and"));
    const auto json = nlohmann::json::parse(renderBoardJson(report));
    REQUIRE(json["taking_people_with_it"].size() == 2);
    CHECK(json["taking_people_with_it"][0]["taken_people_with_it"] == true);
    CHECK(json["taking_people_with_it"][1]["not_engaged"] == "members beyond the cabinet, staff and residents");
    CHECK_THAT(renderBoardMarkdown(report), Catch::Contains("## Taking people with it (2)"));
    CHECK_THAT(renderBoardHtml(report), Catch::Contains("Taking people with it"));
}
