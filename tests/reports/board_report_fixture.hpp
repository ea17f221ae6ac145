// A small portfolio for the weekly board report, written day by day through the Portfolio service
// (so every rule and audit applies), whose figures the tests work out by hand. The timeline, 2026:
//
//  Innovations (added 1 Sep; priority; cabinet lead; ambition):
//   homeCare  "Home care by video"   1  Bob   Independent living  Idea → Exploring 5 Sep → Piloting 1 Oct
//   solar     "Solar canopies"       2  Cat   Independent living  Idea → Exploring 7 Sep
//   library   "Library of Things"    2  Bob   Independent living  Idea
//   fleet     "Electric fleet"       3  Cat   Net zero            … Scaling 1 Oct → Mainstreamed 20 Nov
//   energy    "Community energy"     4  none  none                Idea
//   bins      "Smart bins"           4  Bob   High streets        Idea → Stopped 1 Oct
//  Weekly reviews:
//   R1 held and closed 2 Nov: homeCare Amber/Red, solar Amber ("Carry on"), library Amber, fleet Amber
//   R2 held 16 Nov, closed 17 Nov: homeCare Amber ("Recruit two more carers"), solar Amber/Green
//   solar's confidence edited to Green on 20 Nov, between reviews
//   R3 held 23 Nov, still open: homeCare Amber/Red
//  Milestones (baseline due; moves; completion):
//   homeCare "Recruit carers"      20 Nov, moved on 13 Nov to 24 Nov
//   homeCare "Go-live in ward 2"   25 Nov
//   homeCare "Six-month report"    30 Oct, completed 28 Oct
//   homeCare "Train staff"         10 Nov, moved on 12 Nov to 10 Dec
//   solar    "Site survey"          5 Nov, completed 20 Nov
//   solar    "Planning consent"    15 Jan 2027
//  Risks (raised 10 Sep; inherent, residual):
//   homeCare "Carers leave"        4×4 = 16, open
//   homeCare "Video kit fails"     5×4 = 20, residual 2×3 = 6, open
//   homeCare "Council tax capped"  5×5 = 25, closed 15 Nov
//   solar    "Grid delay"          3×3 = 9, open
//  Setbacks: homeCare 20 Oct (basic), 17 Nov (complex, logged after R2 closed that day: new since
//            R2), 18 Nov (intelligent); solar 24 Nov (basic);
//            fleet 19 Nov (basic)
//  Lessons: solar 10 Nov; homeCare 18 Nov
//  Ambitions: Independent living (2045), Net zero (2040), High streets (2035)
#pragma once

#include "backend_under_test.hpp"
#include "tracker/portfolio.hpp"

#include <memory>
#include <string>

namespace innotrack::testing {

// A clock the test moves forward, so each change happens on its own day as it would in use.
class SettableClock final : public Clock {
public:
    Date day{2026, 9, 1};
    Date today() const override { return day; }
    Timestamp now() const override {
        return Timestamp(day, boost::posix_time::hours(12) + boost::posix_time::seconds(ticks_++));
    }

private:
    mutable long ticks_ = 0;
};

struct BoardPortfolio {
    TestPortfolio test;
    PortfolioStore* store = &test.store();
    SettableClock clock;
    Portfolio portfolio{*store, clock};

    Id leader = 0, bob = 0, cat = 0, dev = 0;
    Id independentLiving = 0, netZero = 0, highStreets = 0;
    Id homeCare = 0, solar = 0, library = 0, fleet = 0, energy = 0, bins = 0;
    Id recruitCarers = 0, goLive = 0, sixMonthReport = 0, trainStaff = 0, siteSurvey = 0, planningConsent = 0;
    Id carersLeave = 0, videoKit = 0, councilTax = 0, gridDelay = 0;
    Id setbackOctober = 0, setbackOnClosingDay = 0, setbackAfterReview = 0, setbackSolar = 0, setbackFleet = 0;
    Id lessonSolar = 0, lessonHomeCare = 0;
    Id r1 = 0, r2 = 0, r3 = 0;

    BoardPortfolio() { build(); }
    const BoardQueries& board() const { return test.backend().boardQueries(); }

