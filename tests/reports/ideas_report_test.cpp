// The ideas funnel worked out by hand on a small portfolio for Q2 2026/27 (1 July to 30 September
// 2026), written through the service on the backend under test; and a golden file per format.
// Regenerate the golden files after a deliberate change with UPDATE_GOLDEN=1, then read the diff.
//
// The ideas (today is 27 November 2026; "C" is Cllr Bob Cabinet, the one assessor):
//   A own,           submitted 20 Jun, scored 1 Jul (20), promoted 10 Jul; its innovation moved to
//                    Piloting on 1 Aug and stopped on 1 Sep: it reached Piloting all the same
//   B other council, submitted 5 Jul, scored 6 Jul (14, below the gate), promoted 20 Jul with a reason
//   C resident,      submitted 1 Jul (the first day), declined 30 Sep (the last day), never scored
//   D other council, C submitted again on 30 Sep, still waiting
//   E own,           submitted 15 Jul, scored 20 Jul (16), parked 1 Aug until 1 Dec
//   F partner,       submitted 2 Oct: after the period
//   G own,           submitted 1 Jun, declined 5 Oct: undecided at the end of the period
#include "backend_under_test.hpp"
#include "report_files.hpp"

#include "reports/ideas_report.hpp"
#include "tracker/errors.hpp"
#include "tracker/portfolio.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::checkGolden;
using innotrack::testing::xmlError;

namespace {

struct IdeasPortfolio {
    innotrack::testing::TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock{Date(2026, 11, 27)};
    Portfolio portfolio{*store, clock};
    Person leader;
    Person cabinet;
    Person viewer;
    Id a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0;

    IdeasPortfolio() {
        Person first;
        first.name = "Cllr Ann Leader";
        first.role = Role::Leader;
        leader = portfolio.initialise(first);
        cabinet = add("Cllr Bob Cabinet", Role::Cabinet);
        viewer = add("Fay Viewer", Role::Viewer);
        a = submit("Warm spaces <in> libraries & halls", IdeaSource::Own, Date(2026, 6, 20));
        score(a, 4, Date(2026, 7, 1));  // 20
        const Idea promotedA = portfolio.promoteIdea(cabinet.id, a, "", Date(2026, 7, 10));
        portfolio.changeStage(cabinet.id, *promotedA.innovationId, Stage::Piloting, "", Date(2026, 8, 1));
        portfolio.changeStage(cabinet.id, *promotedA.innovationId, Stage::Stopped, "No take-up", Date(2026, 9, 1));
        b = submit("School streets", IdeaSource::OtherCouncil, Date(2026, 7, 5));
        IdeaScore low = scores(b, 3, Date(2026, 7, 6));
        low.evidence = 2;  // 14
        portfolio.scoreIdea(cabinet.id, low);
        portfolio.promoteIdea(cabinet.id, b, "Cheap to try in one street", Date(2026, 7, 20));
        c = submit("Repair café", IdeaSource::Resident, Date(2026, 7, 1));
        portfolio.declineIdea(cabinet.id, c, "No hall free", Date(2026, 9, 30));
        d = submit("Repair café in the library", IdeaSource::OtherCouncil, Date(2026, 9, 30));
        e = submit("Tool library", IdeaSource::Own, Date(2026, 7, 15));
        IdeaScore middling = scores(e, 3, Date(2026, 7, 20));
        middling.strategicFit = 4;  // 16
        portfolio.scoreIdea(cabinet.id, middling);
        portfolio.parkIdea(cabinet.id, e, Date(2026, 12, 1), Date(2026, 8, 1));
        f = submit("Night-time ambassadors", IdeaSource::Partner, Date(2026, 10, 2));
        g = submit("Four-day week", IdeaSource::Own, Date(2026, 6, 1));
        portfolio.declineIdea(cabinet.id, g, "Not now", Date(2026, 10, 5));
    }

    Person add(const std::string& name, Role role) {
        Person person;
        person.name = name;
        person.role = role;
        return portfolio.addPerson(leader.id, person);
    }

    Id submit(const std::string& title, IdeaSource source, Date on) {
        Idea idea;
        idea.title = title;
        idea.problem = "A problem";
        idea.proposal = "A proposal";
        idea.source = source;
        idea.submittedOn = on;
        return portfolio.submitIdea(viewer.id, idea).id;
    }

    static IdeaScore scores(Id idea, int each, Date on) {
        IdeaScore s;
        s.ideaId = idea;
        s.strategicFit = s.residentBenefit = s.feasibility = s.costToTry = s.evidence = each;
        s.scoredOn = on;
        return s;
    }

    void score(Id idea, int each, Date on) { portfolio.scoreIdea(cabinet.id, scores(idea, each, on)); }

    IdeasReport report() const {
        return buildIdeasReport(*store, customPeriod(Date(2026, 7, 1), Date(2026, 9, 30)));
    }
};

}  // namespace

TEST_CASE("a median is the middle value, or the mean of the middle two", "[reports][ideas]") {
    CHECK_FALSE(median({}));
    CHECK(*median({20}) == 20.0);
    CHECK(*median({91, 15, 20}) == 20.0);
    CHECK(*median({10, 1, 3, 2}) == 2.5);
    CHECK(formatDays(2.5) == "2.5");
    CHECK(formatDays(20.0) == "20");
}

