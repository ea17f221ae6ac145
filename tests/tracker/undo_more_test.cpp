// Undoing the addition of a person, an ambition, an engagement, an idea or a decision (DOMAIN.md
// "Undoing a change"), on every backend: the record is gone, the figures are as before, the audit
// trail keeps the addition and its undoing and still verifies; a refusal changes nothing.
#include "undo_fixture.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

struct MoreUndoFixture : UndoFixture {
    std::vector<std::string> actionsOn(const std::string& entity, Id id) const {
        std::vector<std::string> actions;
        for (const AuditEntry& entry : store->listAudit({entity, id, {}, {}})) actions.push_back(entry.action);
        return actions;
    }

    template <typename Undo>
    void requireRefusedWith(Undo undo, const std::string& reason) {
        const std::size_t audited = auditCount();
        const TallyCounts before = tally();
        CHECK_THROWS_WITH(undo(), reason);
        CHECK(auditCount() == audited);
        CHECK(tally() == before);
    }

    void requireTrailIntact() const {
        CHECK(portfolio.verifyAuditChain().intact());
        CHECK(portfolio.check().empty());
    }

    Idea newIdea(const std::string& title) const {
        Idea idea;
        idea.title = title;
        idea.problem = "Carers wait weeks for a first visit";
        idea.proposal = "A video call within two days";
        idea.source = IdeaSource::OtherCouncil;
        idea.ambitionId = ambition.id;
        idea.submittedOn = Date(2026, 11, 2);
        return idea;
    }

    Decision newDecision() const {
        Decision d;
        d.innovationId = innovation.id;
        d.matter = "Award the contract for home sensors";
        d.makerId = cabinet.id;
        d.plannedOn = Date(2026, 12, 29);
        d.amountPence = 75'000'000;
        d.noticeOn = Date(2026, 11, 20);
        d.documents = "Report of the Director of Adult Social Care";
        d.documentsFrom = "Democratic Services, County Hall";
        return d;
    }

    Engagement newEngagement() const {
        Engagement e;
        e.innovationId = innovation.id;
        e.heldOn = Date(2026, 11, 20);
        e.audience = Audience::Residents;
        e.stance = Stance::Support;
        e.ledById = officer.id;
        return e;
    }
};

}  // namespace

TEST_CASE_METHOD(MoreUndoFixture, "an undone idea is gone, one scored or promoted stays", "[backend][tracker][undo]") {
    const TallyCounts before = tally();
    const Idea submitted = portfolio.submitIdea(viewer.id, newIdea("Video visits"));
    CHECK_THROWS_AS(portfolio.undoAddition(officer.id, submitted), PermissionDenied);
    CHECK_THROWS_AS(portfolio.undoAddition(leader.id, submitted), PermissionDenied);
    portfolio.undoAddition(viewer.id, submitted);
    CHECK(store->listIdeas().empty());
    CHECK(tally() == before);
    CHECK(actionsOn("idea", submitted.id) == std::vector<std::string>{"added", "addition undone"});

    const Idea scored = portfolio.submitIdea(viewer.id, newIdea("Sensors at home"));
    CHECK(scored.id > submitted.id);  // a removed id is never given again
    IdeaScore score;
    score.ideaId = scored.id;
    score.strategicFit = score.residentBenefit = score.feasibility = score.costToTry = score.evidence = 4;
    portfolio.scoreIdea(cabinet.id, score);
    requireRefusedWith([&] { portfolio.undoAddition(viewer.id, scored); },
                       "Idea " + std::to_string(scored.id) +
                           " 'Sensors at home' has been scored since, so it stays: an idea's assessment is kept");
    portfolio.promoteIdea(cabinet.id, scored.id, "Cheap to try");
    requireRefusedWith([&] { portfolio.undoAddition(viewer.id, scored); },
                       "Idea " + std::to_string(scored.id) +
                           " 'Sensors at home' has been taken forward into an innovation, so it stays: a promoted "
                           "idea is final");
    CHECK(store->findIdea(scored.id).has_value());
    requireTrailIntact();
}

