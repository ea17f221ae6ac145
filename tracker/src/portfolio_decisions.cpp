// The service's decisions (DOMAIN.md "Key decisions and the Forward Plan (England)"): added to be
// made, their notice and details kept up to date, a short notice made a general exception or special
// urgency, and the decision record; each by the innovation's cabinet lead or the leader, checked,
// kept and audited.
#include "portfolio_change.hpp"

#include "tracker/money.hpp"

#include <algorithm>

namespace innotrack {
namespace {

constexpr const char* kDecisionEntity = "decision";

std::string namedDecision(const Decision& d) { return "Decision " + std::to_string(d.id) + " '" + d.matter + "'"; }

void requireNotMade(const Decision& d, const std::string& what) {
    if (d.isMade())
        throw ConflictError(namedDecision(d) + " was made on " + formatDate(d.madeOn) + "; " + what);
}

// The fields a person writes, tidied and held to their rules and to the records they name.
void validateDecision(Decision& d, const PortfolioStore& store, Date today) {
    d.matter = requireText("matter", d.matter, kMaxLongText);
    d.makerBody = optionalLine("deciding body", d.makerBody);
    d.makerMembers = optionalText("members", d.makerMembers, kMaxConcern);
    if (d.makerId) {
        const auto maker = store.findPerson(*d.makerId);
        if (!maker)
            throw ValidationError("decision maker", std::to_string(*d.makerId),
                                  "decision maker: there is no person with id " + std::to_string(*d.makerId));
        if (maker->role != Role::Cabinet && maker->role != Role::Leader)
            throw ValidationError("decision maker", maker->name,
                                  "decision maker: " + maker->name +
                                      " is not a cabinet member or the leader; name the body that decides instead");
    }
    if (d.plannedOn.is_special()) throw ValidationError("to be made on", "", "to be made on: a date is required");
    if (d.noticeOn) rules::requireNotFuture("notice published on", *d.noticeOn, today);
    d.documents = optionalText("documents", d.documents, kMaxConcern);
    d.documentsFrom = optionalText("copies from", d.documentsFrom, kMaxConcern);
    d.scrutinyChair = optionalLine("scrutiny chair", d.scrutinyChair, kMaxName);
    d.urgencyReason = optionalText("why it cannot wait", d.urgencyReason, kMaxReason);
    if (d.chairOn) rules::requireNotFuture("chair told or agreed on", *d.chairOn, today);
    if (d.reviewId) {
        if (!store.findReview(*d.reviewId))
            throw ValidationError("weekly review", std::to_string(*d.reviewId),
                                  "weekly review: there is no review with id " + std::to_string(*d.reviewId));
        const auto entries = store.listReviewEntries(*d.reviewId);
        const bool recorded = std::any_of(entries.begin(), entries.end(),
                                          [&](const ReviewEntry& e) { return e.innovationId == d.innovationId; });
        if (!recorded)
            throw ValidationError("weekly review", std::to_string(*d.reviewId),
                                  "weekly review: review " + std::to_string(*d.reviewId) +
                                      " recorded nothing on this innovation, so none of its decisions led here");
    }
    d.decision = optionalText("decision", d.decision, kMaxLongText);
    d.reasons = optionalText("reasons", d.reasons, kMaxLongText);
    d.alternativesRejected = optionalText("alternatives rejected", d.alternativesRejected, kMaxLongText);
    d.conflictsDeclared = optionalText("conflicts of interest", d.conflictsDeclared, kMaxLongText);
    d.dispensation = optionalText("dispensation", d.dispensation, kMaxLongText);
    if (d.madeOn) rules::requireNotFuture("made on", *d.madeOn, today);
    requireNoProblems(problemsOf(d));
}

// The route fields and the record, which only their own operations set.
bool sameRoute(const Decision& a, const Decision& b) {
    return a.route == b.route && a.scrutinyChair == b.scrutinyChair && a.chairOn == b.chairOn &&
           a.urgencyReason == b.urgencyReason;
}
bool sameRecord(const Decision& a, const Decision& b) {
    return a.madeOn == b.madeOn && a.decision == b.decision && a.reasons == b.reasons &&
           a.alternativesRejected == b.alternativesRejected && a.conflictsDeclared == b.conflictsDeclared &&
           a.dispensation == b.dispensation;
}

}  // namespace

Decision Portfolio::addDecision(Id actor, const Decision& decision) {
    Change change(*this, actor);
    const Innovation of = innovation(decision.innovationId);
    require(change.actor(), Action::RecordDecision, &of);
    if (!sameRoute(decision, Decision{}))
        throw ConflictError("a decision is added without a short-notice route: record a general exception or "
                            "special urgency once it is added");
    if (!sameRecord(decision, Decision{}))
        throw ConflictError("a decision is added to be made: record the decision once it is made");
    Decision created = decision;
    created.id = 0;
    validateDecision(created, store_, change.today());
    created.id = store_.insertDecision(created);
    change.added(kDecisionEntity, created.id,
                 audit::fieldsOf(created, [&](OptionalId id) { return change.describePerson(id); }));
    change.commit();
    return created;
}

Decision Portfolio::updateDecision(Id actor, const Decision& edited) {
    Change change(*this, actor);
    const Decision current = decision(edited.id);
    const Innovation of = innovation(current.innovationId);
    require(change.actor(), Action::RecordDecision, &of);
    requireNotMade(current, "a decision record is kept as it was made");
    rules::requireUnchanged("innovation", current.innovationId, edited.innovationId,
                            "a decision stays with its innovation");
    if (!sameRoute(current, edited))
        throw ConflictError("short notice cannot be edited directly: use decision exception or decision urgency");
    if (!sameRecord(current, edited))
        throw ConflictError("the decision record cannot be edited directly: use decision record once it is made");
    Decision updated = edited;
    validateDecision(updated, store_, change.today());
    store_.updateDecision(updated);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed(kDecisionEntity, updated.id, audit::fieldsOf(current, person), audit::fieldsOf(updated, person));
    change.commit();
    return updated;
}

namespace {

// The decision as it stands without a route: it must be a key decision whose notice is short, in a
// portfolio where the rule applies, for a route to be recorded.
void requireShortNotice(const Decision& current, Pence threshold, Nation nation) {
    if (nation == Nation::Wales)
        throw ConflictError("a Welsh portfolio has no Forward Plan check: the 28 clear days rule is England's, so " +
                            namedDecision(current) + " needs no general exception or special urgency");
    Decision bare = current;
    bare.route = ShortNoticeRoute::None;
    const NoticeCheck check = checkNotice(bare, threshold, nation);
    if (check.standing != NoticeStanding::Short)
        throw ConflictError(namedDecision(current) + ": " + describe(check, bare) +
                            "; it needs no general exception or special urgency");
}

}  // namespace

Decision Portfolio::markShortNotice(Id actor, Id decisionId, const Decision& route, const std::string& action) {
    Change change(*this, actor);
    const Decision current = decision(decisionId);
    const Innovation of = innovation(current.innovationId);
    require(change.actor(), Action::RecordDecision, &of);
    requireNotMade(current, "it is too late for " + action);
    requireShortNotice(current, store_.keyDecisionThreshold(), store_.nation());
    Decision updated = current;
    updated.route = route.route;
    updated.scrutinyChair = requireLine("scrutiny chair", route.scrutinyChair, kMaxName);
    updated.chairOn = route.chairOn;
    updated.urgencyReason = route.urgencyReason;
    validateDecision(updated, store_, change.today());
    store_.updateDecision(updated);
    change.changed(kDecisionEntity, updated.id, audit::fieldsOf(current, {}), audit::fieldsOf(updated, {}), action);
    change.commit();
    return updated;
}

Decision Portfolio::markGeneralException(Id actor, Id decisionId, const std::string& chair, Date on) {
    Decision route;
    route.route = ShortNoticeRoute::GeneralException;
    route.scrutinyChair = chair;
    route.chairOn = on;
    return markShortNotice(actor, decisionId, route, "general exception");
}

Decision Portfolio::markSpecialUrgency(Id actor, Id decisionId, const std::string& chair, Date on,
                                       const std::string& why) {
    Decision route;
    route.route = ShortNoticeRoute::SpecialUrgency;
    route.scrutinyChair = chair;
    route.chairOn = on;
    route.urgencyReason = requireText("why it cannot wait", why, kMaxReason);
    return markShortNotice(actor, decisionId, route, "special urgency");
}

Decision Portfolio::recordDecision(Id actor, Id decisionId, const Decision& record) {
    Change change(*this, actor);
    const Decision current = decision(decisionId);
    const Innovation of = innovation(current.innovationId);
    require(change.actor(), Action::RecordDecision, &of);
    requireNotMade(current, "its record is kept as it was made");
    if (!record.madeOn || record.madeOn->is_special())
        throw ValidationError("made on", "", "made on: the day the decision was made is required");
    Decision updated = current;
    updated.madeOn = record.madeOn;
    updated.decision = requireText("decision", record.decision, kMaxLongText);
    updated.reasons = requireText("reasons", record.reasons, kMaxLongText);
    updated.alternativesRejected = record.alternativesRejected;
    updated.conflictsDeclared = record.conflictsDeclared;
    updated.dispensation = record.dispensation;
    // The notice first: a general exception given for the day planned may not hold for the day made.
    const NoticeCheck check = checkNotice(updated, store_.keyDecisionThreshold(), store_.nation());
    if (check.standing == NoticeStanding::Short)
        throw ConflictError(namedDecision(current) + " is a key decision and its notice is short (" +
                            describe(check, updated) +
                            "): make it a general exception or special urgency before its record is made");
    validateDecision(updated, store_, change.today());
    store_.updateDecision(updated);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed(kDecisionEntity, updated.id, audit::fieldsOf(current, person), audit::fieldsOf(updated, person), "made");
    change.commit();
    return updated;
}

void Portfolio::setKeyDecisionThreshold(Id actor, Pence threshold) {
    Change change(*this, actor);
    require(change.actor(), Action::ManageSettings);
    if (threshold <= 0)
        throw ValidationError("key decision threshold", std::to_string(threshold),
                              "key decision threshold: give an amount above £0");
    const Pence current = store_.keyDecisionThreshold();
    store_.setKeyDecisionThreshold(threshold);
    change.record("settings", 0, "changed", "key decision threshold", formatPounds(current), formatPounds(threshold));
    change.commit();
}

void Portfolio::setNation(Id actor, Nation nation) {
    Change change(*this, actor);
    require(change.actor(), Action::ManageSettings);
    const Nation current = store_.nation();
    store_.setNation(nation);
    change.record("settings", 0, "changed", "nation", std::string(labelOf(current)), std::string(labelOf(nation)));
    change.commit();
}

}  // namespace innotrack
