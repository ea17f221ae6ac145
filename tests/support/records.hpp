// Sample records for tests that write straight to a store, and every field of a record as one
// line, so a round trip compares whole records and a failure shows which field differs.
#pragma once

#include "tracker/store.hpp"

#include <string>

namespace innotrack::testing {

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
ChecklistAnswer sampleAnswer(Id leader, const std::string& key, Answer answer, Date on, const std::string& evidence);
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
std::string fieldsOf(const ChecklistAnswer& record);

// A long run of non-ASCII text: `characters` code points of Welsh, each 1 or 2 bytes.
std::string longWelshText(std::size_t characters);

}  // namespace innotrack::testing
