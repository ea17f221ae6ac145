// The portfolio service's rules: validation, permissions, audit and atomicity, on real storage.
#include "portfolio_fixture.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innotrack;
using innotrack::testing::PortfolioFixture;

TEST_CASE_METHOD(PortfolioFixture, "The first person must be the leader, and only once", "[backend][tracker][people]") {
    Person another;
    another.name = "Someone Else";
    another.role = Role::Leader;
    CHECK_THROWS_AS(portfolio.initialise(another), ConflictError);

    testing::TestPortfolio emptyPortfolio;
    PortfolioStore* emptyStore = &emptyPortfolio.store();
    Portfolio empty(*emptyStore, clock);
    Person officerFirst;
    officerFirst.name = "Not A Leader";
    officerFirst.role = Role::Officer;
    CHECK_THROWS_WITH(empty.initialise(officerFirst), "role: the first person in a portfolio must be its leader");
    CHECK(emptyStore->listPeople().empty());
}

TEST_CASE_METHOD(PortfolioFixture, "People have unique names that are not numbers", "[backend][tracker][people]") {
    CHECK_THROWS_WITH(addPerson("dev officer", Role::Officer),
                      "name: there is already a person called 'Dev Officer' (#4)");
    CHECK_THROWS_WITH(addPerson("12", Role::Officer), "name: '12' is a number; a name needs letters");
    CHECK(portfolio.person("DEV OFFICER").id == officer.id);
    CHECK(portfolio.person(std::to_string(officer.id)).name == "Dev Officer");
    CHECK_THROWS_AS(portfolio.person("Nobody"), NotFound);
    Person byCabinet;
    byCabinet.name = "New Person";
    CHECK_THROWS_AS(portfolio.addPerson(cabinet.id, byCabinet), PermissionDenied);
}

TEST_CASE_METHOD(PortfolioFixture, "A role change cannot orphan a lead or the leadership", "[backend][tracker][people]") {
    Person demoted = cabinet;
    demoted.role = Role::Viewer;
    CHECK_THROWS_WITH(portfolio.updatePerson(leader.id, demoted),
                      Catch::StartsWith("Cllr Bob Cabinet is cabinet lead of innovations"));
    Person leaderAsViewer = leader;
    leaderAsViewer.role = Role::Viewer;
    CHECK_THROWS_WITH(portfolio.updatePerson(leader.id, leaderAsViewer),
                      "Cllr Ann Leader is the only leader; the portfolio must keep a leader");
    Person promoted = otherOfficer;
    promoted.role = Role::Cabinet;
    CHECK(portfolio.updatePerson(leader.id, promoted).role == Role::Cabinet);
}

TEST_CASE_METHOD(PortfolioFixture, "Innovation rules name the field that was wrong", "[backend][tracker][innovations]") {
    Innovation draft = newInnovation("");
    CHECK_THROWS_WITH(portfolio.addInnovation(cabinet.id, draft), "title must not be empty");

    draft = newInnovation("Bad lead");
    draft.cabinetLeadId = officer.id;
    CHECK_THROWS_WITH(portfolio.addInnovation(cabinet.id, draft),
                      "cabinet lead: Dev Officer is Project officer; the cabinet lead must be a cabinet member or "
                      "the leader");

    draft = newInnovation("Bad officer");
    draft.leadOfficerId = otherCabinet.id;
    CHECK_THROWS_WITH(portfolio.addInnovation(cabinet.id, draft), Catch::EndsWith("must be a project officer"));

    draft = newInnovation("Backwards");
    draft.targetDate = Date(2026, 1, 1);
    CHECK_THROWS_WITH(portfolio.addInnovation(cabinet.id, draft),
                      "target date: 2026-01-01 is before the start date 2026-04-01");

    draft = newInnovation("Priority");
    draft.priority = 6;
    CHECK_THROWS_WITH(portfolio.addInnovation(cabinet.id, draft), Catch::StartsWith("priority: 6 is out of range"));

    draft = newInnovation("Negative money");
    draft.budgetPence = -1;
    CHECK_THROWS_AS(portfolio.addInnovation(cabinet.id, draft), ValidationError);

    draft = newInnovation("Nowhere");
    draft.ambitionId = 999;
    CHECK_THROWS_WITH(portfolio.addInnovation(cabinet.id, draft), "ambition: there is no ambition with id 999");

    CHECK(store->listInnovations({}).size() == 1);
}

