// Ideas through the service: anyone submits, assessors score and decide, the gate, the decision's
// rules (reasons, finality, dates), the innovation a promotion makes, and every step audited.
#include "portfolio_fixture.hpp"
#include "tracker/errors.hpp"
#include "tracker/idea.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innotrack;
using innotrack::testing::PortfolioFixture;

namespace {

struct IdeasFixture : PortfolioFixture {
    Idea draft(const std::string& title, IdeaSource source = IdeaSource::OtherCouncil) const {
        Idea idea;
        idea.title = title;
        idea.problem = "Carers wait weeks for a first visit";
        idea.proposal = "A video call within two days, a visit where needed";
        idea.source = source;
        idea.reference = "Wigan Deal";
        idea.ambitionId = ambition.id;
        idea.submittedOn = Date(2026, 11, 2);
        return idea;
    }

    IdeaScore scores(Id idea, int fit, int benefit, int feasible, int cost, int evidence) const {
        IdeaScore s;
        s.ideaId = idea;
        s.strategicFit = fit;
        s.residentBenefit = benefit;
        s.feasibility = feasible;
        s.costToTry = cost;
        s.evidence = evidence;
        s.scoredOn = Date(2026, 11, 9);
        return s;
    }

    std::vector<AuditEntry> auditOf(Id idea) const {
        AuditFilter filter;
        filter.entity = "idea";
        filter.entityId = idea;
        return store->listAudit(filter);
    }
};

}  // namespace

TEST_CASE("An idea's score is the mean of its assessors' totals", "[tracker][ideas]") {
    CHECK_FALSE(ideaScore({}));
    IdeaScore a;
    a.strategicFit = 4, a.residentBenefit = 4, a.feasibility = 3, a.costToTry = 2, a.evidence = 5;  // 18
    IdeaScore b;
    b.strategicFit = 3, b.residentBenefit = 3, b.feasibility = 3, b.costToTry = 3, b.evidence = 3;  // 15
    CHECK(a.total() == 18);
    CHECK(*ideaScore({a}) == 18.0);
    CHECK(*ideaScore({a, b}) == 16.5);
    CHECK(formatIdeaScore(ideaScore({a, b})) == "16.5");
    CHECK(formatIdeaScore(std::nullopt) == "—");
    CHECK(describeScores(a) ==
          "strategic fit 4, benefit to residents 4, feasibility 3, cost to try 2, evidence from elsewhere 5 = 18");
}

TEST_CASE("An innovation's inspired-by names where its idea came from", "[tracker][ideas]") {
    Idea idea;
    idea.reference = "Wigan Deal";
    idea.source = IdeaSource::OtherCouncil;
    CHECK(inspiredByOf(idea) == "Another council: Wigan Deal");
    idea.source = IdeaSource::Own;
    CHECK(inspiredByOf(idea) == "Wigan Deal");
    idea.reference.clear();
    idea.source = IdeaSource::Resident;
    CHECK(inspiredByOf(idea) == "A resident");
}

TEST_CASE_METHOD(IdeasFixture, "A viewer submits an idea, in their own name, audited", "[backend][tracker][ideas]") {
    Idea given = draft("  Cwtch cafés  ");
    given.status = IdeaStatus::Promoted;  // a submission starts submitted, whatever it says
    given.submittedById = leader.id;
    const Idea idea = portfolio.submitIdea(viewer.id, given);
    CHECK(idea.id > 0);
    CHECK(idea.title == "Cwtch cafés");
    CHECK(idea.status == IdeaStatus::Submitted);
    CHECK(idea.submittedById == viewer.id);
    CHECK(idea.submittedOn == Date(2026, 11, 2));
    CHECK(*store->findIdea(idea.id) == idea);
    const auto audit = auditOf(idea.id);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == "added");
    CHECK(audit[0].actorId == viewer.id);
    CHECK(audit[0].newValue.find("source: Another council") != std::string::npos);

    Idea today = draft("Dated today");
    today.submittedOn = Date();
    CHECK(portfolio.submitIdea(officer.id, today).submittedOn == clock.today());
}

