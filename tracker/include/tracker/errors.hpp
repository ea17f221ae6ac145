// The typed errors the domain raises. Each carries a message a councillor can act on.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace innotrack {

// Base of every error innotrack raises on purpose; anything else is a bug.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Input that breaks a rule of the domain: the field that was wrong, the value given, and why.
class ValidationError : public Error {
public:
    ValidationError(std::string field, std::string value, const std::string& message)
        : Error(message), field_(std::move(field)), value_(std::move(value)) {}
    const std::string& field() const noexcept { return field_; }
    const std::string& value() const noexcept { return value_; }

private:
    std::string field_;
    std::string value_;
};

// The acting person's role does not allow the change.
class PermissionDenied : public Error {
public:
    using Error::Error;
};

// A record named by id or name does not exist.
class NotFound : public Error {
public:
    using Error::Error;
};

// The change is well formed but conflicts with the current state (a closed review, an innovation
// that is stopped, a risk that has already occurred).
class ConflictError : public Error {
public:
    using Error::Error;
};

// The storage backend failed: the file could not be opened, read or written. `code` keeps the
// backend's own error code (SQLite's extended result code) for diagnosis.
class StorageError : public Error {
public:
    StorageError(const std::string& message, int code = 0) : Error(message), code_(code) {}
    int code() const noexcept { return code_; }

private:
    int code_;
};

// Someone at another desk changed the same records at the same moment, and the backend undid
// this change rather than overwrite theirs: the same change, made again from the start, may land.
// retryWhenBusy (tracker/retry.hpp) does that a few times before giving up.
class BusyError : public StorageError {
public:
    using StorageError::StorageError;
};

}  // namespace innotrack