TEST_CASE_METHOD(PortfolioFixture, "Who may add and change innovations", "[backend][tracker][innovations]") {
    CHECK_THROWS_AS(portfolio.addInnovation(officer.id, newInnovation("By officer")), PermissionDenied);
    CHECK_THROWS_AS(portfolio.addInnovation(viewer.id, newInnovation("By viewer")), PermissionDenied);
    CHECK_THROWS_AS(portfolio.changeStage(viewer.id, innovation.id, Stage::Exploring, ""), PermissionDenied);
    CHECK_THROWS_AS(portfolio.changeStage(officer.id, innovation.id, Stage::Exploring, ""), PermissionDenied);
    CHECK_THROWS_AS(portfolio.changeStage(otherCabinet.id, innovation.id, Stage::Exploring, ""), PermissionDenied);
    CHECK(portfolio.innovation(innovation.id).stage == Stage::Idea);

    Innovation edited = innovation;
    edited.confidence = Confidence::Red;
    CHECK_THROWS_AS(portfolio.updateInnovation(officer.id, edited), PermissionDenied);
    CHECK(portfolio.updateInnovation(cabinet.id, edited).confidence == Confidence::Red);
}

TEST_CASE_METHOD(PortfolioFixture, "Stages move with a record, stopping needs a reason and is final",
                 "[backend][tracker][innovations]") {
    portfolio.changeStage(cabinet.id, innovation.id, Stage::Exploring, "", Date(2026, 6, 1));
    const auto changes = store->listStageChanges(innovation.id);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].from == Stage::Idea);
    CHECK(changes[0].to == Stage::Exploring);
    CHECK(changes[0].changedOn == Date(2026, 6, 1));
    CHECK(changes[0].actorId == cabinet.id);

    CHECK_THROWS_WITH(portfolio.changeStage(cabinet.id, innovation.id, Stage::Stopped, " "),
                      "reason: stopping an innovation needs a reason, saying why it stopped");
    CHECK_THROWS_AS(portfolio.changeStage(cabinet.id, innovation.id, Stage::Exploring, ""), ValidationError);
    CHECK_THROWS_AS(portfolio.changeStage(cabinet.id, innovation.id, Stage::Piloting, "", Date(2026, 12, 25)),
                    ValidationError);

    const Innovation stopped = portfolio.changeStage(cabinet.id, innovation.id, Stage::Stopped, "No provider bid");
    CHECK(stopped.stopReason == "No provider bid");
    CHECK_THROWS_AS(portfolio.changeStage(cabinet.id, innovation.id, Stage::Piloting, ""), ConflictError);
    CHECK_THROWS_WITH(portfolio.addMilestone(officer.id, newMilestone("Too late", Date(2027, 1, 1))),
                      "'Home care by video' is stopped; milestones cannot be added to a stopped innovation");

    Innovation edited = portfolio.innovation(innovation.id);
    edited.stage = Stage::Idea;
    CHECK_THROWS_AS(portfolio.updateInnovation(cabinet.id, edited), ConflictError);
}

