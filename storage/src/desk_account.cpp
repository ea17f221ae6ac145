// The desk's account; see desk_account.hpp. POSIX calls, not environment variables: $USER is
// whatever the caller set, the password database is what the system says.
#include "desk_account.hpp"

#include <pwd.h>
#include <unistd.h>

#include <array>
#include <vector>

namespace innotrack::storage::detail {

namespace {

std::string userName() {
    const uid_t uid = geteuid();
    long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? static_cast<std::size_t>(suggested) : 16384);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found != nullptr && found->pw_name)
        return found->pw_name;
    return "uid " + std::to_string(uid);
}

std::string hostName() {
    std::array<char, 256> name{};
    if (gethostname(name.data(), name.size() - 1) != 0) return "";
    return name.data();
}

}  // namespace

const DeskAccount& thisComputersAccount() {
    static const DeskAccount account{userName(), hostName()};
    return account;
}

}  // namespace innotrack::storage::detail
