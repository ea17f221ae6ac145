// Every entity written and read back with every field, including empty optionals, Unicode and long text.
#include "backend_under_test.hpp"
#include "records.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

struct RoundTrip {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    Seed ids = seed(*store);
};

}  // namespace

TEST_CASE("a person keeps every field, and is found by name in any case", "[contract][backend][round-trip]") {
    RoundTrip t;
    Person person = samplePerson("Siân Ellis-Jones 👩‍💼", Role::Cabinet);
    person.portfolio = "Gwasanaethau cymdeithasol / Social care";
    person.id = t.store->insertPerson(person);
    REQUIRE(*t.store->findPerson(person.id) == person);
    const auto byName = t.store->findPersonByName("SIâN ELLIS-JONES 👩‍💼");
    REQUIRE(byName);
    CHECK(byName->id == person.id);
    CHECK_FALSE(t.store->findPersonByName("Siân Ellis"));
    CHECK_FALSE(t.store->findPerson(9999));

    for (const auto& entry : Scale<Role>::entries) {
        const Id id = t.store->insertPerson(samplePerson("Role " + std::string(entry.key), entry.value));
        CHECK(t.store->findPerson(id)->role == entry.value);
    }
}

TEST_CASE("an ambition keeps every field", "[contract][backend][round-trip]") {
    RoundTrip t;
    Ambition ambition;
    ambition.title = "Net zero by 2040";
    ambition.description = "Cut the council's own emissions first.\nThen the borough's.";
    ambition.horizonYear = 2040;
    ambition.communityConcern = "Flooding on the Taff";
    ambition.id = t.store->insertAmbition(ambition);
    CHECK(*t.store->findAmbition(ambition.id) == ambition);
    CHECK_FALSE(t.store->findAmbition(4242));
}

TEST_CASE("an innovation keeps every field, 10,000-character text and empty optionals", "[contract][backend][round-trip]") {
    RoundTrip t;
    Innovation full = sampleInnovation(t.ids, "Telecare with sensors — Synwyryddion");
    full.summary = longWelshText(10'000);
    full.stage = Stage::Piloting;
    full.priority = 1;
    full.confidence = Confidence::AmberGreen;
    full.startDate = Date(2026, 4, 1);
    full.targetDate = Date(2028, 3, 31);
    full.budgetPence = 123'456'789'01;
    full.staffDays = 365;
    full.inspiredBy = "Wigan Deal; \"plagiarise with pride\"";
    full.expectedBenefits = "Fewer falls 100%";
    full.stopReason = "";
    full.isPublic = true;
    full.publicDescription = "Sensors at home so you can stay safe — Synwyryddion yn y cartref";
    full.id = t.store->insertInnovation(full);
    const auto stored = t.store->findInnovation(full.id);
    REQUIRE(stored);
    CHECK(*stored == full);
    CHECK(utf8Length(stored->summary) == 10'000);

    Innovation bare;
    bare.title = "Bare";
    bare.id = t.store->insertInnovation(bare);
    const auto storedBare = t.store->findInnovation(bare.id);
    REQUIRE(storedBare);
    CHECK_FALSE(storedBare->ambitionId);
    CHECK_FALSE(storedBare->cabinetLeadId);
    CHECK_FALSE(storedBare->leadOfficerId);
    CHECK_FALSE(storedBare->startDate);
    CHECK_FALSE(storedBare->targetDate);
    CHECK_FALSE(storedBare->isPublic);
    CHECK(storedBare->publicDescription.empty());
    CHECK(*storedBare == bare);
}

TEST_CASE("every stage and confidence key is accepted by the file", "[contract][backend][round-trip]") {
    RoundTrip t;
    for (const auto& stage : Scale<Stage>::entries) {
        for (const auto& confidence : Scale<Confidence>::entries) {
            Innovation innovation = sampleInnovation(t.ids, std::string(stage.key) + " " + std::string(confidence.key));
            innovation.stage = stage.value;
            innovation.confidence = confidence.value;
            const auto stored = t.store->findInnovation(t.store->insertInnovation(innovation));
            REQUIRE(stored);
            CHECK(stored->stage == stage.value);
            CHECK(stored->confidence == confidence.value);
        }
    }
}

TEST_CASE("updating an innovation replaces every field", "[contract][backend][round-trip]") {
    RoundTrip t;
    Innovation innovation = *t.store->findInnovation(t.ids.innovation);
    innovation.title = "Home care by video, phase 2";
    innovation.summary = "Now with carers' feedback";
    innovation.ambitionId.reset();
    innovation.stage = Stage::Stopped;
    innovation.priority = 5;
    innovation.confidence = Confidence::Red;
    innovation.cabinetLeadId = t.ids.leader;
    innovation.leadOfficerId.reset();
    innovation.startDate = Date(2026, 1, 2);
    innovation.targetDate.reset();
    innovation.budgetPence = 0;
    innovation.staffDays = 3;
    innovation.inspiredBy = "Leeds";
    innovation.expectedBenefits = "None now";
    innovation.stopReason = "Families preferred visits";
    t.store->updateInnovation(innovation);
    CHECK(*t.store->findInnovation(innovation.id) == innovation);

    innovation.id = 777;
    CHECK_THROWS_AS(t.store->updateInnovation(innovation), NotFound);
}

TEST_CASE("people and ambitions can be updated, an unknown id is NotFound", "[contract][backend][round-trip]") {
    RoundTrip t;
    Person person = *t.store->findPerson(t.ids.officer);
    person.name = "Dev Officer-Davies";
    person.role = Role::Cabinet;
    person.portfolio = "Housing";
    person.email = "dev@example.org";
    t.store->updatePerson(person);
    CHECK(*t.store->findPerson(person.id) == person);

    Ambition ambition = *t.store->findAmbition(t.ids.ambition);
    ambition.title = "Independent at home";
    ambition.horizonYear = 2050;
    t.store->updateAmbition(ambition);
    CHECK(*t.store->findAmbition(ambition.id) == ambition);

    person.id = 999;
    CHECK_THROWS_AS(t.store->updatePerson(person), NotFound);
    ambition.id = 999;
    CHECK_THROWS_AS(t.store->updateAmbition(ambition), NotFound);
}

TEST_CASE("stage changes keep every field, in date order", "[contract][backend][round-trip]") {
    RoundTrip t;
    StageChange later{0, t.ids.innovation, Stage::Exploring, Stage::Piloting, Date(2026, 9, 1), "Pilot agreed", t.ids.cabinet};
    StageChange earlier{0, t.ids.innovation, Stage::Idea, Stage::Exploring, Date(2026, 5, 1), "", t.ids.leader};
    later.id = t.store->insertStageChange(later);
    earlier.id = t.store->insertStageChange(earlier);
    const auto changes = t.store->listStageChanges(t.ids.innovation);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0] == earlier);
    CHECK(changes[1] == later);
    CHECK(t.store->listStageChanges(t.ids.innovation + 100).empty());
}