TEST_CASE_METHOD(IdeasFixture, "A submission needs a title, the problem and the proposal, and no future date",
                 "[backend][tracker][ideas]") {
    Idea noProblem = draft("No problem");
    noProblem.problem = " ";
    CHECK_THROWS_WITH(portfolio.submitIdea(viewer.id, noProblem), "problem must not be empty");
    Idea future = draft("Tomorrow");
    future.submittedOn = Date(2026, 11, 28);
    CHECK_THROWS_AS(portfolio.submitIdea(viewer.id, future), ValidationError);
    Idea nowhere = draft("Nowhere");
    nowhere.ambitionId = 999;
    CHECK_THROWS_AS(portfolio.submitIdea(viewer.id, nowhere), NotFound);
    CHECK(store->listIdeas().empty());
}

TEST_CASE_METHOD(IdeasFixture, "Only cabinet members and the leader score, decide or park ideas",
                 "[backend][tracker][ideas]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    const std::size_t before = auditCount();
    CHECK_THROWS_WITH(portfolio.scoreIdea(viewer.id, scores(idea.id, 3, 3, 3, 3, 3)),
                      "Fay Viewer is a viewer: anyone may submit an idea, but only cabinet members and the leader "
                      "assess and decide ideas");
    CHECK_THROWS_WITH(portfolio.promoteIdea(officer.id, idea.id, "why not"),
                      "Dev Officer is a project officer: only cabinet members and the leader assess and decide ideas");
    CHECK_THROWS_AS(portfolio.declineIdea(officer.id, idea.id, "no"), PermissionDenied);
    CHECK_THROWS_AS(portfolio.parkIdea(viewer.id, idea.id, Date(2027, 1, 1)), PermissionDenied);
    CHECK_THROWS_AS(portfolio.setIdeaGate(cabinet.id, 12), PermissionDenied);
    CHECK(auditCount() == before);
    CHECK(*store->findIdea(idea.id) == idea);
    CHECK(store->listIdeaScores(idea.id).empty());
}

TEST_CASE_METHOD(IdeasFixture, "The first score puts an idea under assessment, and scoring again replaces it, audited",
                 "[backend][tracker][ideas]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    portfolio.scoreIdea(cabinet.id, scores(idea.id, 4, 4, 3, 2, 5));
    Idea now = portfolio.idea(idea.id);
    CHECK(now.status == IdeaStatus::UnderAssessment);
    CHECK(now.assessedFrom == Date(2026, 11, 9));

    IdeaScore again = scores(idea.id, 2, 2, 2, 2, 2);
    again.scoredOn = Date(2026, 11, 16);
    portfolio.scoreIdea(cabinet.id, again);
    portfolio.scoreIdea(leader.id, scores(idea.id, 5, 5, 5, 5, 5));
    const auto kept = store->listIdeaScores(idea.id);
    REQUIRE(kept.size() == 2);
    CHECK(*ideaScore(kept) == 17.5);  // (10 + 25) / 2: the cabinet member's first score is gone
    CHECK(portfolio.idea(idea.id).assessedFrom == Date(2026, 11, 9));  // from the first score, still

    std::vector<AuditEntry> scored;
    for (const AuditEntry& entry : auditOf(idea.id))
        if (entry.action == "scored") scored.push_back(entry);
    REQUIRE(scored.size() == 3);
    CHECK(scored[0].field == "Cllr Bob Cabinet");
    CHECK(scored[0].oldValue.empty());
    CHECK(scored[1].oldValue == scored[0].newValue);  // the replaced score is in the trail
    CHECK(scored[1].newValue.ends_with("= 10"));
}

TEST_CASE_METHOD(IdeasFixture, "Scores of 0 and 6, or dated before the idea, are refused whole",
                 "[backend][tracker][ideas]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    const std::size_t before = auditCount();
    CHECK_THROWS_WITH(portfolio.scoreIdea(cabinet.id, scores(idea.id, 0, 3, 3, 3, 3)),
                      "strategic fit: 0 is out of range; it must be 1 to 5 (5 is best)");
    CHECK_THROWS_WITH(portfolio.scoreIdea(cabinet.id, scores(idea.id, 3, 3, 3, 6, 3)),
                      "cost to try: 6 is out of range; it must be 1 to 5 (5 is best)");
    IdeaScore early = scores(idea.id, 3, 3, 3, 3, 3);
    early.scoredOn = Date(2026, 11, 1);
    CHECK_THROWS_WITH(portfolio.scoreIdea(cabinet.id, early),
                      "scored on: 2026-11-01 is before the idea was submitted (2026-11-02)");
    CHECK_THROWS_AS(portfolio.scoreIdea(cabinet.id, scores(idea.id + 9, 3, 3, 3, 3, 3)), NotFound);
    CHECK(auditCount() == before);
    CHECK(store->listIdeaScores(idea.id).empty());
    CHECK(portfolio.idea(idea.id).status == IdeaStatus::Submitted);
}

