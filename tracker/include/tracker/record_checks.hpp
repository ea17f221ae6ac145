// Each record's own rules, written once: the ranges of its numbers (tracker/limits.hpp), the
// fields that must agree with each other, and the leads an innovation may have. The service
// refuses a change that breaks one, `check` reports a stored record that does and a restore
// refuses a document that holds one, all in the same words. Rules that need the clock ("not in
// the future"), the operation (a new innovation cannot start stopped) or other records (a unique
// name, a link that goes both ways) stay with whoever has those.
#pragma once

#include "tracker/decision.hpp"
#include "tracker/delivery.hpp"
#include "tracker/idea.hpp"
#include "tracker/engagement.hpp"
#include "tracker/innovation.hpp"
#include "tracker/people.hpp"
#include "tracker/review.hpp"
#include "tracker/risk.hpp"
#include "tracker/setback.hpp"

#include <string>
#include <vector>

namespace innotrack {

struct FieldProblem {
    std::string key;      // the field's stable key, as the portfolio document names it: "target_date"
    std::string field;    // the field in words, as the service's errors name it: "target date"
    std::string value;    // the value found, as text
    std::string why;      // what is wrong, without the field: "2026-01-01 is before the start date 2026-04-01"
    std::string message;  // the service's sentence: "target date: 2026-01-01 is before the start date 2026-04-01"
};
using FieldProblems = std::vector<FieldProblem>;

FieldProblems problemsOf(const Person& person);
FieldProblems problemsOf(const Ambition& ambition);
FieldProblems problemsOf(const Innovation& innovation);
FieldProblems problemsOf(const Risk& risk);
FieldProblems problemsOf(const Setback& setback);
FieldProblems problemsOf(const Lesson& lesson);
FieldProblems problemsOf(const Benefit& benefit);
FieldProblems problemsOf(const Engagement& engagement);
FieldProblems problemsOf(const Review& review);
// tracker/src/idea.cpp: the fields an idea's status needs (a promoted idea its innovation, a
// declined one its reason, a parked one its day to look again) and the order of its dates.
FieldProblems problemsOf(const Idea& idea);
// tracker/src/decision.cpp: its decision maker (a person, or a body with its members), the order
// of its days, the route a short notice takes (the general exception's five clear days) and its record.
FieldProblems problemsOf(const Decision& decision);

// An innovation's leads against mayBeCabinetLead and mayBeLeadOfficer; null for a lead the
// innovation does not have (or one the caller could not find).
FieldProblems leadProblems(const Person* cabinetLead, const Person* leadOfficer);

// Throws the first problem as ValidationError(field, value, message); nothing when there is none.
void requireNoProblems(const FieldProblems& problems);

// "6 is out of range; it must be 1 to 5": a whole number outside its limits, in the words every
// reader of numbers (the service, the CSV import, the portfolio document) uses.
std::string outOfRange(long long value, long long min, long long max);

}  // namespace innotrack
