// DOMAIN.md's role table as code. Every refusal says who the person is and who may do it.
#include "tracker/permissions.hpp"

#include "tracker/errors.hpp"

namespace innotrack {
namespace {

Permission allow() { return {true, {}}; }

Permission deny(const Person& actor, const std::string& what) {
    return {false, actor.name + " is " + (actor.role == Role::Officer ? "a project officer" :
                                          actor.role == Role::Cabinet ? "a cabinet member" :
                                          actor.role == Role::Leader  ? "the leader" : "a viewer") +
                       ": " + what};
}

bool leadsAsCabinet(const Person& actor, const Innovation* innovation) {
    return innovation && innovation->cabinetLeadId == actor.id;
}

bool leadsAsOfficer(const Person& actor, const Innovation* innovation) {
    return innovation && innovation->leadOfficerId == actor.id;
}

std::string onInnovation(const Innovation* innovation) {
    return innovation ? " of '" + innovation->title + "'" : "";
}

}  // namespace

Permission permits(const Person& actor, Action action, const Innovation* innovation) {
    if (actor.role == Role::Leader) return allow();
    if (actor.role == Role::Viewer)
        return deny(actor, "viewers can read the portfolio but not change it");

    switch (action) {
        case Action::ManagePeople:
            return deny(actor, "only the leader can add people or change their roles");
        case Action::ManageAmbitions:
            return deny(actor, "only the leader can add or change ambitions");
        case Action::ManageSettings:
            return deny(actor, "only the leader can change the portfolio's settings");
        case Action::AddInnovation:
            if (actor.role == Role::Cabinet) return allow();
            return deny(actor, "only cabinet members and the leader can add innovations");
        case Action::EditInnovation:
        case Action::ChangeStage:
            if (actor.role == Role::Cabinet && leadsAsCabinet(actor, innovation)) return allow();
            if (actor.role == Role::Cabinet)
                return deny(actor, "only the cabinet lead" + onInnovation(innovation) +
                                       " or the leader can change it");
            return deny(actor, "only the cabinet lead" + onInnovation(innovation) +
                                   " or the leader can change its stage, priority, confidence, leads or details");
        case Action::EditDelivery:
            if (leadsAsOfficer(actor, innovation) || leadsAsCabinet(actor, innovation)) return allow();
            return deny(actor, "only the lead officer or cabinet lead" + onInnovation(innovation) +
                                   " or the leader can change its milestones, risks, setbacks, lessons and benefits");
        case Action::RunReview:
            if (actor.role == Role::Cabinet) return allow();
            return deny(actor, "only cabinet members and the leader can run weekly reviews");
        case Action::AnswerChecklist:
            return deny(actor, "only the leader answers the innovation checklist");
    }
    return deny(actor, "that change is not allowed");
}

void require(const Person& actor, Action action, const Innovation* innovation) {
    const Permission permission = permits(actor, action, innovation);
    if (!permission) throw PermissionDenied(permission.reason);
}

}  // namespace innotrack