TEST_CASE_METHOD(MoreUndoFixture, "an undone decision is gone, one with a short notice or a record stays",
                 "[backend][tracker][undo]") {
    const TallyCounts before = tally();
    const Decision added = portfolio.addDecision(cabinet.id, newDecision());
    for (const Person& refused : {viewer, officer, otherCabinet})
        CHECK_THROWS_AS(portfolio.undoAddition(refused.id, added), PermissionDenied);
    portfolio.undoAddition(cabinet.id, added);
    CHECK(store->listDecisions(innovation.id).empty());
    CHECK(tally() == before);
    CHECK(actionsOn("decision", added.id) == std::vector<std::string>{"added", "addition undone"});

    Decision shortNotice = newDecision();
    shortNotice.plannedOn = Date(2026, 12, 10);
    const Decision again = portfolio.addDecision(cabinet.id, shortNotice);
    CHECK(again.id > added.id);
    portfolio.markGeneralException(cabinet.id, again.id, "Cllr Gwen Scrutiny", Date(2026, 11, 27));
    requireRefusedWith([&] { portfolio.undoAddition(cabinet.id, again); },
                       "The decision 'Award the contract for home sensors' has had its short notice recorded since "
                       "(General exception); undo that first");
    CHECK(store->findDecision(again.id).has_value());
    requireTrailIntact();
}

TEST_CASE_METHOD(MoreUndoFixture, "an undone engagement is gone, by who may add one", "[backend][tracker][undo]") {
    const Engagement added = portfolio.addEngagement(officer.id, newEngagement());
    for (const Person& refused : {viewer, otherOfficer, otherCabinet})
        CHECK_THROWS_AS(portfolio.undoAddition(refused.id, added), PermissionDenied);
    Engagement edited = added;
    edited.stance = Stance::Opposed;
    portfolio.updateEngagement(officer.id, edited);
    requireRefusedWith([&] { portfolio.undoAddition(officer.id, added); },
                       "Engagement " + std::to_string(added.id) + " has been changed since it was added; undo that first");
    portfolio.undoAddition(cabinet.id, edited);
    CHECK(store->listEngagements(innovation.id).empty());
    CHECK(actionsOn("engagement", added.id) == std::vector<std::string>{"added", "changed", "addition undone"});
    requireTrailIntact();
}

TEST_CASE_METHOD(MoreUndoFixture, "an undone ambition is gone, one an innovation serves stays",
                 "[backend][tracker][undo]") {
    Ambition draft;
    draft.title = "Net zero by 2040";
    draft.horizonYear = 2040;
    const Ambition added = portfolio.addAmbition(leader.id, draft);
    CHECK_THROWS_AS(portfolio.undoAddition(cabinet.id, added), PermissionDenied);
    portfolio.undoAddition(leader.id, added);
    CHECK(store->listAmbitions().size() == 1);
    CHECK(actionsOn("ambition", added.id) == std::vector<std::string>{"added", "addition undone"});

    requireRefusedWith([&] { portfolio.undoAddition(leader.id, ambition); },
                       "The ambition 'Every older person lives independently at home' has an innovation serving it "
                       "now; undo that, or give the innovation another ambition, first");
    requireTrailIntact();
}

