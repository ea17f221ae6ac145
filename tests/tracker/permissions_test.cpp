// DOMAIN.md's role table, case by case.
#include "tracker/errors.hpp"
#include "tracker/permissions.hpp"
#include "tracker/record_checks.hpp"

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

TEST_CASE("Who may be named an innovation's cabinet lead or lead officer", "[tracker][permissions]") {
    CHECK_FALSE(mayBeCabinetLead(Role::Viewer));
    CHECK_FALSE(mayBeCabinetLead(Role::Officer));
    CHECK(mayBeCabinetLead(Role::Cabinet));
    CHECK(mayBeCabinetLead(Role::Leader));

    CHECK_FALSE(mayBeLeadOfficer(Role::Viewer));
    CHECK(mayBeLeadOfficer(Role::Officer));
    CHECK_FALSE(mayBeLeadOfficer(Role::Cabinet));
    CHECK_FALSE(mayBeLeadOfficer(Role::Leader));
}

TEST_CASE("An innovation's stored leads are checked against the roles that may lead", "[tracker][permissions]") {
    CHECK(leadProblems(&kCabinetLead, &kLeadOfficer).empty());
    CHECK(leadProblems(&kLeader, nullptr).empty());
    CHECK(leadProblems(nullptr, nullptr).empty());
    const FieldProblems swapped = leadProblems(&kLeadOfficer, &kCabinetLead);
    REQUIRE(swapped.size() == 2);
    CHECK(swapped[0].message ==
          "cabinet lead: Lead Officer is Project officer; the cabinet lead must be a cabinet member or the leader");
    CHECK(swapped[1].message == "lead officer: Cllr Lead is Cabinet member; the lead officer must be a project officer");
    CHECK(leadProblems(&kViewer, &kLeader).size() == 2);
}

TEST_CASE("permitsOnSome: what a role may do on an innovation it would lead", "[tracker][permissions]") {
    // Delivery records: anyone who may lead an innovation, in either role.
    CHECK(permitsOnSome(kLeader, Action::EditDelivery).allowed);
    CHECK(permitsOnSome(kOtherCabinet, Action::EditDelivery).allowed);
    CHECK(permitsOnSome(kOtherOfficer, Action::EditDelivery).allowed);
    CHECK(permitsOnSome(kViewer, Action::EditDelivery).reason ==
          "Viewer is a viewer: viewers can read the portfolio but not change it");

    // Stage and details: cabinet members and the leader only.
    CHECK(permitsOnSome(kOtherCabinet, Action::ChangeStage).allowed);
    CHECK(permitsOnSome(kOtherOfficer, Action::ChangeStage).reason ==
          "Other Officer is a project officer: only the cabinet lead or the leader can change its stage, priority, "
          "confidence, leads or details");

    // Actions that do not depend on leading answer as permits() does.
    CHECK(permitsOnSome(kOtherCabinet, Action::AddInnovation).allowed);
    CHECK(permitsOnSome(kOtherOfficer, Action::AddInnovation).reason ==
          "Other Officer is a project officer: only cabinet members and the leader can add innovations");
    CHECK_FALSE(permitsOnSome(kOtherCabinet, Action::ManagePeople).allowed);
    CHECK(permitsOnSome(kLeader, Action::ManagePeople).allowed);
}

TEST_CASE("permitsChairing: a review's chair or the leader records in it and closes it", "[tracker][permissions]") {
    Review review;
    review.id = 7;
    review.chairId = kCabinetLead.id;
    CHECK(permitsChairing(kCabinetLead, review, kCabinetLead.name).allowed);
    CHECK(permitsChairing(kLeader, review, kCabinetLead.name).allowed);
    CHECK(permitsChairing(kOtherCabinet, review, kCabinetLead.name).reason ==
          "Cllr Other is not chairing review 7: only its chair, Cllr Lead, or the leader can change it");
    // Those who may not run reviews at all are told that first.
    CHECK(permitsChairing(kLeadOfficer, review, kCabinetLead.name).reason ==
          "Lead Officer is a project officer: only cabinet members and the leader can run weekly reviews");
    CHECK_FALSE(permitsChairing(kViewer, review, kCabinetLead.name).allowed);
    CHECK_THROWS_AS(require(permitsChairing(kOtherCabinet, review, kCabinetLead.name)), PermissionDenied);
}

TEST_CASE("A stopped innovation cannot move to another stage", "[tracker][permissions]") {
    Innovation innovation = led();
    for (Stage stage : {Stage::Idea, Stage::Exploring, Stage::Piloting, Stage::Scaling, Stage::Mainstreamed}) {
        innovation.stage = stage;
        CHECK_FALSE(stageChangeRefusal(innovation));
    }
    innovation.stage = Stage::Stopped;
    innovation.stopReason = "No provider bid";
    CHECK(stageChangeRefusal(innovation) ==
          "'Digital front door' is stopped (No provider bid); a stopped innovation cannot move to another stage");
}
