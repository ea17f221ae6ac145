// Taking people with you in the desktop app: the portfolio-wide view's model, the Engagement tab's
// form, and who may use it, against the demo portfolio in headless frames.
#include "fixture.hpp"

#include "gui/engagement_model.hpp"
#include "gui/engagement_view.hpp"
#include "gui/innovation_view.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

Engagement engaged(DemoApp& demo, Id innovation, Audience audience, Date on, Stance stance = Stance::Support) {
    Engagement engagement;
    engagement.innovationId = innovation;
    engagement.heldOn = on;
    engagement.audience = audience;
    engagement.form = EngagementForm::Workshop;
    engagement.ledById = demo.person("Cllr Priya Shah").id;
    engagement.stance = stance;
    return demo.state.portfolio().addEngagement(demo.person("Cllr Helen Marsh").id, engagement);
}


// As a double-click on the engagement view's row does.
TEST_CASE("the engagement view lists who each innovation at Piloting or beyond has not reached, and unanswered opposition",
          "[gui][engagement]") {
    DemoApp demo;
    const Date today = demo.clock.today();
    const Innovation care = demo.innovation("Neighbourhood care teams");  // Piloting
    REQUIRE(takingPeopleWithItApplies(care));
    engaged(demo, care.id, Audience::Cabinet, today - boost::gregorian::days(10));
    engaged(demo, care.id, Audience::Scrutiny, today - boost::gregorian::days(9));
    engaged(demo, care.id, Audience::Staff, today - boost::gregorian::days(8));
    const Engagement opposed = engaged(demo, care.id, Audience::Residents, today - boost::gregorian::days(7), Stance::Opposed);

    EngagementModel model;
    model.reload(demo.store(), today);
    const auto row = std::find_if(model.takenPeople().begin(), model.takenPeople().end(),
                                  [&](const TakenPeopleRow& each) { return each.innovationId == care.id; });
    REQUIRE(row != model.takenPeople().end());
    CHECK(row->notEngaged.empty());  // all four groups within six months
    CHECK(model.takenPeopleCount() >= 1);
    REQUIRE_FALSE(model.unansweredOpposition().empty());
    CHECK(model.unansweredOpposition().back().engagement.id == opposed.id);
    CHECK(model.unansweredOpposition().back().innovation == "Neighbourhood care teams");
    CHECK(model.rows().front().engagement.id == opposed.id);  // newest first
    CHECK(model.rows().front().ledBy == "Cllr Priya Shah");

    // Going back to the residents answers their opposition.
    engaged(demo, care.id, Audience::Residents, today, Stance::Mixed);
    model.reload(demo.store(), today);
    for (const EngagementRow& left : model.unansweredOpposition()) CHECK(left.engagement.id != opposed.id);

    // The view draws it all, and says who is missing elsewhere.
    demo.app.select("engagement");
    demo.frames(3);
    CHECK(located(demo, "engagement.coverage." + std::to_string(care.id)));
    CHECK(groupsInWords({EngagedGroup::Cabinet, EngagedGroup::Staff, EngagedGroup::Residents}) ==
          "the cabinet, staff and residents");
    CHECK(demo.state.errors().empty());
}

TEST_CASE("an innovation's officer records an engagement from its Engagement tab, dated today and led by them",
          "[gui][engagement]") {
    DemoApp demo;
    const Innovation care = demo.innovation("Neighbourhood care teams");
    demo.actAs("Sophie Turner");  // its lead officer
    demo.openInnovation(care.id, "engagement");
    CHECK(located(demo, "engagement.status"));
    REQUIRE(located(demo, "engagement.form"));
    const std::size_t before = demo.store().listEngagements(care.id).size();
    auto& view = dynamic_cast<InnovationView&>(*demo.app.view("innovation"));
    CHECK(view.engagementForm().draft.heldOn == formatDate(demo.clock.today()));
    CHECK(located(demo, "engagement.form.submit"));
    // What the button does (the whole flow was driven by hand in a real window with xdotool).
    CHECK(view.engagementForm().submit(demo.state, care.id));
    demo.frames(2);
    const std::vector<Engagement> after = demo.store().listEngagements(care.id);
    REQUIRE(after.size() == before + 1);
    CHECK_FALSE(after.back().participants.has_value());  // not counted
    CHECK(after.back().audience == Audience::Residents);  // the form's first choice
    CHECK(after.back().ledById == demo.person("Sophie Turner").id);
    CHECK(after.back().heldOn == demo.clock.today());
    CHECK(demo.state.errors().empty());
}

TEST_CASE("the engagement form keeps what was typed when it is refused, and records it once corrected",
          "[gui][engagement]") {
    DemoApp demo;
    const Innovation care = demo.innovation("Neighbourhood care teams");
    demo.actAs("Sophie Turner");
    EngagementFormModel form;
    form.reset(demo.clock.today(), demo.person("Sophie Turner").id);
    form.draft.audience = Audience::Staff;
    form.draft.participants = "about forty";
    form.draft.concerns = "Rotas in the evenings";
    const std::size_t before = demo.store().listEngagements(care.id).size();
    CHECK_FALSE(form.submit(demo.state, care.id));
    REQUIRE(form.errors().find("how many took part") != nullptr);
    CHECK(form.draft.concerns == "Rotas in the evenings");
    form.draft.heldOn = "2026-13-01";
    form.draft.participants = "40";
    CHECK_FALSE(form.submit(demo.state, care.id));
    CHECK(form.errors().find("date") != nullptr);
    CHECK(demo.store().listEngagements(care.id).size() == before);

    form.draft.heldOn = "2026-11-20";
    CHECK(form.submit(demo.state, care.id));
    const std::vector<Engagement> after = demo.store().listEngagements(care.id);
    REQUIRE(after.size() == before + 1);
    CHECK(after.back().audience == Audience::Staff);
    CHECK(after.back().participants == 40);
    CHECK(after.back().ledById == demo.person("Sophie Turner").id);
    CHECK(form.draft.concerns.empty());  // a fresh form for the next one
    CHECK(demo.state.errors().empty());
}

TEST_CASE("a viewer reads an innovation's engagements but gets no form, and is told why", "[gui][engagement]") {
    DemoApp demo;
    const Innovation care = demo.innovation("Neighbourhood care teams");
    engaged(demo, care.id, Audience::Cabinet, demo.clock.today());
    demo.actAs("Amira Hussain");
    demo.openInnovation(care.id, "engagement");
    REQUIRE(located(demo, "engagement.status"));  // the panel is drawn: what is missing is the form
    CHECK_FALSE(located(demo, "engagement.form"));
    CHECK_FALSE(located(demo, "engagement.form.submit"));
    // Another innovation's officer is refused by the service too.
    demo.actAs("Gareth Evans");
    EngagementFormModel form;
    form.reset(demo.clock.today(), demo.person("Gareth Evans").id);
    const std::size_t before = demo.store().listEngagements(care.id).size();
    CHECK_FALSE(form.submit(demo.state, care.id));
    CHECK(demo.store().listEngagements(care.id).size() == before);
}

}  // namespace
}  // namespace innotrack::gui
