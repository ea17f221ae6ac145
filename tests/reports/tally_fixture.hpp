// A small council for the tally tests, written through the Portfolio service on the backend
// under test, with helpers that place each event on a chosen day. Tests add only the events
// they count, so every expected figure can be worked out by hand next to them.
#pragma once

#include "reports/tally_report.hpp"
#include "backend_under_test.hpp"
#include "tracker/portfolio.hpp"

#include <memory>
#include <string>

namespace innotrack::testing {

inline Date day(int year, int month, int dayOfMonth) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(dayOfMonth));
}

struct TallyPortfolio {
    // After the end of 2026/27, so every day of that year can be recorded (no future dates).
    static constexpr const char* kToday = "2027-05-20";

    TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock{day(2027, 5, 20)};
    Portfolio portfolio;
    Person leader;
    Person bob;  // cabinet: Adult social care
    Person cat;  // cabinet: Climate
    Person officer;
    Ambition independence;  // served by homeCare
    Ambition netZero;       // served by solar
    Ambition highStreets;   // served by nothing
    Innovation homeCare;    // independence, Bob
    Innovation solar;       // net zero, Cat
    Innovation energy;      // no ambition, no cabinet lead

    TallyPortfolio() : portfolio(*store, clock) {
        Person first;
        first.name = "Cllr Ann Leader";
        first.role = Role::Leader;
        store->setPortfolioKey("7a11ec0ffee20265");  // the audit chain's start, so the golden files hold
        leader = portfolio.initialise(first);
        bob = person("Cllr Bob Cabinet", Role::Cabinet, "Adult social care");
        cat = person("Cllr Cat Cabinet", Role::Cabinet, "Climate");
        officer = person("Dev Officer", Role::Officer);
        independence = ambition("Older people live independently");
        netZero = ambition("Net zero by 2040");
        highStreets = ambition("Thriving high streets");
        homeCare = innovation("Home care by video", independence.id, bob.id);
        solar = innovation("Solar canopies", netZero.id, cat.id);
        energy = innovation("Community energy", std::nullopt, std::nullopt);
    }

    const TallyQueries& queries() const { return test.backend().tallyQueries(); }

    Person person(const std::string& name, Role role, const std::string& brief = "") {
        Person draft;
        draft.name = name;
        draft.role = role;
        draft.portfolio = brief;
        return portfolio.addPerson(leader.id, draft);
    }

    Ambition ambition(const std::string& title) {
        Ambition draft;
        draft.title = title;
        draft.horizonYear = 2045;
        return portfolio.addAmbition(leader.id, draft);
    }

    Innovation innovation(const std::string& title, OptionalId ambitionId, OptionalId cabinetLeadId) {
        Innovation draft;
        draft.title = title;
        draft.ambitionId = ambitionId;
        draft.cabinetLeadId = cabinetLeadId;
        draft.leadOfficerId = officer.id;
        return portfolio.addInnovation(leader.id, draft);
    }

    // A milestone due on `due` (its baseline), completed on `completed`.
    Milestone completedMilestone(const Innovation& of, Date due, Date completed) {
        const Milestone added = milestone(of, due);
        return portfolio.completeMilestone(leader.id, added.id, completed);
    }

    Milestone milestone(const Innovation& of, Date due) {
        Milestone draft;
        draft.innovationId = of.id;
        draft.title = "Milestone due " + formatDate(due);
        draft.due = due;
        return portfolio.addMilestone(leader.id, draft);
    }

    void advance(const Innovation& of, Stage to, Date on) {
        portfolio.changeStage(leader.id, of.id, to, to == Stage::Stopped ? "Savings too small" : "", on);
    }

    Benefit realisedBenefit(const Innovation& of, Date on) {
        Benefit draft;
        draft.innovationId = of.id;
        draft.measure = "Hours saved";
        draft.baseline = 0;
        draft.target = 100;
        const Benefit added = portfolio.addBenefit(leader.id, draft);
        return portfolio.realiseBenefit(leader.id, added.id, 120, on);
    }

    // Inherent likelihood × impact, and a residual pair when `residual` is set.
    Risk risk(const Innovation& of, Date raised, int likelihood, int impact,
              std::optional<std::pair<int, int>> residual = std::nullopt) {
        Risk draft;
        draft.innovationId = of.id;
        draft.title = "Risk raised " + formatDate(raised);
        draft.inherentLikelihood = likelihood;
        draft.inherentImpact = impact;
        if (residual) {
            draft.residualLikelihood = residual->first;
            draft.residualImpact = residual->second;
        }
        draft.ownerId = officer.id;
        draft.raisedOn = raised;
        return portfolio.addRisk(leader.id, draft);
    }

    Risk closeRisk(const Risk& risk, Date on) { return portfolio.closeRisk(leader.id, risk.id, on); }

    Setback setback(const Innovation& of, Date on, FailureKind kind = FailureKind::Basic) {
        Setback draft;
        draft.innovationId = of.id;
        draft.occurredOn = on;
        draft.whatHappened = "Something went wrong on " + formatDate(on);
        draft.kind = kind;
        if (kind == FailureKind::Intelligent) draft.test = IntelligentFailureTest{true, true, true, true, true};
        return portfolio.logSetback(leader.id, draft);
    }

    // The risk happened: one setback, linked to it, which marks the risk occurred.
    Setback occurred(const Risk& risk, Date on) {
        Setback draft;
        draft.innovationId = risk.innovationId;
        draft.occurredOn = on;
        draft.whatHappened = "The risk happened";
        draft.kind = FailureKind::Complex;
        return portfolio.riskOccurred(leader.id, risk.id, draft);
    }

    Lesson lesson(const Setback& from) {
        Lesson draft;
        draft.innovationId = from.innovationId;
        draft.setbackId = from.id;
        draft.source = LessonSource::Setback;
        draft.whatHappened = "What we saw";
        draft.recommendation = "What to do next time";
        draft.recordedOn = from.occurredOn;
        return portfolio.addLesson(leader.id, draft);
    }

    TallyCounts counts(const Period& period, const TallyScope& scope = {}) const {
        return queries().tally(period, scope, TallyGrouping::None).at(0).counts;
    }
};

}  // namespace innotrack::testing
