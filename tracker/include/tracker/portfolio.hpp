// The portfolio service: every change a person can make, with its rules, permission check and
// audit record, each applied in one transaction against the storage port.
#pragma once

#include "tracker/checklist.hpp"
#include "tracker/dates.hpp"
#include "tracker/permissions.hpp"
#include "tracker/store.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace innotrack {

// Updates take the whole edited record: the service compares it with what is stored, checks
// the actor may change each field that differs, validates, writes and audits the differences.
// Fields with their own operation (a stage, a milestone's due or completion date, a risk's
// status) cannot change through update: the error names the operation to use instead.
class Portfolio {
public:
    Portfolio(PortfolioStore& store, const Clock& clock);

    PortfolioStore& store() { return store_; }
    const PortfolioStore& store() const { return store_; }
    const Clock& clock() const { return clock_; }

    // Resolves "--as": a person's id ("3") or name (any case). Throws NotFound.
    Person person(const std::string& idOrName) const;
    Person person(Id id) const;
    Innovation innovation(Id id) const;
    Milestone milestone(Id id) const;
    Risk risk(Id id) const;
    Setback setback(Id id) const;
    Lesson lesson(Id id) const;
    Benefit benefit(Id id) const;
    Engagement engagement(Id id) const;
    Ambition ambition(Id id) const;
    Review review(Id id) const;
    Idea idea(Id id) const;
    Decision decision(Id id) const;

    // A new portfolio's first person, who must be the leader. Refused once anyone exists.
    Person initialise(const Person& leader);

    Person addPerson(Id actor, const Person& person);
    Person updatePerson(Id actor, const Person& edited);

    Ambition addAmbition(Id actor, const Ambition& ambition);
    Ambition updateAmbition(Id actor, const Ambition& edited);

    // An innovation may join the portfolio at a later stage than Idea (entered after the fact):
    // `stageSince`, when given, is the day it reached that stage, kept as an arrival there that is
    // no advance (a stage change from the stage to itself), so later changes follow it.
    Innovation addInnovation(Id actor, const Innovation& innovation, std::optional<Date> stageSince = std::nullopt);
    Innovation updateInnovation(Id actor, const Innovation& edited);
    // Stopped needs a reason; a stopped innovation cannot move again. A change is dated on or
    // after the innovation's last one: history is entered in the order it happened.
    Innovation changeStage(Id actor, Id innovationId, Stage to, const std::string& reason,
                           std::optional<Date> on = std::nullopt);

    Milestone addMilestone(Id actor, const Milestone& milestone);
    Milestone updateMilestone(Id actor, const Milestone& edited);
    Milestone completeMilestone(Id actor, Id milestoneId, std::optional<Date> on = std::nullopt);
    // `on`: the day it was moved (default today), not before its last move.
    Milestone moveMilestone(Id actor, Id milestoneId, Date newDue, const std::string& reason,
                            std::optional<Date> on = std::nullopt);

    Risk addRisk(Id actor, const Risk& risk);
    Risk updateRisk(Id actor, const Risk& edited);
    Risk closeRisk(Id actor, Id riskId, std::optional<Date> on = std::nullopt);
    // Marks the risk occurred and logs the setback it became, linked both ways.
    Setback riskOccurred(Id actor, Id riskId, const Setback& setback);

    // A setback linked to an open risk marks that risk occurred.
    Setback logSetback(Id actor, const Setback& setback);
    Setback updateSetback(Id actor, const Setback& edited);

    Lesson addLesson(Id actor, const Lesson& lesson);
    Lesson updateLesson(Id actor, const Lesson& edited);

    Benefit addBenefit(Id actor, const Benefit& benefit);
    Benefit updateBenefit(Id actor, const Benefit& edited);
    Benefit realiseBenefit(Id actor, Id benefitId, double actual, std::optional<Date> on = std::nullopt);

