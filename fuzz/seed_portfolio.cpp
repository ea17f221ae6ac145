// The import targets' small portfolio, written through the service so it is a real one.
#include "seed_portfolio.hpp"

namespace innotrack::fuzz {

void seedPortfolio(Portfolio& portfolio) {
    const Person leader = portfolio.initialise({0, "Cllr Ann Jones", Role::Leader, "", "", ""});
    const Person cabinet = portfolio.addPerson(leader.id, {0, "Cllr Bob Hughes", Role::Cabinet, "Adult care", "", ""});
    const Person officer = portfolio.addPerson(leader.id, {0, "Olly Officer", Role::Officer, "", "", ""});
    portfolio.addPerson(leader.id, {0, "Vera Viewer", Role::Viewer, "", "", ""});
    Ambition ambition;
    ambition.title = "Healthy ageing";
    ambition.horizonYear = 2045;
    ambition = portfolio.addAmbition(leader.id, ambition);

    Innovation wards;
    wards.title = "Virtual wards";
    wards.ambitionId = ambition.id;
    wards.cabinetLeadId = cabinet.id;
    wards.leadOfficerId = officer.id;
    wards = portfolio.addInnovation(cabinet.id, wards);
    Innovation video;
    video.title = "Home care by video";
    video.cabinetLeadId = cabinet.id;
    portfolio.addInnovation(cabinet.id, video);

    Risk risk;
    risk.innovationId = wards.id;
    risk.title = "Kit late";
    risk.ownerId = officer.id;
    risk.raisedOn = kFuzzToday;
    portfolio.addRisk(officer.id, risk);
}

}  // namespace innotrack::fuzz
