// A small portfolio on the backend under test with one person in every role, for service tests.
#pragma once

#include "backend_under_test.hpp"
#include "tracker/portfolio.hpp"

#include <memory>

namespace innotrack::testing {

struct PortfolioFixture {
    TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock{Date(2026, 11, 27)};
    Portfolio portfolio{*store, clock};
    Person leader;
    Person cabinet;       // cabinet lead of `innovation`
    Person otherCabinet;
    Person officer;       // lead officer of `innovation`
    Person otherOfficer;
    Person viewer;
    Ambition ambition;
    Innovation innovation;

    PortfolioFixture() {
        Person first;
        first.name = "Cllr Ann Leader";
        first.role = Role::Leader;
        leader = portfolio.initialise(first);
        cabinet = addPerson("Cllr Bob Cabinet", Role::Cabinet, "Adult social care");
        otherCabinet = addPerson("Cllr Cat Cabinet", Role::Cabinet, "Climate");
        officer = addPerson("Dev Officer", Role::Officer);
        otherOfficer = addPerson("Eve Officer", Role::Officer);
        viewer = addPerson("Fay Viewer", Role::Viewer);

        Ambition draft;
        draft.title = "Every older person lives independently at home";
        draft.horizonYear = 2045;
        ambition = portfolio.addAmbition(leader.id, draft);

        innovation = portfolio.addInnovation(cabinet.id, newInnovation("Home care by video"));
    }

    Person addPerson(const std::string& name, Role role, const std::string& brief = "") {
        Person person;
        person.name = name;
        person.role = role;
        person.portfolio = brief;
        return portfolio.addPerson(leader.id, person);
    }

    Innovation newInnovation(const std::string& title) const {
        Innovation draft;
        draft.title = title;
        draft.ambitionId = ambition.id;
        draft.cabinetLeadId = cabinet.id;
        draft.leadOfficerId = officer.id;
        draft.startDate = Date(2026, 4, 1);
        draft.targetDate = Date(2027, 3, 31);
        draft.budgetPence = 12'500'000;
        draft.staffDays = 120;
        return draft;
    }

    Milestone newMilestone(const std::string& title, Date due) const {
        Milestone draft;
        draft.innovationId = innovation.id;
        draft.title = title;
        draft.due = due;
        return draft;
    }

    Risk newRisk(const std::string& title, int likelihood, int impact) const {
        Risk draft;
        draft.innovationId = innovation.id;
        draft.title = title;
        draft.inherentLikelihood = likelihood;
        draft.inherentImpact = impact;
        draft.ownerId = officer.id;
        return draft;
    }

    Setback newSetback(const std::string& what, FailureKind kind) const {
        Setback draft;
        draft.innovationId = innovation.id;
        draft.whatHappened = what;
        draft.kind = kind;
        draft.occurredOn = Date(2026, 11, 20);
        return draft;
    }

    std::size_t auditCount() const { return store->listAudit({}).size(); }
};

}  // namespace innotrack::testing
