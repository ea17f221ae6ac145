// Test support: portfolio files at an older schema, so upgrades can be exercised. Not for the programs.
#pragma once

#include <string>

namespace innotrack::storage::testing {

// Creates a new portfolio file at `path` with the migrations up to `schemaVersion` applied
// (1 .. SqliteStore::currentSchemaVersion()). Refuses an existing path, as CreateNew does.
void createAtVersion(const std::string& path, int schemaVersion);

}  // namespace innotrack::storage::testing
