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

// How the actor stands to the innovation an action touches.
struct Leading {
    bool asCabinet = false;
    bool asOfficer = false;
    std::string of;  // " of 'Title'" for refusals; empty when no one innovation is meant
};

Leading leadingOf(const Person& actor, const Innovation* innovation) {
    if (!innovation) return {};
    return {innovation->cabinetLeadId == actor.id, innovation->leadOfficerId == actor.id,
            " of '" + innovation->title + "'"};
}

Permission decide(const Person& actor, Action action, const Leading& leading) {
    if (actor.role == Role::Leader || action == Action::SubmitIdea) return allow();
    if (actor.role == Role::Viewer && action == Action::AssessIdea)
        return deny(actor, "anyone may submit an idea, but only cabinet members and the leader assess and decide ideas");
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
            if (actor.role == Role::Cabinet && leading.asCabinet) return allow();
            if (actor.role == Role::Cabinet)
                return deny(actor, "only the cabinet lead" + leading.of + " or the leader can change it");
            return deny(actor, "only the cabinet lead" + leading.of +
                                   " or the leader can change its stage, priority, confidence, leads or details");
        case Action::EditDelivery:
            if (leading.asOfficer || leading.asCabinet) return allow();
            return deny(actor, "only the lead officer or cabinet lead" + leading.of +
                                   " or the leader can change its milestones, risks, setbacks, lessons, benefits and engagements");
        case Action::RunReview:
            if (actor.role == Role::Cabinet) return allow();
            return deny(actor, "only cabinet members and the leader can run weekly reviews");
        case Action::AnswerChecklist:
            return deny(actor, "only the leader answers the innovation checklist");
        case Action::SubmitIdea:
            return allow();
        case Action::RecordDecision:
            if (actor.role == Role::Cabinet && leading.asCabinet) return allow();
            return deny(actor, "only the cabinet lead" + leading.of + " or the leader can record its decisions");
        case Action::AssessIdea:
            if (actor.role == Role::Cabinet) return allow();
            return deny(actor, "only cabinet members and the leader assess and decide ideas");
    }
    return deny(actor, "that change is not allowed");
}

}  // namespace

Permission permits(const Person& actor, Action action, const Innovation* innovation) {
    return decide(actor, action, leadingOf(actor, innovation));
}

Permission permitsOnSome(const Person& actor, Action action) {
    // Anyone may be made an innovation's lead, but only in the role that leads it.
    return decide(actor, action, {mayBeCabinetLead(actor.role), mayBeLeadOfficer(actor.role), ""});
}

Permission permitsChairing(const Person& actor, const Review& review, const std::string& chairName) {
    if (Permission role = permits(actor, Action::RunReview); !role) return role;
    if (actor.id == review.chairId || actor.role == Role::Leader) return allow();
    return {false, actor.name + " is not chairing review " + std::to_string(review.id) + ": only its chair, " +
                       chairName + ", or the leader can change it"};
}

Permission permitsCorrectingIdea(const Person& actor, const Idea& idea, const std::string& submitterName) {
    if (actor.id == idea.submittedById || actor.role == Role::Leader || actor.role == Role::Cabinet) return allow();
    return deny(actor, "only the person who submitted idea " + std::to_string(idea.id) + ", " + submitterName +
                           ", cabinet members and the leader can change it");
}

void require(const Permission& permission) {
    if (!permission) throw PermissionDenied(permission.reason);
}

void require(const Person& actor, Action action, const Innovation* innovation) {
    require(permits(actor, action, innovation));
}

}  // namespace innotrack