    void on(unsigned short month, unsigned short day) { clock.day = Date(2026, month, day); }

    void build() {
        on(9, 1);
        store->setPortfolioKey("b0a4d0c0ffee2026");  // the audit chain's start, so the golden files hold
        leader = portfolio.initialise(person("Cllr Ann Leader", Role::Leader)).id;
        bob = portfolio.addPerson(leader, person("Cllr Bob Cabinet", Role::Cabinet)).id;
        cat = portfolio.addPerson(leader, person("Cllr Cat Cabinet", Role::Cabinet)).id;
        dev = portfolio.addPerson(leader, person("Dev Officer", Role::Officer)).id;
        independentLiving = ambition("Older people live independently at home", 2045);
        netZero = ambition("A net zero council", 2040);
        highStreets = ambition("Thriving high streets", 2035);

        homeCare = innovation("Home care by video", 1, bob, independentLiving);
        solar = innovation("Solar canopies", 2, cat, independentLiving);
        library = innovation("Library of Things", 2, bob, independentLiving);
        fleet = innovation("Electric fleet", 3, cat, netZero);
        energy = innovation("Community energy", 4, std::nullopt, std::nullopt);
        bins = innovation("Smart bins", 4, bob, highStreets);

        recruitCarers = milestone(homeCare, "Recruit carers", Date(2026, 11, 20));
        goLive = milestone(homeCare, "Go-live in ward 2", Date(2026, 11, 25));
        sixMonthReport = milestone(homeCare, "Six-month report", Date(2026, 10, 30));
        trainStaff = milestone(homeCare, "Train staff", Date(2026, 11, 10));
        siteSurvey = milestone(solar, "Site survey", Date(2026, 11, 5));
        planningConsent = milestone(solar, "Planning consent", Date(2027, 1, 15));

        on(9, 10);
        carersLeave = risk(homeCare, "Carers leave", 4, 4);
        videoKit = risk(homeCare, "Video kit fails", 5, 4, 2, 3);
        councilTax = risk(homeCare, "Council tax capped", 5, 5);
        gridDelay = risk(solar, "Grid delay", 3, 3);

        on(10, 1);
        portfolio.changeStage(leader, homeCare, Stage::Exploring, "", Date(2026, 9, 5));
        portfolio.changeStage(leader, homeCare, Stage::Piloting, "", Date(2026, 10, 1));
        portfolio.changeStage(leader, solar, Stage::Exploring, "", Date(2026, 9, 7));
        portfolio.changeStage(leader, fleet, Stage::Exploring, "", Date(2026, 9, 2));
        portfolio.changeStage(leader, fleet, Stage::Piloting, "", Date(2026, 9, 15));
        portfolio.changeStage(leader, fleet, Stage::Scaling, "", Date(2026, 10, 1));
        portfolio.changeStage(leader, bins, Stage::Stopped, "Savings far too small", Date(2026, 10, 1));

        on(10, 28);
        portfolio.completeMilestone(leader, sixMonthReport, Date(2026, 10, 28));
        setbackOctober = setback(homeCare, Date(2026, 10, 20), FailureKind::Basic, "Rota clash on launch day");

        on(11, 2);
        r1 = portfolio.startReview(leader, Date(2026, 11, 2)).id;
        record(r1, homeCare, Confidence::AmberRed, "");
        record(r1, solar, Confidence::Amber, "Carry on");
        record(r1, library, Confidence::Amber, "");
        record(r1, fleet, Confidence::Amber, "");
        portfolio.closeReview(leader, r1, Date(2026, 11, 2));

        on(11, 10);
        lessonSolar = lesson(solar, Date(2026, 11, 10), "Survey the roofs before promising dates");

        on(11, 12);
        portfolio.moveMilestone(leader, trainStaff, Date(2026, 12, 10), "Trainer off sick");
        on(11, 13);
        portfolio.moveMilestone(leader, recruitCarers, Date(2026, 11, 24), "Agency needs more time");
        on(11, 15);
        portfolio.closeRisk(leader, councilTax, Date(2026, 11, 15));

        on(11, 16);
        r2 = portfolio.startReview(leader, Date(2026, 11, 16)).id;
        record(r2, homeCare, Confidence::Amber, "Recruit two more carers");
        record(r2, solar, Confidence::AmberGreen, "");
        on(11, 17);
        portfolio.closeReview(leader, r2, Date(2026, 11, 17));
        setbackOnClosingDay = setback(homeCare, Date(2026, 11, 17), FailureKind::Complex, "Two carers resigned");

        on(11, 18);
        setbackAfterReview = setback(homeCare, Date(2026, 11, 18), FailureKind::Intelligent, "Tablets too small");
        lessonHomeCare = lesson(homeCare, Date(2026, 11, 18), "Try the kit with residents first");
        on(11, 19);
        setbackFleet = setback(fleet, Date(2026, 11, 19), FailureKind::Basic, "Charger fault");
        on(11, 20);
        portfolio.completeMilestone(leader, siteSurvey, Date(2026, 11, 20));
        portfolio.changeStage(leader, fleet, Stage::Mainstreamed, "", Date(2026, 11, 20));
        Innovation edited = portfolio.innovation(solar);
        edited.confidence = Confidence::Green;
        portfolio.updateInnovation(cat, edited);

        on(11, 23);
        r3 = portfolio.startReview(leader, Date(2026, 11, 23)).id;
        record(r3, homeCare, Confidence::AmberRed, "Escalate recruitment");
        on(11, 24);
        setbackSolar = setback(solar, Date(2026, 11, 24), FailureKind::Basic, "Wrong panels delivered");
        on(11, 25);  // today
    }