TEST_CASE_METHOD(IdeasFixture, "Promoting makes the innovation at Idea stage, linked both ways",
                 "[backend][tracker][ideas]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    portfolio.scoreIdea(cabinet.id, scores(idea.id, 4, 4, 3, 2, 5));  // 18, above the gate of 15
    const Idea promoted = portfolio.promoteIdea(cabinet.id, idea.id, "", Date(2026, 11, 20));
    CHECK(promoted.status == IdeaStatus::Promoted);
    CHECK(promoted.decidedOn == Date(2026, 11, 20));
    CHECK(promoted.decidedById == cabinet.id);
    REQUIRE(promoted.innovationId);
    CHECK(*store->findIdea(idea.id) == promoted);
    const Innovation made = portfolio.innovation(*promoted.innovationId);
    CHECK(made.title == "Cwtch cafés");
    CHECK(made.stage == Stage::Idea);
    CHECK(made.summary == idea.proposal);
    CHECK(made.ambitionId == ambition.id);
    CHECK(made.cabinetLeadId == cabinet.id);
    CHECK(made.inspiredBy == "Another council: Wigan Deal");
    CHECK(store->findIdeaOfInnovation(made.id)->id == idea.id);
    const auto arrived = store->listStageChanges(made.id);
    REQUIRE(arrived.size() == 1);
    CHECK(arrived[0].changedOn == Date(2026, 11, 20));

    CHECK_THROWS_WITH(portfolio.declineIdea(leader.id, idea.id, "changed our minds"),
                      "Idea " + std::to_string(idea.id) +
                          " 'Cwtch cafés' was already promoted on 2026-11-20; it cannot be declined");
}

TEST_CASE_METHOD(IdeasFixture, "Promoting below the gate, or unscored, needs a reason", "[backend][tracker][ideas]") {
    const Idea low = portfolio.submitIdea(viewer.id, draft("Low"));
    portfolio.scoreIdea(cabinet.id, scores(low.id, 3, 3, 3, 3, 2));  // 14
    const std::size_t before = auditCount();
    const std::size_t innovations = store->listInnovations({}).size();
    CHECK_THROWS_WITH(portfolio.promoteIdea(cabinet.id, low.id, " "),
                      "Idea " + std::to_string(low.id) +
                          " 'Low' scores 14, below the gate of 15: give a reason to promote it");
    const Idea unscored = portfolio.submitIdea(viewer.id, draft("Unscored"));
    CHECK_THROWS_WITH(portfolio.promoteIdea(cabinet.id, unscored.id, ""),
                      "Idea " + std::to_string(unscored.id) +
                          " 'Unscored' has not been scored: give a reason to promote it unscored");
    CHECK(store->listInnovations({}).size() == innovations);
    CHECK(auditCount() == before + 1);  // the second submission only

    const Idea promoted = portfolio.promoteIdea(cabinet.id, low.id, "A pilot costs almost nothing");
    CHECK(promoted.decisionReason == "A pilot costs almost nothing");

    // Exactly at the gate needs none; a higher gate makes the same score need one.
    const Idea atGate = portfolio.submitIdea(viewer.id, draft("At the gate"));
    portfolio.scoreIdea(leader.id, scores(atGate.id, 3, 3, 3, 3, 3));  // 15
    portfolio.setIdeaGate(leader.id, 16);
    CHECK_THROWS_AS(portfolio.promoteIdea(leader.id, atGate.id, ""), ValidationError);
    portfolio.setIdeaGate(leader.id, 15);
    CHECK(portfolio.promoteIdea(leader.id, atGate.id, "").status == IdeaStatus::Promoted);
}