TEST_CASE_METHOD(PortfolioFixture, "Milestones keep their baseline, moves need a reason", "[backend][tracker][milestones]") {
    const Milestone created = portfolio.addMilestone(officer.id, newMilestone("Pilot starts", Date(2026, 12, 1)));
    CHECK(created.baselineDue == Date(2026, 12, 1));
    CHECK_THROWS_AS(portfolio.addMilestone(otherOfficer.id, newMilestone("Not mine", Date(2026, 12, 1))),
                    PermissionDenied);

    CHECK_THROWS_WITH(portfolio.moveMilestone(officer.id, created.id, Date(2027, 1, 15), ""),
                      "reason must not be empty");
    const Milestone moved = portfolio.moveMilestone(officer.id, created.id, Date(2027, 1, 15), "Provider delay");
    CHECK(moved.baselineDue == Date(2026, 12, 1));
    CHECK(moved.due == Date(2027, 1, 15));
    const auto moves = store->listMilestoneMoves(created.id);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].from == Date(2026, 12, 1));
    CHECK(moves[0].reason == "Provider delay");

    Milestone sneaky = moved;
    sneaky.due = Date(2027, 2, 1);
    CHECK_THROWS_WITH(portfolio.updateMilestone(officer.id, sneaky),
                      "due date cannot be edited directly: move the milestone, giving a reason");

    CHECK_THROWS_AS(portfolio.completeMilestone(officer.id, created.id, Date(2026, 12, 2)), ValidationError);
    const Milestone done = portfolio.completeMilestone(officer.id, created.id, Date(2026, 11, 26));
    CHECK(done.onTime());
    CHECK_THROWS_AS(portfolio.completeMilestone(officer.id, created.id), ConflictError);
    CHECK_THROWS_AS(portfolio.moveMilestone(officer.id, created.id, Date(2027, 3, 1), "again"), ConflictError);
}

TEST_CASE_METHOD(PortfolioFixture, "Risks are scored 1 to 5 and occur once, as a setback", "[backend][tracker][risks]") {
    CHECK_THROWS_WITH(portfolio.addRisk(officer.id, newRisk("Too likely", 6, 3)),
                      "likelihood: 6 is out of range; it must be 1 to 5 (1 rare, 2 unlikely, 3 possible, 4 likely, "
                      "5 almost certain)");
    Risk halfResidual = newRisk("Half", 3, 3);
    halfResidual.residualLikelihood = 2;
    CHECK_THROWS_AS(portfolio.addRisk(officer.id, halfResidual), ValidationError);

    Risk mitigated = newRisk("Provider fails", 4, 5);
    mitigated.residualLikelihood = 2;
    mitigated.residualImpact = 4;
    mitigated.raisedOn = Date(2026, 11, 10);
    const Risk risk = portfolio.addRisk(officer.id, mitigated);
    CHECK(risk.inherentScore() == 20);
    CHECK(risk.score() == 8);
    CHECK(risk.raisedOn == Date(2026, 11, 10));

    Setback tooEarly = newSetback("Before it was even raised", FailureKind::Basic);
    tooEarly.occurredOn = Date(2026, 11, 1);
    CHECK_THROWS_WITH(portfolio.riskOccurred(officer.id, risk.id, tooEarly),
                      "date: the setback on 2026-11-01 is before risk 1 was raised (2026-11-10)");

    const Setback setback = portfolio.riskOccurred(officer.id, risk.id,
                                                   newSetback("Provider went into administration", FailureKind::Complex));
    const Risk occurred = portfolio.risk(risk.id);
    CHECK(occurred.status == RiskStatus::Occurred);
    CHECK(occurred.setbackId == setback.id);
    CHECK(occurred.closedOn == Date(2026, 11, 20));
    CHECK(portfolio.setback(setback.id).riskId == risk.id);

    Setback again = newSetback("Again", FailureKind::Basic);
    again.riskId = risk.id;
    CHECK_THROWS_AS(portfolio.logSetback(officer.id, again), ConflictError);
    CHECK_THROWS_AS(portfolio.closeRisk(officer.id, risk.id), ConflictError);
    CHECK(portfolio.check().empty());
}

