// Who may change what (DOMAIN.md "People and roles"). Answers carry the reason in words so the
// command line can refuse clearly and the desktop app can say why a control is disabled.
#pragma once

#include "tracker/idea.hpp"
#include "tracker/innovation.hpp"
#include "tracker/people.hpp"
#include "tracker/review.hpp"

#include <string>

namespace innotrack {

enum class Action {
    ManagePeople,      // add people, change roles: the leader
    ManageAmbitions,   // add and edit ambitions: the leader
    ManageSettings,    // risk bands: the leader
    AddInnovation,     // cabinet members and the leader
    EditInnovation,    // title, summary, dates, budget, priority, leads, confidence
    ChangeStage,       // move an innovation between stages
    EditDelivery,      // milestones, risks, setbacks, lessons, benefits, engagements
    RunReview,         // start, record and close weekly reviews
    AnswerChecklist,   // the innovation checklist: the leader
    SubmitIdea,        // anyone, a viewer too
    AssessIdea,        // score, promote, decline or park an idea: cabinet members and the leader
    RecordDecision,    // an innovation's decisions, notices and decision records: its cabinet lead
};

struct Permission {
    bool allowed = false;
    std::string reason;  // why not, when not allowed; empty when allowed

    explicit operator bool() const { return allowed; }
};

// `innovation` is the record the action touches, where the action is about one.
Permission permits(const Person& actor, Action action, const Innovation* innovation = nullptr);

// Whether the actor may do `action` on some innovation: on one they would lead, where the action
// depends on leading it. For refusing a whole batch (an import) once, before any record is read.
Permission permitsOnSome(const Person& actor, Action action);

// Recording in or closing a weekly review: someone who may run reviews, and who chairs this one
// or is the leader (DOMAIN.md "Weekly review"). `chairName` names the chair in the refusal.
Permission permitsChairing(const Person& actor, const Review& review, const std::string& chairName);

// Correcting an idea's title, problem, proposal, source, reference or ambition: the person who
// submitted it (a viewer too), cabinet members and the leader. `submitterName` names them in the refusal.
Permission permitsCorrectingIdea(const Person& actor, const Idea& idea, const std::string& submitterName);

// Throws PermissionDenied with the reason when not allowed.
void require(const Permission& permission);
void require(const Person& actor, Action action, const Innovation* innovation = nullptr);

}  // namespace innotrack
