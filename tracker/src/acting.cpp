// Who is acting; see acting.hpp.
#include "tracker/acting.hpp"

#include "tracker/errors.hpp"

namespace innotrack {

std::optional<Person> personAtTheDesk(const Portfolio& portfolio) {
    const auto& desk = portfolio.deskAccount();
    if (!desk || desk->osUser.empty()) return std::nullopt;
    return portfolio.store().findPersonByLogin(desk->osUser);
}

std::string deskRefusal(const Portfolio& portfolio, const Person& person) {
    const auto atTheDesk = personAtTheDesk(portfolio);
    if (!atTheDesk || atTheDesk->id == person.id || atTheDesk->role == Role::Leader) return "";
    return "This computer's account '" + portfolio.deskAccount()->osUser + "' is " + atTheDesk->name +
           "'s login, so changes made from it are " + atTheDesk->name + "'s, not " + person.name +
           "'s; only the leader's account may record changes for someone else";
}

Person actingPerson(const Portfolio& portfolio, const std::optional<ServerLogin>& signedIn,
                    const std::optional<std::string>& claimed) {
    if (!signedIn || signedIn->administrator) {
        const bool named = claimed && !claimed->empty();
        if (!named) {
            if (const auto atTheDesk = signedIn ? std::nullopt : personAtTheDesk(portfolio)) return *atTheDesk;
            throw ValidationError("as", "", "who is making this change? Name the person (their id or name)");
        }
        Person person = portfolio.person(*claimed);
        if (!signedIn)
            if (const std::string refusal = deskRefusal(portfolio, person); !refusal.empty())
                throw PermissionDenied(refusal);
        return person;
    }
    const auto bound = portfolio.store().findPersonByLogin(signedIn->login);
    if (!bound)
        throw PermissionDenied("You are signed in to the shared portfolio as '" + signedIn->login +
                               "', which is nobody's login in it, so you may only read; the leader can add it: "
                               "innotrack person update ID --login " + signedIn->login);
    if (claimed && !claimed->empty()) {
        const Person named = portfolio.person(*claimed);
        if (named.id != bound->id)
            throw PermissionDenied("On a shared portfolio you act as yourself: you are signed in as '" +
                                   signedIn->login + "' (" + bound->name + "), not as " + named.name);
    }
    return *bound;
}

}  // namespace innotrack