TEST_CASE_METHOD(PortfolioFixture, "An intelligent failure needs all five conditions", "[backend][tracker][setbacks]") {
    Setback setback = newSetback("Chatbot misunderstood Welsh speakers", FailureKind::Intelligent);
    setback.test.newTerritory = true;
    setback.test.credibleOpportunity = true;
    setback.test.informedByKnowledge = true;
    CHECK_THROWS_WITH(portfolio.logSetback(officer.id, setback),
                      "kind: a setback is an intelligent failure only if all five conditions hold; not confirmed: "
                      "as small as possible, learned from");
    setback.test.smallAsPossible = true;
    setback.test.learnedFrom = true;
    const Setback logged = portfolio.logSetback(officer.id, setback);
    CHECK(logged.loggedById == officer.id);

    Lesson lesson;
    lesson.innovationId = innovation.id;
    lesson.setbackId = logged.id;
    lesson.whatHappened = "The pilot bot was trained on English only";
    lesson.recommendation = "Test with Welsh speakers before launch";
    lesson.tags = {"Welsh", "digital", "welsh"};
    const Lesson saved = portfolio.addLesson(officer.id, lesson);
    CHECK(saved.source == LessonSource::Setback);
    CHECK(saved.tags == std::vector<std::string>{"welsh", "digital"});
    CHECK(saved.recordedById == officer.id);
}

TEST_CASE_METHOD(PortfolioFixture, "Benefits are realised with a value and a date", "[backend][tracker][benefits]") {
    Benefit benefit;
    benefit.innovationId = innovation.id;
    benefit.measure = "Delayed discharges per month";
    benefit.baseline = 120;
    benefit.target = 60;
    const Benefit created = portfolio.addBenefit(officer.id, benefit);
    CHECK_FALSE(created.isRealised());
    const Benefit realised = portfolio.realiseBenefit(officer.id, created.id, 75.5, Date(2026, 11, 1));
    CHECK(realised.actual == 75.5);
    CHECK(realised.realisedOn == Date(2026, 11, 1));
    CHECK_THROWS_AS(portfolio.realiseBenefit(officer.id, created.id, 70, Date(2027, 1, 1)), ValidationError);
}

TEST_CASE_METHOD(PortfolioFixture, "Engagements are recorded by the innovation's leads or the leader, and audited",
                 "[backend][tracker][engagements]") {
    Engagement engagement;
    engagement.innovationId = innovation.id;
    engagement.heldOn = Date(2026, 11, 2);
    engagement.audience = Audience::Residents;
    engagement.form = EngagementForm::PublicMeeting;
    engagement.ledById = officer.id;
    engagement.participants = 40;
    engagement.stance = Stance::Opposed;
    engagement.concerns = "Cameras in the home";
    const std::size_t before = auditCount();
    const Engagement created = portfolio.addEngagement(officer.id, engagement);
    CHECK(portfolio.engagement(created.id) == created);
    const auto added = store->listAudit({});
    REQUIRE(added.size() == before + 1);
    CHECK(added.back().entity == "engagement");
    CHECK(added.back().action == "added");
    CHECK_THAT(added.back().newValue, Catch::Contains("Dev Officer"));
    CHECK_THAT(added.back().newValue, Catch::Contains("Public meeting"));

    CHECK_THROWS_AS(portfolio.addEngagement(otherOfficer.id, engagement), PermissionDenied);
    CHECK_THROWS_AS(portfolio.addEngagement(viewer.id, engagement), PermissionDenied);
    CHECK_THROWS_AS(portfolio.addEngagement(otherCabinet.id, engagement), PermissionDenied);
    portfolio.addEngagement(cabinet.id, engagement);
    portfolio.addEngagement(leader.id, engagement);

    Engagement future = engagement;
    future.heldOn = Date(2026, 11, 28);
    CHECK_THROWS_AS(portfolio.addEngagement(officer.id, future), ValidationError);
    Engagement negative = engagement;
    negative.participants = -1;
    CHECK_THROWS_WITH(portfolio.addEngagement(officer.id, negative), Catch::Contains("how many took part"));
    Engagement nobody = engagement;
    nobody.ledById = 999;
    CHECK_THROWS_WITH(portfolio.addEngagement(officer.id, nobody), Catch::Contains("led by"));

    Engagement answered = created;
    answered.response = "Cameras only with consent";
    answered.stance = Stance::Mixed;
    const std::size_t beforeUpdate = auditCount();
    portfolio.updateEngagement(officer.id, answered);
    CHECK(auditCount() == beforeUpdate + 2);
    CHECK(portfolio.engagement(created.id).response == "Cameras only with consent");
    answered.innovationId = innovation.id + 1;
    CHECK_THROWS_AS(portfolio.updateEngagement(officer.id, answered), ConflictError);
    CHECK_THROWS_AS(portfolio.updateEngagement(otherOfficer.id, created), PermissionDenied);
}