TEST_CASE_METHOD(IdeasFixture, "Declining needs a reason and is final, and the idea may be submitted again",
                 "[backend][tracker][ideas]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    CHECK_THROWS_WITH(portfolio.declineIdea(cabinet.id, idea.id, " "),
                      "reason: give a reason to decline the idea; the person who submitted it is shown it");
    const Idea declined = portfolio.declineIdea(cabinet.id, idea.id, "We tried this in 2019", Date(2026, 11, 12));
    CHECK(declined.status == IdeaStatus::Declined);
    CHECK(declined.decisionReason == "We tried this in 2019");
    CHECK_THROWS_WITH(portfolio.promoteIdea(leader.id, idea.id, "the leader insists"),
                      "Idea " + std::to_string(idea.id) +
                          " 'Cwtch cafés' was already declined on 2026-11-12; it cannot be promoted");
    CHECK_THROWS_AS(portfolio.scoreIdea(leader.id, scores(idea.id, 5, 5, 5, 5, 5)), ConflictError);
    CHECK_THROWS_AS(portfolio.parkIdea(leader.id, idea.id, Date(2027, 1, 1)), ConflictError);

    const Idea again = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    CHECK(again.id != idea.id);
    CHECK(again.status == IdeaStatus::Submitted);
}

TEST_CASE_METHOD(IdeasFixture, "Parking keeps a date to look again, and scoring a parked idea reopens its assessment",
                 "[backend][tracker][ideas]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    CHECK_THROWS_WITH(portfolio.parkIdea(cabinet.id, idea.id, Date(2026, 11, 27)),
                      "look again on: 2026-11-27 must be after the day it is parked (2026-11-27)");
    const Idea parked = portfolio.parkIdea(cabinet.id, idea.id, Date(2027, 4, 1), Date(2026, 11, 10));
    CHECK(parked.status == IdeaStatus::Parked);
    CHECK(parked.parkedOn == Date(2026, 11, 10));
    CHECK(parked.lookAgainOn == Date(2027, 4, 1));
    CHECK_FALSE(parked.decidedOn);  // parking is not a decision

    IdeaScore early = scores(idea.id, 3, 3, 3, 3, 3);
    portfolio.scoreIdea(leader.id, early);  // the 9th, before it was parked: allowed, it is a score
    const Idea reopened = portfolio.idea(idea.id);
    CHECK(reopened.status == IdeaStatus::UnderAssessment);
    CHECK_FALSE(reopened.lookAgainOn);
    CHECK(reopened.parkedOn == Date(2026, 11, 10));  // kept: it was parked then
    CHECK_THROWS_WITH(portfolio.declineIdea(leader.id, idea.id, "no", Date(2026, 11, 9)),
                      "decided on: 2026-11-09 is before the idea was parked (2026-11-10)");
}

TEST_CASE_METHOD(IdeasFixture, "The gate is 5 to 25 and its change is audited", "[backend][tracker][ideas]") {
    CHECK(store->ideaGate() == 15);
    CHECK_THROWS_WITH(portfolio.setIdeaGate(leader.id, 26),
                      "gate: 26 is out of range; it must be 5 to 25 (an idea's score is 5 to 25)");
    portfolio.setIdeaGate(leader.id, 18);
    CHECK(store->ideaGate() == 18);
    const auto last = store->listAudit({}).back();
    CHECK(last.field == "ideas' gate");
    CHECK(last.oldValue == "15");
    CHECK(last.newValue == "18");
}

TEST_CASE_METHOD(IdeasFixture, "The submitter corrects their idea's wording, source and ambition, audited field by field",
                 "[backend][tracker][ideas][idea-update]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafes"));
    Idea edited = idea;
    edited.title = "  Cwtch cafés  ";
    edited.source = IdeaSource::CaseStudy;
    edited.reference = "Nesta case study, 2024";
    edited.status = IdeaStatus::Promoted;  // not the submitter's to change: kept as it was
    edited.submittedById = leader.id;
    const Idea updated = portfolio.updateIdea(viewer.id, edited);
    CHECK(updated.title == "Cwtch cafés");
    CHECK(updated.source == IdeaSource::CaseStudy);
    CHECK(updated.reference == "Nesta case study, 2024");
    CHECK(updated.status == IdeaStatus::Submitted);
    CHECK(updated.submittedById == viewer.id);
    CHECK(updated.problem == idea.problem);
    CHECK(*store->findIdea(idea.id) == updated);

    const auto audit = auditOf(idea.id);
    REQUIRE(audit.size() == 4);  // added, then one row for each of the three fields changed
    std::vector<std::string> fields;
    for (std::size_t i = 1; i < audit.size(); ++i) {
        CHECK(audit[i].action == "changed");
        CHECK(audit[i].actorId == viewer.id);
        fields.push_back(audit[i].field);
    }
    CHECK(std::find(fields.begin(), fields.end(), "title") != fields.end());
    CHECK(std::find(fields.begin(), fields.end(), "reference") != fields.end());
    for (const AuditEntry& entry : audit)
        if (entry.field == "title") CHECK((entry.oldValue == "Cwtch cafes" && entry.newValue == "Cwtch cafés"));

    // Nothing changed: nothing stored, nothing audited.
    CHECK(portfolio.updateIdea(viewer.id, updated) == updated);
    CHECK(auditOf(idea.id).size() == 4);
}