    // Undoing a change just made (DOMAIN.md "Undoing a change"): the record is as it was before, so
    // the change stops counting in every figure, and the audit trail keeps both the change and its
    // undoing. Each is refused, with the reason, when the record has changed again since.
    //
    // The innovation's latest stage change, `stageChangeId`, as if it had not been made: an undone
    // advance is no advance in the tally, and an undone stop lets the innovation move again.
    Innovation undoStageChange(Id actor, Id innovationId, Id stageChangeId);
    // The milestone is not done after all.
    Milestone undoCompletion(Id actor, Id milestoneId);
    // The risk is open again (a closed one; one that occurred stays so: its setback says it did).
    Risk undoRiskClosing(Id actor, Id riskId);
    // The benefit's actual value and the day it was realised go back to `before`'s.
    Benefit undoRealisation(Id actor, const Benefit& before);
    // What an open review recorded for the innovation goes back to `before` (none: it is not
    // recorded in the review after all), and the innovation's confidence to `confidenceBefore`.
    // Refused once the review is closed: a closed review is never edited.
    void undoReviewEntry(Id actor, Id reviewId, Id innovationId, const std::optional<ReviewEntry>& before,
                         Confidence confidenceBefore);
    // An addition just made, `added` as the addition returned it, in portfolio_undo_additions.cpp:
    // the record is removed (records are otherwise never deleted) and the audit trail keeps its
    // "added" entry and an "addition undone" one. Refused, with the reason and nothing changed,
    // while something refers to it (a setback's lesson, a risk's setback, a milestone's move) or
    // once it has changed since. By whoever may add it.
    void undoAddition(Id actor, const Milestone& added);
    void undoAddition(Id actor, const Risk& added);
    // A risk the setback marked occurred is open again.
    void undoAddition(Id actor, const Setback& added);
    void undoAddition(Id actor, const Lesson& added);
    void undoAddition(Id actor, const Benefit& added);
    // Refused while anything is recorded for it; its arrival at the stage it was entered at goes with it.
    void undoAddition(Id actor, const Innovation& added);
    // The same, in portfolio_undo_more.cpp. A person: refused once anything names them (an
    // innovation or risk they lead or own, an engagement, decision, idea, score, review or
    // checklist answer, a change of theirs in the audit trail). An ambition: refused while an
    // innovation or idea serves it. An idea: by its submitter, while unscored and undecided. A
    // decision: while no short notice or record has been made for it.
    void undoAddition(Id actor, const Person& added);
    void undoAddition(Id actor, const Ambition& added);
    void undoAddition(Id actor, const Engagement& added);
    void undoAddition(Id actor, const Idea& added);
    void undoAddition(Id actor, const Decision& added);
    // A decision's notice, short-notice route or record just made (updateDecision,
    // markGeneralException, markSpecialUrgency, recordDecision): back to `before`, refused once it
    // is no longer as the change left it (`after`). By the innovation's cabinet lead, or the leader.
    Decision undoDecisionChange(Id actor, const Decision& before, const Decision& after);
    // An idea declined or parked just now: back to `before`, refused once it is no longer `after`.
    // A promoted idea is final (its innovation exists). By a cabinet member or the leader.
    Idea undoIdeaDecision(Id actor, const Idea& before, const Idea& after);
    // The milestone's latest move, `moveId`, as if it had not been made: its due date is back and
    // the move is gone from its history. Refused once it has moved again or been marked done.
    Milestone undoMilestoneMove(Id actor, Id milestoneId, Id moveId);

    // The actor chairs the review. Only one review is open at a time.
    Review startReview(Id actor, std::optional<Date> heldOn = std::nullopt);
    // Records (or re-records) one active innovation's confidence, comment and decision in an
    // open review, and sets the innovation's current confidence to it.
    ReviewEntry recordReview(Id actor, const ReviewEntry& entry);
    Review closeReview(Id actor, Id reviewId, std::optional<Date> on = std::nullopt);
    // Abandons an open review started by mistake, while nothing is recorded in it: it is kept
    // closed with no entries (wasAbandoned), and the audit trail says it was abandoned. Who may
    // start a review may abandon one they chair (the leader, any).
    Review abandonReview(Id actor, Id reviewId);

    // Engagements (DOMAIN.md "Taking people with you"): by whoever may change the innovation's
    // delivery records. Dated on or before today; led by someone in the portfolio.
    Engagement addEngagement(Id actor, const Engagement& engagement);
    Engagement updateEngagement(Id actor, const Engagement& edited);

    void setRiskBands(Id actor, const RiskBands& bands);

