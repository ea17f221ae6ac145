// The checklist's hand-built portfolio. The tests work out every measure from this list:
//
// People: Cllr Ann Leader (leader); cabinet members Cllr Bob Cabinet, Cllr Cat Cabinet and
//   Cllr Dan Cabinet; Dev Officer (officer).
// Ambitions: A1 "Independent at home" (with a community concern), A2 "Net zero by 2045" and
//   A3 "Thriving high streets" (neither has one).
// Innovations (budget in pounds, staff days, inspired by, stage when added):
//   I1 Home care by video     A1  Bob   £125,000  120  "Wigan Council's The Deal"  Idea
//   I2 Heat pumps             A2  Bob   £50,000     0  ""                          Idea
//   I3 Community fridges      --  Cat   £0         10  "Hubbub case study"         Piloting
//   I4 Digital library cards  A1  --    £10,000    30  ""                          Scaling
// Stage changes: I1 Idea→Exploring 2026-05-01, Exploring→Piloting 2026-09-01;
//   I2 Idea→Exploring 2026-06-01, Exploring→Stopped 2026-10-01;
//   I3 Piloting→Exploring 2026-11-05 (backwards); I4 Scaling→Mainstreamed 2026-11-10.
// Milestones (baseline due, completed): M1 I1 06-30 done 06-30 (on its baseline day: on time);
//   M2 I1 07-31 done 08-01 (late); M3 I3 09-30 moved to 10-31, done 10-15 (late: after the
//   baseline); M4 I1 12-31 open; M5 I3 11-30 done 11-20 (on time).
// Setbacks: S1 I1 06-15 intelligent; S2 I1 10-05 basic; S3 I3 11-01 complex; S4 I2 07-01 basic;
//   S5 I4 11-10 complex (the day I4 was mainstreamed).
// Lessons: L1 from S1 recorded 06-20; L2 from S3 recorded 11-27; L3 from S4 recorded 07-02;
//   L4 from a success on I1, recorded 09-10 (no setback).
// Weekly reviews (held, closed): R4 08-23 08-23; R1 08-24 08-24; R2 09-06 (a Sunday) 09-08;
//   R3 11-22 (a Sunday) 11-23; R5 11-23 11-23; R6 10-12 still open.
// All dates are in 2026.
#include "checklist_fixture.hpp"