TEST_CASE("milestones and their moves keep every field", "[contract][backend][round-trip]") {
    RoundTrip t;
    Milestone open = sampleMilestone(t.ids.innovation, "Contract signed", Date(2026, 7, 1));
    open.id = t.store->insertMilestone(open);
    CHECK(*t.store->findMilestone(open.id) == open);
    CHECK_FALSE(t.store->findMilestone(open.id)->completedOn);

    open.due = Date(2026, 8, 15);
    open.completedOn = Date(2026, 8, 14);
    t.store->updateMilestone(open);
    CHECK(*t.store->findMilestone(open.id) == open);

    MilestoneMove move{0, open.id, Date(2026, 7, 1), Date(2026, 8, 15), "Supplier delay — oedi", Date(2026, 6, 20),
                       t.ids.officer};
    move.id = t.store->insertMilestoneMove(move);
    const auto moves = t.store->listMilestoneMoves(open.id);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0] == move);
    CHECK_FALSE(t.store->findMilestone(open.id + 50));
}

TEST_CASE("benefits keep every field, with and without an actual value", "[contract][backend][round-trip]") {
    RoundTrip t;
    Benefit benefit;
    benefit.innovationId = t.ids.innovation;
    benefit.measure = "Delayed hospital discharges per month";
    benefit.unit = "people";
    benefit.baseline = 42.5;
    benefit.target = 20.25;
    benefit.id = t.store->insertBenefit(benefit);
    CHECK(*t.store->findBenefit(benefit.id) == benefit);
    CHECK_FALSE(t.store->findBenefit(benefit.id)->actual);

    benefit.actual = 18.0;
    benefit.realisedOn = Date(2027, 2, 28);
    t.store->updateBenefit(benefit);
    const auto stored = t.store->findBenefit(benefit.id);
    CHECK(*stored == benefit);
    CHECK(stored->actual == 18.0);
}