TEST_CASE_METHOD(PortfolioFixture, "Only the cabinet lead or the leader shows an innovation to residents, with a description",
                 "[backend][tracker][innovations]") {
    Innovation shown = innovation;
    shown.isPublic = true;
    CHECK_THROWS_WITH(portfolio.updateInnovation(cabinet.id, shown), Catch::Contains("public description"));
    shown.publicDescription = "Carers check in by video, so you can stay at home longer";
    CHECK_THROWS_AS(portfolio.updateInnovation(officer.id, shown), PermissionDenied);
    CHECK_THROWS_AS(portfolio.updateInnovation(otherCabinet.id, shown), PermissionDenied);
    CHECK(portfolio.updateInnovation(cabinet.id, shown).isPublic);
    CHECK(portfolio.innovation(innovation.id).publicDescription == shown.publicDescription);
}

TEST_CASE_METHOD(PortfolioFixture, "A weekly review is chaired, recorded and closed for good", "[backend][tracker][reviews]") {
    CHECK_THROWS_AS(portfolio.startReview(officer.id), PermissionDenied);
    const Review review = portfolio.startReview(cabinet.id, Date(2026, 11, 23));
    CHECK(review.chairId == cabinet.id);
    CHECK_THROWS_AS(portfolio.startReview(otherCabinet.id), ConflictError);
    CHECK_THROWS_AS(portfolio.closeReview(cabinet.id, review.id), ConflictError);  // nothing recorded yet

    ReviewEntry entry;
    entry.reviewId = review.id;
    entry.innovationId = innovation.id;
    entry.confidence = Confidence::AmberRed;
    entry.decision = "Escalate provider risk to cabinet";
    CHECK_THROWS_AS(portfolio.recordReview(otherCabinet.id, entry), PermissionDenied);
    portfolio.recordReview(cabinet.id, entry);
    CHECK(portfolio.innovation(innovation.id).confidence == Confidence::AmberRed);

    const Review closed = portfolio.closeReview(cabinet.id, review.id, Date(2026, 11, 24));
    CHECK(closed.closedOn == Date(2026, 11, 24));
    entry.confidence = Confidence::Green;
    CHECK_THROWS_WITH(portfolio.recordReview(cabinet.id, entry),
                      "Review 1 was closed on 2026-11-24; a closed review is never edited");
    CHECK(store->listReviewEntries(review.id).at(0).confidence == Confidence::AmberRed);
}

TEST_CASE_METHOD(PortfolioFixture, "A review started by mistake is abandoned while nothing is recorded",
                 "[backend][tracker][reviews]") {
    const Review review = portfolio.startReview(cabinet.id, Date(2026, 11, 23));
    CHECK_THROWS_AS(portfolio.abandonReview(officer.id, review.id), PermissionDenied);
    CHECK_THROWS_AS(portfolio.abandonReview(otherCabinet.id, review.id), PermissionDenied);  // not its chair
    const std::size_t before = auditCount();
    const Review abandoned = portfolio.abandonReview(cabinet.id, review.id);
    CHECK(abandoned.closedOn);
    CHECK_FALSE(store->findOpenReview());
    CHECK(wasAbandoned(portfolio.review(review.id), store->listReviewEntries(review.id).size()));
    CHECK(auditCount() == before + 1);
    const auto trail = store->listAudit({});
    CHECK(std::any_of(trail.begin(), trail.end(), [&](const AuditEntry& e) {
        return e.entity == "review" && e.entityId == review.id && e.action == "abandoned";
    }));
    // Abandoned is not held: the board's "since the last review" passes over it.
    CHECK_FALSE(PortfolioFixture::test.backend().boardQueries().lastClosedReview(Date(2026, 12, 31)));
    CHECK_THROWS_WITH(portfolio.abandonReview(cabinet.id, review.id),
                      "The review of 2026-11-23 is already closed; only an open review can be abandoned");
    // Another can be started at once.
    CHECK(portfolio.startReview(cabinet.id).isOpen());
}

