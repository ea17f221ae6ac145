// Who is acting; see acting.hpp.
#include "tracker/acting.hpp"

#include "tracker/errors.hpp"

namespace innotrack {

Person actingPerson(const Portfolio& portfolio, const std::optional<ServerLogin>& signedIn,
                    const std::optional<std::string>& claimed) {
    if (!signedIn || signedIn->administrator) {
        if (!claimed || claimed->empty())
            throw ValidationError("as", "", "who is making this change? Name the person (their id or name)");
        return portfolio.person(*claimed);
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
