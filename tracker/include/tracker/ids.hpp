// Record identifiers: positive integers assigned by storage, shown to users as plain numbers.
#pragma once

#include <cstdint>
#include <optional>

namespace innotrack {

using Id = std::int64_t;
using OptionalId = std::optional<Id>;

// Whole pence: money is never a floating-point number.
using Pence = std::int64_t;

}  // namespace innotrack
