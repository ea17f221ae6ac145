// The shared portfolio's schema steps and what a database holds before we use it.
#pragma once

#include "pq.hpp"

namespace innotrack::storage_pg {

struct DatabaseState {
    bool empty = false;      // no tables at all in the schema we use
    bool innotrack = false;  // holds innotrack's schema marker
    int version = 0;         // the schema version, when it does
};

int currentSchemaVersion();

// Looks, changing nothing.
DatabaseState inspect(pq::Connection& connection);

// Brings an empty database, or an innotrack one at an older schema, up to `targetVersion` in one
// transaction (all steps land or none). Refuses, changing nothing, a database holding other
// tables. Throws pq::Failure or StorageError.
void migrate(pq::Connection& connection, int targetVersion);

}  // namespace innotrack::storage_pg
