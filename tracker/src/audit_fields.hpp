// Each record's fields as the audit trail shows them (its labelled fields, tracker/record_fields.hpp),
// and the differences between two versions.
#pragma once

#include "tracker/audit.hpp"
#include "tracker/decision.hpp"
#include "tracker/delivery.hpp"
#include "tracker/idea.hpp"
#include "tracker/engagement.hpp"
#include "tracker/innovation.hpp"
#include "tracker/people.hpp"
#include "tracker/review.hpp"
#include "tracker/risk.hpp"
#include "tracker/setback.hpp"

#include <functional>
#include <string>
#include <vector>

namespace innotrack::audit {

// Turns a linked record's id into words ("Cllr Jane Hughes (#2)"); "" for none.
using Describe = std::function<std::string(OptionalId)>;

// How a record's links to people and ambitions are put in words; without one, a linked record is
// shown by its number ("risk 4").
struct Describers {
    Describe person;
    Describe ambition;
};

FieldValues fieldsOf(const Person& person);
FieldValues fieldsOf(const Ambition& ambition);
FieldValues fieldsOf(const Innovation& innovation, const Describe& person, const Describe& ambition);
FieldValues fieldsOf(const Milestone& milestone);
FieldValues fieldsOf(const Risk& risk, const Describe& person);
FieldValues fieldsOf(const Setback& setback);
FieldValues fieldsOf(const Lesson& lesson);
FieldValues fieldsOf(const Benefit& benefit);
FieldValues fieldsOf(const Engagement& engagement, const Describe& person);
FieldValues fieldsOf(const ReviewEntry& entry);
FieldValues fieldsOf(const Idea& idea, const Describe& person, const Describe& ambition);
FieldValues fieldsOf(const IdeaScore& score);
FieldValues fieldsOf(const Decision& decision, const Describe& person);

struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
};

// Fields whose value differs, in the order of `after`.
std::vector<FieldChange> differences(const FieldValues& before, const FieldValues& after);

// A number without trailing zeros: 12.5, not 12.500000.
std::string formatNumber(double value);

}  // namespace innotrack::audit