TEST_CASE_METHOD(IdeasFixture, "Cabinet members and the leader correct anyone's idea, and others may not",
                 "[backend][tracker][ideas][idea-update]") {
    const Idea idea = portfolio.submitIdea(viewer.id, draft("Cwtch cafés"));
    portfolio.scoreIdea(otherCabinet.id, scores(idea.id, 3, 3, 3, 3, 3));
    const Idea scored = *store->findIdea(idea.id);
    Idea edited = scored;
    edited.proposal = "A video call within a day";
    const Idea byCabinet = portfolio.updateIdea(cabinet.id, edited);
    CHECK(byCabinet.proposal == "A video call within a day");
    CHECK(byCabinet.status == IdeaStatus::UnderAssessment);  // still the submitter's to correct while undecided
    edited = byCabinet;
    edited.problem = "Carers wait a month";
    CHECK(portfolio.updateIdea(leader.id, edited).problem == "Carers wait a month");
    const Idea kept = *store->findIdea(idea.id);

    const std::size_t before = auditCount();
    edited = kept;
    edited.title = "Not theirs";
    CHECK_THROWS_WITH(portfolio.updateIdea(officer.id, edited),
                      "Dev Officer is a project officer: only the person who submitted idea " + std::to_string(idea.id) +
                          ", Fay Viewer, cabinet members and the leader can change it");
    const Idea other = portfolio.submitIdea(officer.id, draft("The officer's own"));
    Idea theirs = other;
    theirs.title = "Not the viewer's";
    CHECK_THROWS_AS(portfolio.updateIdea(viewer.id, theirs), PermissionDenied);
    CHECK(auditCount() == before + 1);  // only the officer's submission
    CHECK(*store->findIdea(idea.id) == kept);
    CHECK(*store->findIdea(other.id) == other);
}

TEST_CASE_METHOD(IdeasFixture, "A correction is checked as a submission, and a decided idea is not changed",
                 "[backend][tracker][ideas][idea-update]") {
    const Idea idea = portfolio.submitIdea(officer.id, draft("Cwtch cafés"));
    const std::size_t before = auditCount();
    Idea edited = idea;
    edited.title = std::string(10000, 'x');
    CHECK_THROWS_AS(portfolio.updateIdea(officer.id, edited), ValidationError);
    edited = idea;
    edited.proposal = " ";
    CHECK_THROWS_WITH(portfolio.updateIdea(officer.id, edited), "proposal must not be empty");
    edited = idea;
    edited.ambitionId = 999;
    CHECK_THROWS_AS(portfolio.updateIdea(officer.id, edited), NotFound);
    edited = idea;
    edited.id = 999;
    CHECK_THROWS_AS(portfolio.updateIdea(officer.id, edited), NotFound);
    CHECK(auditCount() == before);
    CHECK(*store->findIdea(idea.id) == idea);

    const Idea declined = portfolio.declineIdea(cabinet.id, idea.id, "We tried this in 2019", Date(2026, 11, 12));
    edited = declined;
    edited.title = "Cwtch cafés again";
    CHECK_THROWS_WITH(portfolio.updateIdea(leader.id, edited),
                      "Idea " + std::to_string(idea.id) +
                          " 'Cwtch cafés' was already declined on 2026-11-12; it can no longer be changed");
    CHECK_THROWS_AS(portfolio.updateIdea(officer.id, edited), ConflictError);
    CHECK(*store->findIdea(idea.id) == declined);
}
