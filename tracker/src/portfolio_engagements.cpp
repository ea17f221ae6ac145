// The service's engagement operations (DOMAIN.md "Taking people with you"): recorded by those who
// may change the innovation's delivery records, checked and audited like them.
#include "portfolio_change.hpp"

namespace innotrack {
namespace {

void validateEngagement(Engagement& engagement, const PortfolioStore& store, Date today) {
    rules::requireNotFuture("date", engagement.heldOn, today);
    if (!store.findPerson(engagement.ledById))
        throw ValidationError("led by", std::to_string(engagement.ledById),
                              "led by: there is no person with id " + std::to_string(engagement.ledById));
    engagement.concerns = optionalText("concerns raised", engagement.concerns, kMaxLongText);
    engagement.response = optionalText("response", engagement.response, kMaxLongText);
    requireNoProblems(problemsOf(engagement));
}

}  // namespace

Engagement Portfolio::addEngagement(Id actor, const Engagement& engagement) {
    Change change(*this, actor);
    rules::deliveryInnovation(*this, change.actor(), engagement.innovationId);
    Engagement created = engagement;
    created.id = 0;
    validateEngagement(created, store_, change.today());
    created.id = store_.insertEngagement(created);
    change.added("engagement", created.id,
                 audit::fieldsOf(created, [&](OptionalId id) { return change.describePerson(id); }));
    change.commit();
    return created;
}

Engagement Portfolio::updateEngagement(Id actor, const Engagement& edited) {
    Change change(*this, actor);
    const Engagement current = engagement(edited.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    rules::requireUnchanged("innovation", current.innovationId, edited.innovationId,
                            "an engagement stays with its innovation");
    Engagement updated = edited;
    validateEngagement(updated, store_, change.today());
    store_.updateEngagement(updated);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed("engagement", updated.id, audit::fieldsOf(current, person), audit::fieldsOf(updated, person));
    change.commit();
    return updated;
}

}  // namespace innotrack
