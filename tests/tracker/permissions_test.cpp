// DOMAIN.md's role table, case by case.
#include "tracker/errors.hpp"
#include "tracker/permissions.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;

namespace {

Person personWith(Id id, Role role, const std::string& name) {
    Person person;
    person.id = id;
    person.role = role;
    person.name = name;
    return person;
}

const Person kLeader = personWith(1, Role::Leader, "Cllr Leader");
const Person kCabinetLead = personWith(2, Role::Cabinet, "Cllr Lead");
const Person kOtherCabinet = personWith(3, Role::Cabinet, "Cllr Other");
const Person kLeadOfficer = personWith(4, Role::Officer, "Lead Officer");
const Person kOtherOfficer = personWith(5, Role::Officer, "Other Officer");
const Person kViewer = personWith(6, Role::Viewer, "Viewer");

Innovation led() {
    Innovation innovation;
    innovation.id = 10;
    innovation.title = "Digital front door";
    innovation.cabinetLeadId = kCabinetLead.id;
    innovation.leadOfficerId = kLeadOfficer.id;
    return innovation;
}

}  // namespace

TEST_CASE("A viewer reads only", "[tracker][permissions]") {
    const Innovation innovation = led();
    for (Action action : {Action::ManagePeople, Action::ManageAmbitions, Action::ManageSettings, Action::AddInnovation,
                          Action::EditInnovation, Action::ChangeStage, Action::EditDelivery, Action::RunReview}) {
        const Permission permission = permits(kViewer, action, &innovation);
        CHECK_FALSE(permission.allowed);
        CHECK(permission.reason == "Viewer is a viewer: viewers can read the portfolio but not change it");
    }
}

TEST_CASE("The leader may do everything", "[tracker][permissions]") {
    const Innovation innovation = led();
    for (Action action : {Action::ManagePeople, Action::ManageAmbitions, Action::ManageSettings, Action::AddInnovation,
                          Action::EditInnovation, Action::ChangeStage, Action::EditDelivery, Action::RunReview})
        CHECK(permits(kLeader, action, &innovation).allowed);
}

TEST_CASE("An officer changes delivery records only on innovations they lead", "[tracker][permissions]") {
    const Innovation innovation = led();
    CHECK(permits(kLeadOfficer, Action::EditDelivery, &innovation).allowed);
    CHECK_FALSE(permits(kOtherOfficer, Action::EditDelivery, &innovation).allowed);
    CHECK_FALSE(permits(kLeadOfficer, Action::ChangeStage, &innovation).allowed);
    CHECK_FALSE(permits(kLeadOfficer, Action::EditInnovation, &innovation).allowed);
    CHECK_FALSE(permits(kLeadOfficer, Action::AddInnovation).allowed);
    CHECK_FALSE(permits(kLeadOfficer, Action::RunReview).allowed);
    CHECK_FALSE(permits(kLeadOfficer, Action::ManagePeople).allowed);
    CHECK_THAT(permits(kLeadOfficer, Action::ChangeStage, &innovation).reason,
               Catch::StartsWith("Lead Officer is a project officer: only the cabinet lead of 'Digital front door'"));
}

TEST_CASE("A cabinet member leads their own innovations and runs reviews", "[tracker][permissions]") {
    const Innovation innovation = led();
    CHECK(permits(kCabinetLead, Action::ChangeStage, &innovation).allowed);
    CHECK(permits(kCabinetLead, Action::EditInnovation, &innovation).allowed);
    CHECK(permits(kCabinetLead, Action::EditDelivery, &innovation).allowed);
    CHECK(permits(kCabinetLead, Action::AddInnovation).allowed);
    CHECK(permits(kCabinetLead, Action::RunReview).allowed);
    CHECK_FALSE(permits(kOtherCabinet, Action::ChangeStage, &innovation).allowed);
    CHECK_FALSE(permits(kOtherCabinet, Action::EditDelivery, &innovation).allowed);
    CHECK_FALSE(permits(kCabinetLead, Action::ManagePeople).allowed);
    CHECK_FALSE(permits(kCabinetLead, Action::ManageAmbitions).allowed);
    CHECK_FALSE(permits(kCabinetLead, Action::ManageSettings).allowed);
}

TEST_CASE("require() throws PermissionDenied with the reason", "[tracker][permissions]") {
    const Innovation innovation = led();
    CHECK_THROWS_AS(require(kViewer, Action::ChangeStage, &innovation), PermissionDenied);
    CHECK_THROWS_WITH(require(kOtherCabinet, Action::ManagePeople),
                      "Cllr Other is a cabinet member: only the leader can add people or change their roles");
    CHECK_NOTHROW(require(kCabinetLead, Action::ChangeStage, &innovation));
}
