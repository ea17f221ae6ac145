// Who is acting (DOMAIN.md "Shared portfolios and who is acting"). On a file, the person claimed
// (--as, or the person picked in the app); where the computer's account is a person's login, a
// claim to be somebody else is refused unless that account is the leader's, and no claim at all
// means its person. On a server, the person bound to the login the server authenticated: a
// claim to be anybody else is refused, and a login bound to nobody may only read; only the
// portfolio's administrator acts for whoever it names, as on a file.
#pragma once

#include "tracker/backend.hpp"
#include "tracker/portfolio.hpp"

#include <optional>
#include <string>

namespace innotrack {

// `claimed` is a person's id or name, or nullopt when nobody was named. Throws NotFound for an
// unknown claim, PermissionDenied when the server's login or the computer's account forbids the
// claim (or the login binds nobody), and ValidationError (field "as") when someone must be named
// and nobody was.
Person actingPerson(const Portfolio& portfolio, const std::optional<ServerLogin>& signedIn,
                    const std::optional<std::string>& claimed);

// On a file: the person whose login is the computer's account (portfolio.deskAccount()), if any.
std::optional<Person> personAtTheDesk(const Portfolio& portfolio);

// On a file: why the computer's account may not act as `person`, in words; "" when it may.
std::string deskRefusal(const Portfolio& portfolio, const Person& person);

}  // namespace innotrack
