// Words for SQLite's result codes: what happened to the portfolio file and what the user can do.
#include "errors.hpp"

#include "desk_account.hpp"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace innotrack::storage::detail {

namespace {

std::string quoted(std::string_view path) {
    return "'" + std::string(path) + "'";
}

// The part of SQLite's message after "constraint failed: ", which names the column or the check.
std::string constraintDetail(std::string_view message) {
    const auto colon = message.find(": ");
    return colon == std::string_view::npos ? std::string(message) : std::string(message.substr(colon + 2));
}

// "people.name" becomes "name", "review_entries.review_id, review_entries.innovation_id" becomes
// "review id and innovation id".
std::string columnWords(std::string_view message) {
    std::string detail = constraintDetail(message);
    std::string words;
    std::size_t start = 0;
    while (start <= detail.size()) {
        std::size_t end = detail.find(", ", start);
        if (end == std::string::npos) end = detail.size();
        std::string column = detail.substr(start, end - start);
        const auto dot = column.find('.');
        if (dot != std::string::npos) column = column.substr(dot + 1);
        for (char& c : column)
            if (c == '_') c = ' ';
        if (!words.empty()) words += " and ";
        words += column;
        start = end + 2;
    }
    return words;
}

std::string constraintReason(int extendedCode, std::string_view message) {
    switch (extendedCode) {
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return "it refers to a record that does not exist (" + std::string(message) + ")";
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return "a record with the same " + columnWords(message) + " already exists";
        case SQLITE_CONSTRAINT_CHECK:
            return "a value is not allowed: " + constraintDetail(message);
        case SQLITE_CONSTRAINT_NOTNULL:
            return "a required value is missing: " + constraintDetail(message);
        case SQLITE_CONSTRAINT_TRIGGER:
            return std::string(message);  // our triggers RAISE sentences meant for people
        default:
            return "the change breaks a rule of the portfolio file (" + std::string(message) + ")";
    }
}

// Who "you" are in a refusal of permissions: the computer's account, since that is what the file's
// permissions were checked against (not the person named with --as).
std::string forYou() {
    return "read-only for you (account '" + thisComputersAccount().osUser + "')";
}

// A file or folder the user may read but not write: whoever looks after it can change that, and a
// copy works meanwhile. A whole sentence, since the reason is the same whatever was being done.
std::string readOnlyForYou(int extendedCode, std::string_view path) {
    // Without write access to the folder SQLite cannot make the working files it keeps beside the
    // portfolio (-wal, -shm), so even reading stops: tried with a folder of mode 0555.
    if (extendedCode == SQLITE_READONLY_DIRECTORY || extendedCode == SQLITE_READONLY_CANTINIT) {
        const auto slash = path.rfind('/');
        const std::string_view folder = slash == std::string_view::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
        return "The folder " + quoted(folder) + " that holds the portfolio file " +
               quoted(path) + " is " + forYou() +
               ", and innotrack keeps its working files beside the portfolio: ask whoever looks after it for "
               "write access to the folder, or work on a copy";
    }
    return "The portfolio file " + quoted(path) + " is " + forYou() +
           ": ask whoever looks after it for write access, or work on a copy";
}

}  // namespace

std::string reasonFor(int extendedCode, std::string_view sqliteMessage, std::string_view path) {
    const std::string code = " (error code " + std::to_string(extendedCode) + ")";
    // No room for the shared-memory index next to the file is a full disk too, found while opening
    // (tests/reliability/bad_files_test.cpp); "check the disk" and a code left the user guessing.
    if (extendedCode == SQLITE_IOERR_SHMSIZE)
        return "the disk is full: free some space next to " + quoted(path) + " and try again";
    switch (extendedCode & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "the portfolio file " + quoted(path) +
                   " is busy: another innotrack is writing to it; try again";
        case SQLITE_READONLY:
            return readOnlyForYou(extendedCode, path);
        case SQLITE_FULL:
            return "the disk is full: free some space next to " + quoted(path) + " and try again";
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return quoted(path) + " is damaged or not an innotrack portfolio: restore it from a backup" + code;
        case SQLITE_IOERR:
            return quoted(path) + " could not be read or written: check the disk and try again" + code;
        case SQLITE_CANTOPEN:
            return quoted(path) + " could not be opened: check the folder exists and you may read and write it";
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return "no permission to use " + quoted(path) + ": check the file's permissions";
        case SQLITE_NOMEM:
            return "the computer ran out of memory: close other programs and try again";
        case SQLITE_CONSTRAINT:
            return constraintReason(extendedCode, sqliteMessage);
        default:
            return "the portfolio file reported '" + std::string(sqliteMessage) + "'" + code;
    }
}

StorageError storageError(const SQLite::Exception& failure, std::string_view path, std::string_view doing,
                          bool openedReadOnly) {
    // An exception SQLiteCpp (or Connection) raises with a result code of its own carries no
    // extended code: the primary one still says what happened.
    const int code = failure.getExtendedErrorCode() >= 0 ? failure.getExtendedErrorCode() : failure.getErrorCode();
    if ((code & 0xff) == SQLITE_READONLY) {
        if (openedReadOnly)
            return StorageError("Could not " + std::string(doing) + ": " + quoted(path) +
                                    " was opened read-only; open it for writing to make changes",
                                code);
        return StorageError(readOnlyForYou(code, path), code);
    }
    // SQLiteCpp raises its own misuse errors with code -1; those are our bugs, said plainly.
    const std::string reason =
        code < 0 ? "innotrack went wrong (" + std::string(failure.what()) + "); please report this, with the command"
                   " you ran"
                 : reasonFor(code, failure.what(), path);
    return StorageError("Could not " + std::string(doing) + ": " + reason, code);
}

}  // namespace innotrack::storage::detail
