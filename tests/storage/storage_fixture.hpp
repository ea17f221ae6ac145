// Helpers for the storage tests: temporary folders, raw file bytes, a seeded portfolio, record text.
#pragma once

#include "storage/sqlite_store.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace innotrack::storage::testing {

// A fresh folder under the system's temporary directory, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

std::string fileBytes(const std::string& path);
void writeBytes(const std::string& path, const std::string& bytes);
unsigned permissionsOf(const std::string& path);  // e.g. 0600

// Runs SQL on a file behind the store's back (foreign keys off, as another program might).
void rawExec(const std::string& path, const std::string& sql);
int rawInt(const std::string& path, const std::string& sql);

// One record of each linked kind, so tests can add the rest.
struct Seed {
    Id leader = 0;
    Id cabinet = 0;
    Id officer = 0;
    Id ambition = 0;
    Id innovation = 0;
};
Seed seed(PortfolioStore& store);

Person samplePerson(const std::string& name, Role role);
Innovation sampleInnovation(const Seed& ids, const std::string& title);
Milestone sampleMilestone(Id innovationId, const std::string& title, Date due);
Risk sampleRisk(const Seed& ids, const std::string& title);
Setback sampleSetback(const Seed& ids, const std::string& whatHappened, Date on);
Lesson sampleLesson(const Seed& ids, const std::string& whatHappened);
AuditEntry sampleAudit(Id actorId, const std::string& entity, Id entityId, const std::string& action);

// Every field of a record as one line, so a round trip compares whole records and a failure
// shows which field differs.
std::string fieldsOf(const Person& record);
std::string fieldsOf(const Ambition& record);
std::string fieldsOf(const Innovation& record);
std::string fieldsOf(const StageChange& record);
std::string fieldsOf(const Milestone& record);
std::string fieldsOf(const MilestoneMove& record);
std::string fieldsOf(const Benefit& record);
std::string fieldsOf(const Risk& record);
std::string fieldsOf(const Setback& record);
std::string fieldsOf(const Lesson& record);
std::string fieldsOf(const Review& record);
std::string fieldsOf(const ReviewEntry& record);
std::string fieldsOf(const AuditEntry& record);

// A long run of non-ASCII text: `characters` code points of Welsh, each 1 or 2 bytes.
std::string longWelshText(std::size_t characters);

}  // namespace innotrack::storage::testing
