// The Ideas view: its model and forms directly, and the view drawn in headless frames as a viewer,
// an assessor and a submitter would use it.
#include "fixture.hpp"

#include "gui/ideas_model.hpp"
#include "gui/ideas_view.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

IdeasView& ideasView(DemoApp& demo) {
    demo.app.select("ideas");
    demo.frames(2);
    return dynamic_cast<IdeasView&>(*demo.app.view("ideas"));
}

Idea submitted(DemoApp& demo, const std::string& by, const std::string& title, Date on) {
    Idea idea;
    idea.title = title;
    idea.problem = "A problem residents raised";
    idea.proposal = "Try it in one ward first";
    idea.source = IdeaSource::OtherCouncil;
    idea.reference = "Another council's report";
    idea.submittedOn = on;
    return demo.state.portfolio().submitIdea(demo.person(by).id, idea);
}

void scored(DemoApp& demo, const std::string& by, Id idea, int each) {
    IdeaScore score;
    score.ideaId = idea;
    score.assessorId = demo.person(by).id;
    score.strategicFit = score.residentBenefit = score.feasibility = score.costToTry = score.evidence = each;
    score.scoredOn = demo.clock.today();
    demo.state.portfolio().scoreIdea(score.assessorId, score);
}


TEST_CASE("a score's five criteria carry the field list's labels, to change and to read", "[gui][ideas]") {
    IdeaScore score;
    const auto criteria = criteriaOf(score);
    REQUIRE(criteria.size() == 5);
    CHECK(std::string(criteria[0].first) == "strategic fit");
    CHECK(std::string(criteria[3].first) == "cost to try");
    *criteria[1].second = 4;
    CHECK(score.residentBenefit == 4);
    const IdeaScore& read = score;
    CHECK(criteriaOf(read)[1].second == 4);
}

TEST_CASE("a viewer puts an idea forward in the view, sees it under My ideas, and cannot assess it", "[gui][ideas]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    IdeasView& view = ideasView(demo);
    const std::size_t before = demo.store().listIdeas().size();

    demo.click("ideas.new");
    demo.frames();
    view.forms().draft.title = "Library late fees scrapped";
    view.forms().draft.problem = "Fees keep families away";
    view.forms().draft.proposal = "Drop fines for a year and count the returns";
    view.forms().draft.source = IdeaSource::CaseStudy;
    demo.click("ideas.form.submit");
    demo.frames(2);

    const std::vector<Idea> ideas = demo.store().listIdeas();
    REQUIRE(ideas.size() == before + 1);
    CHECK(ideas.back().title == "Library late fees scrapped");
    CHECK(ideas.back().submittedById == demo.person("Amira Hussain").id);
    CHECK(ideas.back().source == IdeaSource::CaseStudy);
    CHECK(view.showing() == IdeasShown::Mine);
    CHECK(view.forms().draft.title.empty());
    // Its detail is open: a viewer reads why they cannot score, and gets no controls to try.
    CHECK(located(demo, "ideas.row." + std::to_string(ideas.back().id)));
    REQUIRE(located(demo, "ideas.detail." + std::to_string(ideas.back().id)));
    CHECK(located(demo, "ideas.assess.refused"));
    CHECK_FALSE(located(demo, "ideas.score.save"));
    CHECK_FALSE(located(demo, "ideas.promote"));
    CHECK(demo.state.errors().empty());
}

TEST_CASE("a submission missing its problem says so beside the field and keeps what was typed", "[gui][ideas]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    IdeaForms forms;
    forms.draft.title = "Community fridges";
    forms.draft.proposal = "Partner with food banks";
    const std::size_t before = demo.store().listIdeas().size();
    CHECK_FALSE(forms.submit(demo.state));
    REQUIRE(forms.submitErrors().find("problem") != nullptr);
    CHECK(forms.draft.title == "Community fridges");
    CHECK(demo.store().listIdeas().size() == before);
}

