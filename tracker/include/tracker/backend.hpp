// The backend bundle: everything a program needs from wherever a portfolio is kept (the store,
// every query port, "has anything changed", where it lives), opened from one location string.
// Each backend (storage/ for files, storage_pg/ for a server) implements it; only the programs'
// main() functions choose one. tests/contract/ is what every backend must pass.
#pragma once

#include "tracker/board_queries.hpp"
#include "tracker/changes.hpp"
#include "tracker/checklist_queries.hpp"
#include "tracker/stage_board_queries.hpp"
#include "tracker/store.hpp"
#include "tracker/tally_queries.hpp"
#include "tracker/trend_queries.hpp"

#include <memory>
#include <optional>
#include <string>

namespace innotrack {

// What a program opens a portfolio for; the backend checks the location fits it.
enum class OpenPurpose {
    Read,          // an existing portfolio, to read (an older one is upgraded first, after a backup)
    Write,         // an existing portfolio, to read and change
    Create,        // a new, empty portfolio; refused where one already is
    CreateOrFill,  // a new portfolio, or an existing one that nobody has been added to yet (the demo)
};

// The login a server authenticated for this connection.
struct ServerLogin {
    std::string login;
    // The portfolio's administrator (the server's superuser, or the owner of its tables): sets a
    // portfolio up, copies and restores it, and acts for whoever it names, as on a file.
    bool administrator = false;
};

// One open portfolio. Every port is the backend's own and lives as long as the bundle.
class PortfolioBackend {
public:
    virtual ~PortfolioBackend() = default;

    virtual PortfolioStore& store() = 0;
    virtual const TallyQueries& tallyQueries() const = 0;
    virtual const TrendQueries& trendQueries() const = 0;
    virtual const BoardQueries& boardQueries() const = 0;
    virtual const StageBoardQueries& stageBoardQueries() const = 0;
    virtual const ChecklistQueries& checklistQueries() const = 0;

    // The kinds of record changed by commits through any other connection (another program,
    // another desk) since the previous call; the first call compares with the moment of opening.
    // Changes made through this bundle's own store do not count. Empty when nothing changed. A
    // backend that cannot tell what changed answers Changes::all() (a file: SQLite only says that
    // another connection committed); one that can (a server's notices name the tables) answers at
    // least every kind that changed, and may answer more.
    virtual Changes changedSinceLastLook() = 0;

    // False once the connection to a server has been lost (a file is never lost this way).
    virtual bool connected() const = 0;
    // After a lost connection: connects again, as the same login, and returns whether it did.
    // Whatever was not committed when the connection went is gone; what was is all there.
    virtual bool reconnect() = 0;

    // Who connected, when the backend knows (a server does; a file cannot): then the acting
    // person is the one bound to that login, whatever anyone claims (tracker/acting.hpp).
    virtual std::optional<ServerLogin> serverLogin() const = 0;
    // The operating-system account and computer a change here is recorded as made from: on a
    // file, this program's; none on a server, which vouches for the login instead.
    virtual std::optional<DeskAccount> deskAccount() const = 0;

    // Where the portfolio lives, as a person would recognise it and the app's settings remember
    // it: a file's absolute path, or a description such as "demo portfolio (in memory, not saved)".
    virtual std::string location() const = 0;

    // A consistent copy of the whole portfolio, taken while others may be writing, into a new
    // portfolio file at `path` (refused if something is already there).
    virtual void backupTo(const std::string& path) const = 0;
};

// Opens portfolios from location strings. The programs' main() functions pass one in; nothing
// else knows which backends exist.
class PortfolioOpener {
public:
    virtual ~PortfolioOpener() = default;

    // Throws NotFound when there is no portfolio where one should be, ConflictError when Create
    // finds something already there, and StorageError when the location cannot be used (not a
    // portfolio, from a newer innotrack, a kind of location this program cannot open).
    virtual std::unique_ptr<PortfolioBackend> open(const std::string& location, OpenPurpose purpose) const = 0;
    // An empty portfolio that lives only as long as the bundle (the app's demo, trying things).
    virtual std::unique_ptr<PortfolioBackend> openScratch() const = 0;
};

// What a location string names: a file path, or a database server (a libpq URI such as
// postgresql://host/council).
enum class LocationKind { File, Server };

// "postgresql://…" and "postgres://…" are servers; anything else of the form "word://…" is refused
// with StorageError (a URL is never a file name); everything else is a file path.
LocationKind locationKind(const std::string& location);

}  // namespace innotrack
