// The service's risk, setback and lesson operations: what might go wrong, what did, and what
// was learned from it.
#include "portfolio_change.hpp"

#include <algorithm>
#include <cctype>

namespace innotrack {
namespace {

void validateRisk(Risk& risk, const PortfolioStore& store, Date today) {
    risk.title = requireLine("title", risk.title);
    risk.cause = optionalText("cause", risk.cause, kMaxLongText);
    risk.event = optionalText("event", risk.event, kMaxLongText);
    risk.effect = optionalText("effect", risk.effect, kMaxLongText);
    risk.mitigation = optionalText("mitigation", risk.mitigation, kMaxLongText);
    requireNoProblems(problemsOf(risk));
    const auto owner = store.findPerson(risk.ownerId);
    if (!owner)
        throw ValidationError("owner", std::to_string(risk.ownerId),
                              "owner: there is no person with id " + std::to_string(risk.ownerId));
    if (owner->role == Role::Viewer)
        throw ValidationError("owner", owner->name, "owner: " + owner->name + " is a viewer and cannot own a risk");
    rules::requireNotFuture("raised on", risk.raisedOn, today);
}

void validateSetback(Setback& setback, Date today) {
    setback.whatHappened = requireText("what happened", setback.whatHappened, kMaxLongText);
    setback.response = optionalText("response", setback.response, kMaxLongText);
    rules::requireNotFuture("date", setback.occurredOn, today);
    requireNoProblems(problemsOf(setback));
}

std::vector<std::string> normaliseTags(const std::vector<std::string>& tags) {
    std::vector<std::string> out;
    for (const auto& raw : tags) {
        std::string tag = requireLine("tag", raw, kMaxTag);
        std::transform(tag.begin(), tag.end(), tag.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        if (tag.find(',') != std::string::npos)
            throw ValidationError("tag", tag, "tag: '" + tag + "' contains a comma; give tags separately");
        if (std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(tag);
    }
    return out;
}

void validateLesson(Lesson& lesson, const PortfolioStore& store, Date today) {
    lesson.whatHappened = requireText("what happened", lesson.whatHappened, kMaxLongText);
    lesson.effect = optionalText("effect", lesson.effect, kMaxLongText);
    lesson.cause = optionalText("cause", lesson.cause, kMaxLongText);
    lesson.earlyWarnings = optionalText("early warning signs", lesson.earlyWarnings, kMaxLongText);
    lesson.recommendation = requireText("recommendation", lesson.recommendation, kMaxLongText);
    lesson.tags = normaliseTags(lesson.tags);
    rules::requireNotFuture("recorded on", lesson.recordedOn, today);
    if (lesson.setbackId) {
        const auto setback = store.findSetback(*lesson.setbackId);
        if (!setback || setback->innovationId != lesson.innovationId)
            throw ValidationError("setback", std::to_string(*lesson.setbackId),
                                  "setback: innovation " + std::to_string(lesson.innovationId) +
                                      " has no setback with id " + std::to_string(*lesson.setbackId));
        lesson.source = LessonSource::Setback;  // naming the setback says where the lesson came from
        if (lesson.recordedOn < setback->occurredOn)
            throw ValidationError("recorded on", formatDate(lesson.recordedOn),
                                  "recorded on: " + formatDate(lesson.recordedOn) + " is before setback " +
                                      std::to_string(setback->id) + " happened (" + formatDate(setback->occurredOn) +
                                      "); a lesson is learned after what it learns from");
    }
    requireNoProblems(problemsOf(lesson));
}

}  // namespace

Risk Portfolio::addRisk(Id actor, const Risk& risk) {
    Change change(*this, actor);
    rules::deliveryInnovation(*this, change.actor(), risk.innovationId);
    Risk created = risk;
    created.id = 0;
    created.status = RiskStatus::Open;
    created.closedOn.reset();
    created.setbackId.reset();
    if (created.raisedOn.is_special()) created.raisedOn = change.today();
    validateRisk(created, store_, change.today());
    created.id = store_.insertRisk(created);
    change.added("risk", created.id, audit::fieldsOf(created, [&](OptionalId id) { return change.describePerson(id); }));
    change.commit();
    return created;
}

Risk Portfolio::updateRisk(Id actor, const Risk& edited) {
    Change change(*this, actor);
    const Risk current = risk(edited.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    rules::requireUnchanged("innovation", current.innovationId, edited.innovationId, "a risk stays with its innovation");
    rules::requireUnchanged("status", current.status, edited.status, "close the risk, or record that it occurred");
    rules::requireUnchanged("closed on", current.closedOn, edited.closedOn, "close the risk instead");
    rules::requireUnchanged("setback", current.setbackId, edited.setbackId, "record that the risk occurred instead");
    Risk updated = edited;
    validateRisk(updated, store_, change.today());
    store_.updateRisk(updated);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed("risk", updated.id, audit::fieldsOf(current, person), audit::fieldsOf(updated, person));
    change.commit();
    return updated;
}

Risk Portfolio::closeRisk(Id actor, Id riskId, std::optional<Date> on) {
    Change change(*this, actor);
    const Risk current = risk(riskId);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    if (current.status != RiskStatus::Open)
        throw ConflictError("Risk " + std::to_string(riskId) + " '" + current.title + "' is already " +
                            std::string(keyOf(current.status)));
    Risk updated = current;
    updated.status = RiskStatus::Closed;
    updated.closedOn = on.value_or(change.today());
    rules::requireNotFuture("closed on", *updated.closedOn, change.today());
    if (*updated.closedOn < current.raisedOn)
        throw ValidationError("closed on", formatDate(updated.closedOn),
                              "closed on: " + formatDate(updated.closedOn) + " is before the risk was raised (" +
                                  formatDate(current.raisedOn) + ")");
    store_.updateRisk(updated);
    change.record("risk", riskId, "closed", "status", "Open", "Closed on " + formatDate(updated.closedOn));
    change.commit();
    return updated;
}

Setback Portfolio::riskOccurred(Id actor, Id riskId, const Setback& setback) {
    Setback linked = setback;
    linked.innovationId = risk(riskId).innovationId;
    linked.riskId = riskId;
    return logSetback(actor, linked);
}

Setback Portfolio::logSetback(Id actor, const Setback& setback) {
    Change change(*this, actor);
    rules::deliveryInnovation(*this, change.actor(), setback.innovationId);
    Setback created = setback;
    created.id = 0;
    created.loggedById = change.actor().id;
    validateSetback(created, change.today());

    std::optional<Risk> occurred;
    if (created.riskId) {
        occurred = store_.findRisk(*created.riskId);
        if (!occurred || occurred->innovationId != created.innovationId)
            throw ValidationError("risk", std::to_string(*created.riskId),
                                  "risk: innovation " + std::to_string(created.innovationId) +
                                      " has no risk with id " + std::to_string(*created.riskId));
        if (created.occurredOn < occurred->raisedOn)
            throw ValidationError("date", formatDate(created.occurredOn),
                                  "date: the setback on " + formatDate(created.occurredOn) + " is before risk " +
                                      std::to_string(occurred->id) + " was raised (" + formatDate(occurred->raisedOn) +
                                      ")");
        if (occurred->status == RiskStatus::Occurred)
            throw ConflictError("Risk " + std::to_string(occurred->id) + " '" + occurred->title +
                                "' already occurred as setback " + std::to_string(occurred->setbackId.value_or(0)));
    }
    created.id = store_.insertSetback(created);
    change.added("setback", created.id, audit::fieldsOf(created));

    if (occurred) {
        // A foreseen risk that happened counts once, through this setback.
        Risk updated = *occurred;
        updated.status = RiskStatus::Occurred;
        updated.closedOn = created.occurredOn;
        updated.setbackId = created.id;
        store_.updateRisk(updated);
        change.record("risk", updated.id, "occurred", "status", std::string(labelOf(occurred->status)),
                      "Occurred on " + formatDate(created.occurredOn) + " as setback " + std::to_string(created.id));
    }
    change.commit();
    return created;
}

Setback Portfolio::updateSetback(Id actor, const Setback& edited) {
    Change change(*this, actor);
    const Setback current = setback(edited.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    rules::requireUnchanged("innovation", current.innovationId, edited.innovationId,
                            "a setback stays with its innovation");
    rules::requireUnchanged("risk", current.riskId, edited.riskId, "the link is made when the setback is logged");
    Setback updated = edited;
    updated.loggedById = current.loggedById;
    validateSetback(updated, change.today());
    store_.updateSetback(updated);
    change.changed("setback", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated));
    change.commit();
    return updated;
}

Lesson Portfolio::addLesson(Id actor, const Lesson& lesson) {
    Change change(*this, actor);
    rules::deliveryInnovation(*this, change.actor(), lesson.innovationId);
    Lesson created = lesson;
    created.id = 0;
    created.recordedById = change.actor().id;
    if (created.recordedOn.is_special()) created.recordedOn = change.today();
    validateLesson(created, store_, change.today());
    created.id = store_.insertLesson(created);
    change.added("lesson", created.id, audit::fieldsOf(created));
    change.commit();
    return created;
}

Lesson Portfolio::updateLesson(Id actor, const Lesson& edited) {
    Change change(*this, actor);
    const Lesson current = lesson(edited.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    rules::requireUnchanged("innovation", current.innovationId, edited.innovationId,
                            "a lesson stays with its innovation");
    Lesson updated = edited;
    updated.recordedById = current.recordedById;
    validateLesson(updated, store_, change.today());
    store_.updateLesson(updated);
    change.changed("lesson", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated));
    change.commit();
    return updated;
}

}  // namespace innotrack