TEST_CASE("the assessors' queue puts the best score first and unscored last, and leaves decided ideas out",
          "[gui][ideas]") {
    DemoApp demo;
    const Date today = demo.clock.today();
    const Id low = submitted(demo, "Amira Hussain", "Low scorer", today).id;
    const Id unscored = submitted(demo, "Amira Hussain", "Not scored yet", today).id;
    const Id high = submitted(demo, "Gareth Evans", "High scorer", today).id;
    const Id declined = submitted(demo, "Gareth Evans", "Declined one", today).id;
    scored(demo, "Cllr Priya Shah", low, 2);
    scored(demo, "Cllr Priya Shah", high, 4);
    scored(demo, "Cllr Tom Okafor", high, 5);
    demo.state.portfolio().declineIdea(demo.person("Cllr Tom Okafor").id, declined, "Tried in 2019");

    IdeasModel model;
    model.reload(demo.store());
    std::vector<Id> queue;
    model.arrangeFor(demo.person("Gareth Evans").id);
    for (const IdeaRow* row : model.shown(IdeasShown::Queue)) queue.push_back(row->idea.id);
    const auto at = [&](Id id) { return std::find(queue.begin(), queue.end(), id) - queue.begin(); };
    CHECK(std::find(queue.begin(), queue.end(), declined) == queue.end());
    CHECK(at(high) < at(low));
    CHECK(at(low) < at(unscored));
    const IdeaRow* best = model.find(high);
    REQUIRE(best != nullptr);
    CHECK(best->scores.size() == 2);
    CHECK(best->score == Approx(22.5));  // (20 + 25) / 2
    CHECK(best->meetsGate(model.gate()));
    CHECK_FALSE(model.find(low)->meetsGate(model.gate()));  // 10 < 15
    std::vector<Id> mine;
    for (const IdeaRow* row : model.shown(IdeasShown::Mine)) mine.push_back(row->idea.id);
    // Newest first: the two just submitted lead Gareth's own, before any the demo gave him.
    REQUIRE(mine.size() >= 2);
    CHECK(std::vector<Id>(mine.begin(), mine.begin() + 2) == std::vector<Id>{declined, high});
    for (const IdeaRow* row : model.shown(IdeasShown::Mine))
        CHECK(row->idea.submittedById == demo.person("Gareth Evans").id);
}

TEST_CASE("an assessor scores in the view, and scoring again replaces their own score", "[gui][ideas]") {
    DemoApp demo;
    const Id idea = submitted(demo, "Amira Hussain", "Warm spaces in libraries", demo.clock.today()).id;
    demo.actAs("Cllr Priya Shah");
    IdeasView& view = ideasView(demo);
    view.forms().choose(*view.model().find(idea), demo.person("Cllr Priya Shah").id);
    for (const auto& [label, value] : criteriaOf(view.forms().score)) *value = 4;
    CHECK(view.forms().saveScore(demo.state));
    view.forms().score.evidence = 1;
    CHECK(view.forms().saveScore(demo.state));
    const std::vector<IdeaScore> scores = demo.store().listIdeaScores(idea);
    REQUIRE(scores.size() == 1);
    CHECK(scores.front().total() == 17);
    CHECK(demo.store().findIdea(idea)->status == IdeaStatus::UnderAssessment);
}

TEST_CASE("promoting below the gate needs a reason, kept beside the field, with one the innovation is made",
          "[gui][ideas]") {
    DemoApp demo;
    const Id idea = submitted(demo, "Amira Hussain", "Repair cafes", demo.clock.today()).id;
    scored(demo, "Cllr Priya Shah", idea, 2);  // 10 of 25, below the gate of 15
    demo.actAs("Cllr Priya Shah");
    IdeasView& view = ideasView(demo);
    IdeaForms& forms = view.forms();
    demo.click("ideas.row." + std::to_string(idea));
    demo.frames(2);
    REQUIRE(forms.chosen() == idea);  // the open idea is the one the forms decide
    CHECK(located(demo, "ideas.promote"));
    const std::size_t innovations = demo.store().listInnovations({}).size();

    CHECK_FALSE(forms.promote(demo.state));
    REQUIRE(forms.decisionErrors().find("reason") != nullptr);
    CHECK(demo.store().listInnovations({}).size() == innovations);

    forms.reason = "Cheap to try in one library first";
    CHECK(forms.promote(demo.state));
    const Idea promoted = *demo.store().findIdea(idea);
    CHECK(promoted.status == IdeaStatus::Promoted);
    REQUIRE(promoted.innovationId);
    const Innovation made = *demo.store().findInnovation(*promoted.innovationId);
    CHECK(made.stage == Stage::Idea);
    CHECK(made.title == "Repair cafes");
    demo.frames(2);
    // Decided: no more assessing, and the submitter's list says what became of it.
    CHECK_FALSE(located(demo, "ideas.promote"));
    IdeasModel model;
    model.reload(demo.store());
    CHECK(model.find(idea)->innovation == "Repair cafes");
}

TEST_CASE("declining needs a reason and parking a real date, each said beside its field", "[gui][ideas]") {
    DemoApp demo;
    const Id idea = submitted(demo, "Amira Hussain", "Four-day week pilot", demo.clock.today()).id;
    demo.actAs("Cllr Tom Okafor");
    IdeasView& view = ideasView(demo);
    IdeaForms& forms = view.forms();
    forms.choose(*view.model().find(idea), demo.person("Cllr Tom Okafor").id);
    CHECK_FALSE(forms.decline(demo.state));
    CHECK(forms.decisionErrors().find("reason") != nullptr);
    forms.lookAgain = "2027-02-30";
    CHECK_FALSE(forms.park(demo.state));
    CHECK(forms.decisionErrors().find("look again on") != nullptr);
    CHECK(forms.lookAgain == "2027-02-30");
    CHECK(demo.store().findIdea(idea)->status == IdeaStatus::Submitted);
    forms.lookAgain = "2027-04-01";
    CHECK(forms.park(demo.state));
    CHECK(demo.store().findIdea(idea)->status == IdeaStatus::Parked);
    CHECK(demo.state.errors().empty());
}

}  // namespace
}  // namespace innotrack::gui
