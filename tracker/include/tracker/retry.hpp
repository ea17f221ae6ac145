// Making a change again when another desk's change collided with it (BusyError): the whole unit of
// work, reads included, from the start, so it is decided on what is stored now.
#pragma once

#include "tracker/errors.hpp"

#include <chrono>
#include <thread>

namespace innotrack {

// Enough for eight desks writing the same records at once (tests/storage_pg), few enough that a
// person waiting is told within a second or two.
inline constexpr int kBusyAttempts = 8;

// Waits a little longer after each collision, by an amount that differs from desk to desk so two
// that collided do not collide again in step.
void waitBeforeRetry(int attempt);

// Runs `work` and returns what it returns; after a BusyError runs it again, up to `attempts` times
// in all, then lets the last BusyError through. `work` must begin and end its own transaction.
template <typename Work>
auto retryWhenBusy(Work&& work, int attempts = kBusyAttempts) -> decltype(work()) {
    for (int attempt = 1;; ++attempt) {
        try {
            return work();
        } catch (const BusyError&) {
            if (attempt >= attempts) throw;
        }
        waitBeforeRetry(attempt);
    }
}

}  // namespace innotrack