TEST_CASE("the funnel counts each step by the day it happened, both ends of the period included",
          "[backend][reports][ideas]") {
    const IdeasPortfolio p;
    const IdeasReport r = p.report();
    CHECK(r.funnel.submitted == 4);  // B, C (on the first day), D (on the last), E
    CHECK(r.funnel.assessed == 3);   // A (first scored on the first day), B, E
    CHECK(r.funnel.promoted == 2);   // A and B; B below the gate, with its reason
    CHECK(r.funnel.declined == 1);   // C on the last day; G's decline came after the period
    CHECK(r.funnel.parked == 1);     // E
    CHECK(r.gate == 15);
}

TEST_CASE("days to a decision, the share from elsewhere and where promoted ideas are now, by hand",
          "[backend][reports][ideas]") {
    const IdeasPortfolio p;
    const IdeasReport r = p.report();
    // A 20 days, B 15, C 91: parked E keeps counting and is no decision.
    CHECK(r.decisions == 3);
    REQUIRE(r.medianDaysToDecision);
    CHECK(*r.medianDaysToDecision == 20.0);
    // B (another council), C (a resident) and D (another council) of the four submitted.
    CHECK(r.fromElsewhere == 3);
    CHECK(r.fromElsewherePercent == 75);
    REQUIRE(r.promoted.size() == 2);
    CHECK(r.promoted[0].ideaId == p.a);
    CHECK(r.promoted[0].stageNow == Stage::Stopped);
    CHECK(r.promoted[0].reachedPiloting);  // through its history: it was piloted, then stopped
    CHECK(r.promoted[1].ideaId == p.b);
    CHECK(r.promoted[1].stageNow == Stage::Idea);
    CHECK_FALSE(r.promoted[1].reachedPiloting);
    CHECK(r.reachedPiloting == 1);
    CHECK(r.summaryWords.find("; 1 of the 2 ideas promoted so far reached Piloting or beyond;") != std::string::npos);
}

TEST_CASE("a period after the promotions lists them as promoted so far, and the paper says why the counts differ",
          "[backend][reports][ideas]") {
    const IdeasPortfolio p;
    // 1 October to 27 November: no promotion in it, A and B promoted before it.
    const IdeasReport r = buildIdeasReport(*p.store, customPeriod(Date(2026, 10, 1), Date(2026, 11, 27)));
    CHECK(r.funnel.promoted == 0);
    REQUIRE(r.promoted.size() == 2);
    CHECK(r.summaryWords.find("; 1 of the 2 ideas promoted so far reached Piloting or beyond;") != std::string::npos);
    const std::string html = renderIdeasHtml(r);
    CHECK(html.find("Where the ideas promoted so far are now") != std::string::npos);
    CHECK(html.find("Every idea promoted up to 27 November 2026: 0 in the period and 2 before it.") != std::string::npos);
    // In the golden period both were promoted in it: no note.
    CHECK(renderIdeasHtml(p.report()).find("Every idea promoted up to") == std::string::npos);
}

TEST_CASE("the ideas waiting longest are those undecided at the period's end, as they stood then",
          "[backend][reports][ideas]") {
    const IdeasPortfolio p;
    const IdeasReport r = p.report();
    REQUIRE(r.waiting.size() == 3);
    CHECK(r.waitingTotal == 3);
    CHECK(r.waiting[0].id == p.g);  // 1 June to 30 September
    CHECK(r.waiting[0].daysWaiting == 121);
    CHECK(r.waiting[0].status == IdeaStatus::Submitted);  // declined only in October
    CHECK(r.waiting[1].id == p.e);
    CHECK(r.waiting[1].daysWaiting == 77);
    CHECK(r.waiting[1].status == IdeaStatus::Parked);
    CHECK(r.waiting[1].score == 16.0);
    CHECK(r.waiting[2].id == p.d);  // the declined idea submitted again, on the last day
    CHECK(r.waiting[2].daysWaiting == 0);
    CHECK_FALSE(r.waiting[2].score);
}

TEST_CASE("a period with no ideas says so rather than dividing by zero", "[backend][reports][ideas]") {
    const IdeasPortfolio p;
    const IdeasReport r = buildIdeasReport(*p.store, customPeriod(Date(2025, 4, 1), Date(2025, 6, 30)));
    CHECK(r.funnel.submitted == 0);
    CHECK_FALSE(r.medianDaysToDecision);
    CHECK_FALSE(r.fromElsewherePercent);
    CHECK(r.promoted.empty());
    CHECK(r.waiting.empty());
    CHECK(renderIdeasText(r).find("no decision in the period") != std::string::npos);
    CHECK(renderIdeasText(r).find("no idea submitted in the period") != std::string::npos);
}

TEST_CASE("the ideas report matches its golden file in every format", "[backend][reports][ideas][golden]") {
    const IdeasPortfolio p;
    const IdeasReport report = p.report();
    checkGolden("ideas.txt", renderIdeasText(report));
    checkGolden("ideas.md", renderIdeasMarkdown(report));
    checkGolden("ideas.csv", renderIdeasCsv(report));
    checkGolden("ideas.json", renderIdeasJson(report));
    const std::string html = renderIdeasHtml(report);
    checkGolden("ideas.html", html);
    CHECK(xmlError(html).empty());
    CHECK(html.find("Warm spaces &lt;in&gt; libraries &amp; halls") != std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);
    const auto json = nlohmann::json::parse(renderIdeasJson(report));
    CHECK(json["funnel"]["submitted"] == 4);
    CHECK(json["median_days_to_decision"] == 20.0);
    std::istringstream text(renderIdeasText(report));
    for (std::string line; std::getline(text, line);) CHECK(utf8Length(line) <= 100);
}
