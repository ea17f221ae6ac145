// Helpers for the SQLite storage tests: raw file bytes and SQL behind the store's back; the
// backend-neutral ones (temporary folders, sample records, record text) are in tests/support.
#pragma once

#include "backend_under_test.hpp"
#include "records.hpp"
#include "storage/sqlite_store.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace innotrack::storage::testing {

using TempDir = innotrack::testing::TemporaryFolder;
using innotrack::testing::Seed;
using innotrack::testing::seed;
using innotrack::testing::samplePerson;
using innotrack::testing::sampleInnovation;
using innotrack::testing::sampleMilestone;
using innotrack::testing::sampleRisk;
using innotrack::testing::sampleSetback;
using innotrack::testing::sampleLesson;
using innotrack::testing::sampleAnswer;
using innotrack::testing::sampleAudit;
using innotrack::testing::fieldsOf;
using innotrack::testing::longWelshText;

std::string fileBytes(const std::string& path);
void writeBytes(const std::string& path, const std::string& bytes);
unsigned permissionsOf(const std::string& path);  // e.g. 0600

// Runs SQL on a file behind the store's back (foreign keys off, as another program might).
void rawExec(const std::string& path, const std::string& sql);
int rawInt(const std::string& path, const std::string& sql);

}  // namespace innotrack::storage::testing