TEST_CASE_METHOD(PortfolioFixture, "A review with anything recorded cannot be abandoned", "[backend][tracker][reviews]") {
    const Review review = portfolio.startReview(cabinet.id, Date(2026, 11, 23));
    ReviewEntry entry;
    entry.reviewId = review.id;
    entry.innovationId = innovation.id;
    entry.confidence = Confidence::Green;
    portfolio.recordReview(cabinet.id, entry);
    CHECK_THROWS_WITH(portfolio.abandonReview(cabinet.id, review.id),
                      "The review of 2026-11-23 already has one innovation recorded, so it cannot be abandoned; "
                      "close it instead");
    CHECK(store->findOpenReview());
    portfolio.closeReview(cabinet.id, review.id);
    REQUIRE(PortfolioFixture::test.backend().boardQueries().lastClosedReview(Date(2026, 12, 31)));
    CHECK(PortfolioFixture::test.backend().boardQueries().lastClosedReview(Date(2026, 12, 31))->id == review.id);
}

TEST_CASE_METHOD(PortfolioFixture, "Every change is audited with its actor and values", "[backend][tracker][audit]") {
    const std::size_t before = auditCount();
    Innovation edited = innovation;
    edited.title = "Home care by video call";
    edited.priority = 1;
    portfolio.updateInnovation(cabinet.id, edited);
    const auto entries = store->listAudit({});
    REQUIRE(entries.size() == before + 2);
    CHECK(entries[before].actorId == cabinet.id);
    CHECK(entries[before].entity == "innovation");
    CHECK(entries[before].entityId == innovation.id);
    CHECK(entries[before].field == "title");
    CHECK(entries[before].oldValue == "Home care by video");
    CHECK(entries[before].newValue == "Home care by video call");
    CHECK(entries[before + 1].field == "priority");
    CHECK(entries[before + 1].oldValue == "3");
    CHECK(entries[before + 1].newValue == "1");
}

TEST_CASE_METHOD(PortfolioFixture, "A refused change leaves no trace", "[backend][tracker][audit]") {
    const Risk risk = portfolio.addRisk(officer.id, newRisk("Data breach", 2, 5));
    CHECK(risk.raisedOn == clock.today());  // raised today unless told otherwise
    const std::size_t audits = auditCount();
    Setback wrong = newSetback("Wrong innovation's risk", FailureKind::Basic);
    wrong.riskId = risk.id + 100;
    CHECK_THROWS_AS(portfolio.logSetback(officer.id, wrong), ValidationError);
    CHECK(store->listSetbacks(std::nullopt).empty());
    CHECK(auditCount() == audits);
    CHECK(portfolio.risk(risk.id).status == RiskStatus::Open);
}

TEST_CASE_METHOD(PortfolioFixture, "Risk bands are a leader's setting", "[backend][tracker][settings]") {
    CHECK(store->riskBands().bandOf(15) == RiskBand::Critical);
    RiskBands bands;
    bands.criticalFrom = 20;
    CHECK_THROWS_AS(portfolio.setRiskBands(cabinet.id, bands), PermissionDenied);
    portfolio.setRiskBands(leader.id, bands);
    CHECK(store->riskBands().bandOf(15) == RiskBand::High);
    bands.highFrom = 25;
    CHECK_THROWS_AS(portfolio.setRiskBands(leader.id, bands), ValidationError);
}
