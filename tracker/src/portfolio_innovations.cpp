// The service's innovation operations: add, edit and move between stages.
#include "portfolio_change.hpp"

namespace innotrack {
namespace {

// The lead named in `field`, which must be a person of the portfolio; nullopt for none.
std::optional<Person> lead(const PortfolioStore& store, const std::string& field, OptionalId id) {
    if (!id) return std::nullopt;
    auto person = store.findPerson(*id);
    if (!person) throw ValidationError(field, std::to_string(*id), field + ": there is no person with id " + std::to_string(*id));
    return person;
}

void validateInnovation(Innovation& innovation, const PortfolioStore& store, const Innovation& before) {
    innovation.title = requireLine("title", innovation.title);
    innovation.summary = optionalText("summary", innovation.summary);
    innovation.inspiredBy = optionalText("inspired by", innovation.inspiredBy, kMaxConcern);
    innovation.expectedBenefits = optionalText("expected benefits", innovation.expectedBenefits);
    innovation.publicDescription =
        optionalText("public description", innovation.publicDescription, kMaxPublicDescription);
    requireNoProblems(problemsOf(innovation));
    rules::requireWellbeingTagsAllowed(store, before, innovation, "innovation");
    if (innovation.ambitionId && !store.findAmbition(*innovation.ambitionId))
        throw ValidationError("ambition", std::to_string(*innovation.ambitionId),
                              "ambition: there is no ambition with id " + std::to_string(*innovation.ambitionId));
    const auto cabinetLead = lead(store, "cabinet lead", innovation.cabinetLeadId);
    const auto leadOfficer = lead(store, "lead officer", innovation.leadOfficerId);
    requireNoProblems(leadProblems(cabinetLead ? &*cabinetLead : nullptr, leadOfficer ? &*leadOfficer : nullptr));
}

}  // namespace

Innovation Portfolio::addInnovation(Id actor, const Innovation& innovation, std::optional<Date> stageSince) {
    Change change(*this, actor);
    require(change.actor(), Action::AddInnovation);
    Innovation created = innovation;
    created.id = 0;
    if (created.stage == Stage::Stopped)
        throw ValidationError("stage", "stopped", "stage: a new innovation cannot start as Stopped");
    created.stopReason.clear();
    validateInnovation(created, store_, Innovation{});
    // Without a day it reached its stage (the register import has none), nothing is assumed.
    const bool arrived = stageSince.has_value();
    const Date since = stageSince.value_or(Date());
    if (arrived) {
        rules::requireNotFuture("stage since", since, change.today());
        if (created.startDate && since < *created.startDate)
            throw ValidationError("stage since", formatDate(since),
                                  "stage since: " + formatDate(since) + " is before the innovation started (" +
                                      formatDate(created.startDate) + ")");
    }
    created.id = store_.insertInnovation(created);
    change.added("innovation", created.id,
                 audit::fieldsOf(created, [&](OptionalId id) { return change.describePerson(id); },
                                 [&](OptionalId id) { return change.describeAmbition(id); }));
    if (arrived) {
        // Where it stood when it was entered: dated, so later changes follow it, and no advance.
        StageChange entered;
        entered.innovationId = created.id;
        entered.from = created.stage;
        entered.to = created.stage;
        entered.changedOn = since;
        entered.actorId = change.actor().id;
        store_.insertStageChange(entered);
        change.record("innovation", created.id, "entered at stage", "stage", "",
                      std::string(labelOf(created.stage)) + " since " + formatDate(since));
    }
    change.commit();
    return created;
}

Innovation Portfolio::updateInnovation(Id actor, const Innovation& edited) {
    Change change(*this, actor);
    const Innovation current = innovation(edited.id);
    require(change.actor(), Action::EditInnovation, &current);
    rules::requireUnchanged("stage", current.stage, edited.stage, "move the innovation to another stage instead");
    rules::requireUnchanged("stop reason", current.stopReason, edited.stopReason,
                            "it is given when the innovation is stopped");
    Innovation updated = edited;
    validateInnovation(updated, store_, current);
    store_.updateInnovation(updated);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    const auto ambition = [&](OptionalId id) { return change.describeAmbition(id); };
    change.changed("innovation", updated.id, audit::fieldsOf(current, person, ambition),
                   audit::fieldsOf(updated, person, ambition));
    change.commit();
    return updated;
}

Innovation Portfolio::changeStage(Id actor, Id innovationId, Stage to, const std::string& reason,
                                  std::optional<Date> on) {
    Change change(*this, actor);
    Innovation current = innovation(innovationId);
    require(change.actor(), Action::ChangeStage, &current);
    if (const auto refusal = stageChangeRefusal(current)) throw ConflictError(*refusal);
    if (current.stage == to)
        throw ValidationError("stage", std::string(keyOf(to)),
                              "stage: '" + current.title + "' is already at stage " + std::string(labelOf(to)));
    const Date day = on.value_or(change.today());
    rules::requireNotFuture("date", day, change.today());
    const auto history = store_.listStageChanges(current.id);  // by date, then id: the last is the latest
    if (!history.empty() && day < history.back().changedOn)
        throw ValidationError("date", formatDate(day),
                              "date: " + formatDate(day) + " is before '" + current.title + "' last changed stage (to " +
                                  std::string(labelOf(history.back().to)) + " on " +
                                  formatDate(history.back().changedOn) +
                                  "); enter stage changes in the order they happened");
    const std::string why = optionalText("reason", reason, kMaxReason);
    if (to == Stage::Stopped && why.empty())
        throw ValidationError("reason", "", "reason: stopping an innovation needs a reason, saying why it stopped");

    StageChange move;
    move.innovationId = current.id;
    move.from = current.stage;
    move.to = to;
    move.changedOn = day;
    move.reason = why;
    move.actorId = change.actor().id;
    store_.insertStageChange(move);

    Innovation updated = current;
    updated.stage = to;
    if (to == Stage::Stopped) updated.stopReason = why;
    store_.updateInnovation(updated);
    change.record("innovation", current.id, "stage changed", "stage", std::string(labelOf(current.stage)),
                  std::string(labelOf(to)) + " on " + formatDate(day));
    if (!why.empty()) change.record("innovation", current.id, "stage changed", "reason", "", why);
    change.commit();
    return updated;
}

}  // namespace innotrack