    // Ideas and the gate (DOMAIN.md), in portfolio_ideas.cpp. Anyone may submit an idea, a viewer
    // too: it starts submitted, on its submittedOn day (today when not set).
    Idea submitIdea(Id actor, const Idea& idea);
    // The actor's scores, replacing their own earlier ones (both audited): cabinet members and the
    // leader. The first score puts the idea under assessment; a parked idea scored is back under it.
    IdeaScore scoreIdea(Id actor, const IdeaScore& score);
    // Corrects what its submitter wrote: the title, problem, proposal, source, reference and
    // ambition are taken from `edited` (by its id), everything else is kept. By the person who
    // submitted it, or by a cabinet member or the leader; only while it is not decided (promoted
    // or declined ideas are final). Audited field by field.
    Idea updateIdea(Id actor, const Idea& edited);
    // Creates the innovation at Idea stage, on the day of the decision, linked to the idea and
    // inspired by where the idea came from. An idea whose score is below the gate, or that has no
    // score, needs a reason.
    Idea promoteIdea(Id actor, Id ideaId, const std::string& reason, std::optional<Date> on = std::nullopt);
    // Declining needs a reason: the submitter is shown it.
    Idea declineIdea(Id actor, Id ideaId, const std::string& reason, std::optional<Date> on = std::nullopt);
    // Not a decision: the days to a decision keep counting. `lookAgainOn` is after the day it is parked.
    Idea parkIdea(Id actor, Id ideaId, Date lookAgainOn, std::optional<Date> on = std::nullopt);
    // The score an idea must reach to be promoted without a reason: the leader.
    void setIdeaGate(Id actor, int gate);

    // Decisions and the Forward Plan (DOMAIN.md), in portfolio_decisions.cpp: by the innovation's
    // cabinet lead or the leader. A decision is added to be made; its notice and details change
    // through update until it is made; a decision made is never changed.
    Decision addDecision(Id actor, const Decision& decision);
    Decision updateDecision(Id actor, const Decision& edited);
    // A key decision whose notice is short of 28 clear days (England) is made a general exception
    // (the scrutiny chair told on `on`, at least 5 clear days before) or special urgency (the chair
    // agreed on `on`, and why it cannot wait). Refused when the notice is not short.
    Decision markGeneralException(Id actor, Id decisionId, const std::string& chair, Date on);
    Decision markSpecialUrgency(Id actor, Id decisionId, const std::string& chair, Date on, const std::string& why);
    // The decision record (reg. 12): madeOn, decision, reasons, alternatives rejected, conflicts
    // declared and dispensation are taken from `record`. Refused while a short notice is unresolved.
    Decision recordDecision(Id actor, Id decisionId, const Decision& record);
    // The portfolio's settings the rules read: the leader.
    void setKeyDecisionThreshold(Id actor, Pence threshold);
    void setNation(Id actor, Nation nation);

    // The leader's answer to one checklist question, kept beside the earlier ones: leader only.
    ChecklistAnswer answerChecklist(Id actor, const std::string& questionKey, Answer answer,
                                    const std::string& evidence, std::optional<Date> on = std::nullopt);

    // Storage checks plus the domain's invariants and the audit chain, in words. Empty when all is well.
    std::vector<Problem> check() const;

    // The account and computer this program runs under, recorded with each change on a file
    // (backend.hpp, deskAccount); none on a shared portfolio, or in a test that sets none.
    void setDeskAccount(std::optional<DeskAccount> account) { desk_ = std::move(account); }
    const std::optional<DeskAccount>& deskAccount() const { return desk_; }

    // The audit chain rechecked from its first entry (DOMAIN.md "Trust: the audit chain").
    ChainVerdict verifyAuditChain() const;
    // The same, from one reading of the trail, and whether today's trail still holds the one a
    // paper was printed from (its entry count and the start of its head's hash, as printed): ""
    // when it does, else why not, in words.
    std::pair<ChainVerdict, std::string> verifyAuditChain(std::size_t printedCount, std::string_view printedHash) const;

private:
    class Change;  // one transaction with its audit entries

    // A short notice's route (`route`'s route, chair, day and reason) set on a decision: the two
    // operations above, audited as `action`.
    Decision markShortNotice(Id actor, Id decisionId, const Decision& route, const std::string& action);

    // An entry stamped with the time, the actor and the desk's account; the rest is the caller's.
    AuditEntry auditEntry(Id actorId) const;

    PortfolioStore& store_;
    const Clock& clock_;
    std::optional<DeskAccount> desk_;
};

}  // namespace innotrack