TEST_CASE_METHOD(MoreUndoFixture, "an undone person is gone, one who leads or has acted stays",
                 "[backend][tracker][undo]") {
    const Person added = addPerson("Gil Officer", Role::Officer);
    CHECK_THROWS_AS(portfolio.undoAddition(cabinet.id, added), PermissionDenied);
    const std::size_t people = store->listPeople().size();
    portfolio.undoAddition(leader.id, added);
    CHECK(store->listPeople().size() == people - 1);
    CHECK_FALSE(store->findPerson(added.id).has_value());
    CHECK(actionsOn("person", added.id) == std::vector<std::string>{"added", "addition undone"});

    requireRefusedWith([&] { portfolio.undoAddition(leader.id, officer); },
                       "Dev Officer leads an innovation now; undo that, or give it another lead, first");
    const Person acted = addPerson("Hal Viewer", Role::Viewer);
    portfolio.submitIdea(acted.id, newIdea("Video visits"));
    requireRefusedWith([&] { portfolio.undoAddition(leader.id, acted); },
                       "Hal Viewer has submitted or decided an idea since; undo the idea first");
    requireTrailIntact();
}

TEST_CASE_METHOD(MoreUndoFixture, "a decision's short notice and record are undone in turn, the latest first",
                 "[backend][tracker][undo]") {
    Decision shortNotice = newDecision();
    shortNotice.plannedOn = Date(2026, 11, 27);  // notice 20 November: 6 clear days, short
    const Decision added = portfolio.addDecision(cabinet.id, shortNotice);
    // Told 21 November: 22 to 26 November, 5 clear days.
    const Decision excepted = portfolio.markGeneralException(cabinet.id, added.id, "Cllr Gwen Scrutiny", Date(2026, 11, 21));
    Decision record;
    record.madeOn = Date(2026, 11, 27);
    record.decision = "Award the contract to Sensible Homes Ltd";
    record.reasons = "Best value of the three tenders";
    record.alternativesRejected = "Do nothing";
    const Decision made = portfolio.recordDecision(cabinet.id, added.id, record);

    // The exception is no longer as it left the decision: the record comes first.
    requireRefusedWith([&] { portfolio.undoDecisionChange(cabinet.id, added, excepted); },
                       "The decision 'Award the contract for home sensors' has been changed again since; undo that "
                       "first");
    CHECK_THROWS_AS(portfolio.undoDecisionChange(officer.id, excepted, made), PermissionDenied);
    CHECK(portfolio.undoDecisionChange(cabinet.id, excepted, made) == excepted);
    CHECK_FALSE(portfolio.decision(added.id).isMade());
    portfolio.undoDecisionChange(leader.id, added, excepted);
    CHECK(portfolio.decision(added.id) == added);
    const std::vector<std::string> actions = actionsOn("decision", added.id);
    CHECK(std::count(actions.begin(), actions.end(), "change undone") >= 2);  // one entry a field put back
    portfolio.undoAddition(cabinet.id, added);
    CHECK(actionsOn("decision", added.id).back() == "addition undone");
    CHECK(store->listDecisions(innovation.id).empty());
    requireTrailIntact();
}

TEST_CASE_METHOD(MoreUndoFixture, "an idea declined or parked is back as it was, a promoted one stays",
                 "[backend][tracker][undo]") {
    const Idea submitted = portfolio.submitIdea(viewer.id, newIdea("Video visits"));
    const Idea declined = portfolio.declineIdea(cabinet.id, submitted.id, "Tried in 2019");
    CHECK_THROWS_AS(portfolio.undoIdeaDecision(officer.id, submitted, declined), PermissionDenied);
    CHECK(portfolio.undoIdeaDecision(otherCabinet.id, submitted, declined) == submitted);
    CHECK(portfolio.idea(submitted.id) == submitted);
    CHECK(actionsOn("idea", submitted.id).back() == "decision undone");

    const Idea parked = portfolio.parkIdea(cabinet.id, submitted.id, Date(2027, 3, 1));
    const Idea promoted = portfolio.promoteIdea(leader.id, submitted.id, "Worth a try now");
    requireRefusedWith([&] { portfolio.undoIdeaDecision(cabinet.id, submitted, parked); },
                       "Idea " + std::to_string(submitted.id) +
                           " 'Video visits' has been taken forward into an innovation, so it stays: a promoted idea "
                           "is final");
    CHECK(portfolio.idea(submitted.id) == promoted);
    requireTrailIntact();
}
