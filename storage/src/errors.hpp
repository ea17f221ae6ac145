// Turns SQLite's failures into StorageErrors that keep the extended code and say what to do.
#pragma once

#include "tracker/errors.hpp"

#include <string>
#include <string_view>

namespace SQLite {
class Exception;
}

namespace innotrack::storage::detail {

// "Could not <doing>: <reason in words>". `path` names the file in the reason where it helps;
// `openedReadOnly` says a refused write was our own choice of mode, not the file's permissions.
StorageError storageError(const SQLite::Exception& failure, std::string_view path, std::string_view doing,
                          bool openedReadOnly = false);

// The reason alone, for a result code (extended or primary) with SQLite's own message.
std::string reasonFor(int extendedCode, std::string_view sqliteMessage, std::string_view path);

}  // namespace innotrack::storage::detail