TEST_CASE("engagements keep every field, with and without a count, in every audience, form and stance",
          "[contract][backend][round-trip]") {
    RoundTrip t;
    Engagement engagement;
    engagement.innovationId = t.ids.innovation;
    engagement.heldOn = Date(2027, 1, 14);
    engagement.audience = Audience::Scrutiny;
    engagement.form = EngagementForm::PublicMeeting;
    engagement.ledById = t.ids.officer;
    engagement.participants = 37;
    engagement.stance = Stance::Opposed;
    engagement.concerns = "Who pays for the sensors?\nPwy sy'n talu?";
    engagement.response = "A grant covers the first year";
    engagement.id = t.store->insertEngagement(engagement);
    CHECK(*t.store->findEngagement(engagement.id) == engagement);
    CHECK_FALSE(t.store->findEngagement(9999));

    engagement.participants.reset();
    engagement.stance = Stance::Mixed;
    engagement.response = "";
    t.store->updateEngagement(engagement);
    const auto stored = t.store->findEngagement(engagement.id);
    REQUIRE(stored);
    CHECK(*stored == engagement);
    CHECK_FALSE(stored->participants);

    for (const auto& audience : Scale<Audience>::entries)
        for (const auto& form : Scale<EngagementForm>::entries)
            for (const auto& stance : Scale<Stance>::entries) {
                Engagement each = engagement;
                each.id = 0;
                each.audience = audience.value;
                each.form = form.value;
                each.stance = stance.value;
                each.id = t.store->insertEngagement(each);
                CHECK(*t.store->findEngagement(each.id) == each);
            }

    engagement.id = 777;
    CHECK_THROWS_AS(t.store->updateEngagement(engagement), NotFound);
}

TEST_CASE("a risk and the setback it became link both ways, written in either order", "[contract][backend][round-trip]") {
    RoundTrip t;
    Risk risk = sampleRisk(t.ids, "Carers do not use the tablets");
    risk.cause = "Little digital confidence";
    risk.event = "Low uptake";
    risk.effect = "No savings";
    risk.inherentLikelihood = 4;
    risk.inherentImpact = 5;
    risk.residualLikelihood = 2;
    risk.residualImpact = 3;
    risk.ownerId = t.ids.cabinet;
    risk.response = RiskResponse::Share;
    risk.mitigation = "Training by volunteers";
    risk.proximity = Proximity::Imminent;

    SECTION("risk first, then the setback, then the risk marked occurred") {
        auto transaction = t.store->beginWrite();
        risk.id = t.store->insertRisk(risk);
        Setback setback = sampleSetback(t.ids, "Uptake was 12%", Date(2026, 9, 9));
        setback.kind = FailureKind::Intelligent;
        setback.riskId = risk.id;
        setback.response = "Paired each carer with a volunteer";
        setback.test = {true, true, true, true, true};
        setback.id = t.store->insertSetback(setback);
        risk.status = RiskStatus::Occurred;
        risk.closedOn = Date(2026, 9, 9);
        risk.setbackId = setback.id;
        t.store->updateRisk(risk);
        transaction->commit();

        CHECK(*t.store->findRisk(risk.id) == risk);
        CHECK(*t.store->findSetback(setback.id) == setback);
    }
    SECTION("setback first, naming a risk written later in the same transaction") {
        auto transaction = t.store->beginWrite();
        Setback setback = sampleSetback(t.ids, "Supplier went bust", Date(2026, 10, 1));
        setback.kind = FailureKind::Complex;
        setback.riskId = 1;  // the first risk this in-memory file will get
        setback.id = t.store->insertSetback(setback);
        risk.status = RiskStatus::Occurred;
        risk.setbackId = setback.id;
        risk.id = t.store->insertRisk(risk);
        transaction->commit();
        REQUIRE(risk.id == 1);
        CHECK(*t.store->findSetback(setback.id) == setback);
        CHECK(*t.store->findRisk(risk.id) == risk);
    }
}

TEST_CASE("a risk without residual scores or setback keeps them empty", "[contract][backend][round-trip]") {
    RoundTrip t;
    for (const auto& response : Scale<RiskResponse>::entries) {
        for (const auto& proximity : Scale<Proximity>::entries) {
            Risk risk = sampleRisk(t.ids, std::string(response.key) + " " + std::string(proximity.key));
            risk.response = response.value;
            risk.proximity = proximity.value;
            risk.status = RiskStatus::Closed;
            risk.closedOn = Date(2026, 12, 1);
            risk.id = t.store->insertRisk(risk);
            const auto stored = t.store->findRisk(risk.id);
            REQUIRE(stored);
            CHECK(*stored == risk);
            CHECK_FALSE(stored->residualLikelihood);
            CHECK_FALSE(stored->setbackId);
        }
    }
    Risk plain = sampleRisk(t.ids, "Plain");
    plain.id = t.store->insertRisk(plain);
    CHECK(t.store->findRisk(plain.id)->status == RiskStatus::Open);
}