    static Person person(const std::string& name, Role role) {
        Person draft;
        draft.name = name;
        draft.role = role;
        return draft;
    }

    Id ambition(const std::string& title, int horizon) {
        Ambition draft;
        draft.title = title;
        draft.horizonYear = horizon;
        return portfolio.addAmbition(leader, draft).id;
    }

    Id innovation(const std::string& title, int priority, OptionalId cabinetLead, OptionalId ambitionId) {
        Innovation draft;
        draft.title = title;
        draft.priority = priority;
        draft.cabinetLeadId = cabinetLead;
        draft.leadOfficerId = dev;
        draft.ambitionId = ambitionId;
        return portfolio.addInnovation(leader, draft).id;
    }

    Id milestone(Id innovationId, const std::string& title, Date due) {
        Milestone draft;
        draft.innovationId = innovationId;
        draft.title = title;
        draft.due = due;
        draft.baselineDue = due;
        return portfolio.addMilestone(leader, draft).id;
    }

    Id risk(Id innovationId, const std::string& title, int likelihood, int impact,
            std::optional<int> residualLikelihood = {}, std::optional<int> residualImpact = {}) {
        Risk draft;
        draft.innovationId = innovationId;
        draft.title = title;
        draft.inherentLikelihood = likelihood;
        draft.inherentImpact = impact;
        draft.residualLikelihood = residualLikelihood;
        draft.residualImpact = residualImpact;
        draft.ownerId = dev;
        draft.raisedOn = clock.today();
        return portfolio.addRisk(leader, draft).id;
    }

    Id setback(Id innovationId, Date day, FailureKind kind, const std::string& what) {
        Setback draft;
        draft.innovationId = innovationId;
        draft.occurredOn = day;
        draft.kind = kind;
        draft.whatHappened = what;
        if (kind == FailureKind::Intelligent)
            draft.test = IntelligentFailureTest{true, true, true, true, true};
        return portfolio.logSetback(leader, draft).id;
    }

    Id lesson(Id innovationId, Date day, const std::string& what) {
        Lesson draft;
        draft.innovationId = innovationId;
        draft.whatHappened = what;
        draft.recommendation = "Share with other teams";
        draft.recordedOn = day;
        return portfolio.addLesson(leader, draft).id;
    }

    void record(Id reviewId, Id innovationId, Confidence confidence, const std::string& decision) {
        ReviewEntry entry;
        entry.reviewId = reviewId;
        entry.innovationId = innovationId;
        entry.confidence = confidence;
        entry.decision = decision;
        portfolio.recordReview(leader, entry);
    }
};

}  // namespace innotrack::testing