namespace innotrack::testing {
namespace {

Person personNamed(const std::string& name, Role role) {
    Person person;
    person.name = name;
    person.role = role;
    return person;
}

Date day(unsigned short month, unsigned short dayOfMonth) { return Date(2026, month, dayOfMonth); }

}  // namespace

ChecklistPortfolio::ChecklistPortfolio() {
    leader = portfolio.initialise(personNamed("Cllr Ann Leader", Role::Leader));
}

void ChecklistPortfolio::fill() {
    const Id l = leader.id;
    bob = portfolio.addPerson(l, personNamed("Cllr Bob Cabinet", Role::Cabinet));
    cat = portfolio.addPerson(l, personNamed("Cllr Cat Cabinet", Role::Cabinet));
    dan = portfolio.addPerson(l, personNamed("Cllr Dan Cabinet", Role::Cabinet));
    dev = portfolio.addPerson(l, personNamed("Dev Officer", Role::Officer));

    const auto ambition = [&](const std::string& title, const std::string& concern) {
        Ambition draft;
        draft.title = title;
        draft.horizonYear = 2045;
        draft.communityConcern = concern;
        return portfolio.addAmbition(l, draft).id;
    };
    const Id a1 = ambition("Independent at home", "Older residents want to stay in their own homes");
    const Id a2 = ambition("Net zero by 2045", "");
    ambition("Thriving high streets", "");

    const auto innovation = [&](const std::string& title, OptionalId ambitionId, OptionalId cabinetLead,
                                Pence pounds, int staffDays, const std::string& inspiredBy, Stage stage) {
        Innovation draft;
        draft.title = title;
        draft.ambitionId = ambitionId;
        draft.cabinetLeadId = cabinetLead;
        draft.leadOfficerId = dev.id;
        draft.budgetPence = pounds * 100;
        draft.staffDays = staffDays;
        draft.inspiredBy = inspiredBy;
        draft.stage = stage;
        return portfolio.addInnovation(l, draft).id;
    };
    homeCare = innovation("Home care by video", a1, bob.id, 125'000, 120, "Wigan Council's The Deal", Stage::Idea);
    heatPumps = innovation("Heat pumps", a2, bob.id, 50'000, 0, "", Stage::Idea);
    fridges = innovation("Community fridges", std::nullopt, cat.id, 0, 10, "Hubbub case study", Stage::Piloting);
    libraries = innovation("Digital library cards", a1, std::nullopt, 10'000, 30, "", Stage::Scaling);

    const auto milestone = [&](Id innovationId, const std::string& title, Date due) {
        Milestone draft;
        draft.innovationId = innovationId;
        draft.title = title;
        draft.due = due;
        return portfolio.addMilestone(l, draft).id;
    };
    portfolio.completeMilestone(l, milestone(homeCare, "Provider chosen", day(6, 30)), day(6, 30));
    portfolio.completeMilestone(l, milestone(homeCare, "Pilot starts", day(7, 31)), day(8, 1));
    const Id m3 = milestone(fridges, "Fridges installed", day(9, 30));
    portfolio.moveMilestone(l, m3, day(10, 31), "Supplier delivered late");
    portfolio.completeMilestone(l, m3, day(10, 15));
    milestone(homeCare, "Pilot evaluated", day(12, 31));
    portfolio.completeMilestone(l, milestone(fridges, "Volunteers trained", day(11, 30)), day(11, 20));

    const auto setback = [&](Id innovationId, Date on, FailureKind kind) {
        Setback draft;
        draft.innovationId = innovationId;
        draft.occurredOn = on;
        draft.whatHappened = "Something went wrong";
        draft.kind = kind;
        if (kind == FailureKind::Intelligent) draft.test = {true, true, true, true, true};
        return portfolio.logSetback(l, draft).id;
    };
    const auto lesson = [&](Id innovationId, OptionalId setbackId, Date on) {
        Lesson draft;
        draft.innovationId = innovationId;
        draft.setbackId = setbackId;
        draft.source = setbackId ? LessonSource::Setback : LessonSource::Success;
        draft.whatHappened = "What we saw";
        draft.recommendation = "What to do next time";
        draft.recordedOn = on;
        portfolio.addLesson(l, draft);
    };
    const Id s1 = setback(homeCare, day(6, 15), FailureKind::Intelligent);
    setback(homeCare, day(10, 5), FailureKind::Basic);
    const Id s3 = setback(fridges, day(11, 1), FailureKind::Complex);
    const Id s4 = setback(heatPumps, day(7, 1), FailureKind::Basic);
    setback(libraries, day(11, 10), FailureKind::Complex);
    lesson(homeCare, s1, day(6, 20));
    lesson(fridges, s3, day(11, 27));
    lesson(heatPumps, s4, day(7, 2));
    lesson(homeCare, std::nullopt, day(9, 10));

    portfolio.changeStage(l, homeCare, Stage::Exploring, "", day(5, 1));
    portfolio.changeStage(l, homeCare, Stage::Piloting, "", day(9, 1));
    portfolio.changeStage(l, heatPumps, Stage::Exploring, "", day(6, 1));
    portfolio.changeStage(l, heatPumps, Stage::Stopped, "Grid connection costs too high", day(10, 1));
    portfolio.changeStage(l, fridges, Stage::Exploring, "Back to the drawing board", day(11, 5));
    portfolio.changeStage(l, libraries, Stage::Mainstreamed, "", day(11, 10));

    const auto review = [&](Date held, std::optional<Date> closed) {
        const Review started = portfolio.startReview(l, held);
        ReviewEntry entry;
        entry.reviewId = started.id;
        entry.innovationId = homeCare;
        entry.confidence = Confidence::AmberGreen;
        portfolio.recordReview(l, entry);
        if (closed) portfolio.closeReview(l, started.id, *closed);
    };
    review(day(8, 23), day(8, 23));
    review(day(8, 24), day(8, 24));
    review(day(9, 6), day(9, 8));
    review(day(11, 22), day(11, 23));
    review(day(11, 23), day(11, 23));
    review(day(10, 12), std::nullopt);
}

}  // namespace innotrack::testing