TEST_CASE("a setback keeps every field and can be updated", "[contract][backend][round-trip]") {
    RoundTrip t;
    Setback setback = sampleSetback(t.ids, "Wrong postcodes in the mailing", Date(2026, 3, 3));
    setback.response = "Checked the list by hand";
    setback.test = {false, true, false, true, false};
    setback.id = t.store->insertSetback(setback);
    CHECK(*t.store->findSetback(setback.id) == setback);

    setback.kind = FailureKind::Complex;
    setback.whatHappened = "Wrong postcodes, and the printer's file was late";
    setback.test = {true, false, true, false, true};
    t.store->updateSetback(setback);
    CHECK(*t.store->findSetback(setback.id) == setback);
    setback.id = 404;
    CHECK_THROWS_AS(t.store->updateSetback(setback), NotFound);
}

TEST_CASE("a lesson keeps every field and its tags in order", "[contract][backend][round-trip]") {
    RoundTrip t;
    const Id setbackId = t.store->insertSetback(sampleSetback(t.ids, "Uptake low", Date(2026, 9, 9)));
    Lesson lesson = sampleLesson(t.ids, "Tablets alone did not help");
    lesson.setbackId = setbackId;
    lesson.source = LessonSource::Setback;
    lesson.effect = "Six weeks lost";
    lesson.cause = "We assumed confidence";
    lesson.earlyWarnings = "Few logins in week one";
    lesson.recommendation = "Pair every user with a volunteer";
    lesson.identifiedAsRisk = true;
    lesson.tags = {"digital-inclusion", "volunteers", "adult-social-care"};
    lesson.id = t.store->insertLesson(lesson);
    CHECK(*t.store->findLesson(lesson.id) == lesson);

    lesson.tags = {"volunteers", "training"};
    lesson.setbackId.reset();
    lesson.source = LessonSource::Success;
    lesson.identifiedAsRisk = false;
    t.store->updateLesson(lesson);
    CHECK(*t.store->findLesson(lesson.id) == lesson);

    Lesson untagged = sampleLesson(t.ids, "No tags here");
    untagged.id = t.store->insertLesson(untagged);
    CHECK(t.store->findLesson(untagged.id)->tags.empty());
    CHECK_FALSE(t.store->findLesson(9999));
}

TEST_CASE("reviews and their entries keep every field, saving an entry again replaces it",
          "[contract][backend][round-trip]") {
    RoundTrip t;
    Review review{0, Date(2026, 11, 23), t.ids.cabinet, std::nullopt};
    review.id = t.store->insertReview(review);
    CHECK(*t.store->findReview(review.id) == review);

    ReviewEntry entry{review.id, t.ids.innovation, Confidence::Amber, "Slipping", "Ask for a recovery plan"};
    t.store->saveReviewEntry(entry);
    entry.confidence = Confidence::AmberRed;
    entry.comment = "Slipping further";
    entry.decision = "Escalate to cabinet";
    t.store->saveReviewEntry(entry);
    const auto entries = t.store->listReviewEntries(review.id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0] == entry);

    review.closedOn = Date(2026, 11, 24);
    t.store->updateReview(review);
    CHECK(*t.store->findReview(review.id) == review);
    CHECK_FALSE(t.store->findReview(review.id + 1));
}

TEST_CASE("an audit entry keeps every field, timestamp to the second", "[contract][backend][round-trip]") {
    RoundTrip t;
    AuditEntry entry = sampleAudit(t.ids.leader, "innovation", t.ids.innovation, "changed");
    entry.at = Timestamp(Date(2026, 11, 27), boost::posix_time::time_duration(23, 59, 58));
    entry.field = "priority";
    entry.oldValue = "3";
    entry.newValue = "1 — brys";
    entry.osUser = "ann.jones";
    entry.host = "CIVIC-LT-0042";
    entry.id = t.store->appendAudit(entry);
    entry.hash = chainLink(t.store->portfolioKey(), entry);  // the store works it out
    const auto trail = t.store->listAudit({});
    REQUIRE(trail.size() == 1);
    CHECK(trail[0] == entry);
}

TEST_CASE("risk bands start at the defaults and are saved as a setting", "[contract][backend][round-trip]") {
    RoundTrip t;
    const RiskBands defaults = t.store->riskBands();
    CHECK(defaults.moderateFrom == 5);
    CHECK(defaults.highFrom == 10);
    CHECK(defaults.criticalFrom == 15);
    t.store->setRiskBands(RiskBands{4, 8, 20});
    const RiskBands saved = t.store->riskBands();
    CHECK(saved.moderateFrom == 4);
    CHECK(saved.highFrom == 8);
    CHECK(saved.criticalFrom == 20);
}
