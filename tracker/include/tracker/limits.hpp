// Every limit the domain puts on a value, written once. The service, `check`, the CSV import and
// the portfolio document read them here; tests/storage/schema_limits_test.cpp holds the schema's
// CHECK constraints to them. The lists of keys a scale may take are the Scale<E> tables of
// scales.hpp (and checklist.hpp), which the same test holds the schema to.
#pragma once

#include "tracker/ids.hpp"

#include <cstddef>

namespace innotrack {

// ---- text, in characters (tracker/text.hpp counts them) ------------------------------------
inline constexpr std::size_t kMaxTitle = 200;     // titles, a cabinet member's brief, a benefit's measure
inline constexpr std::size_t kMaxName = 120;      // a person's name
inline constexpr std::size_t kMaxEmail = 254;     // the longest address mail systems deliver
inline constexpr std::size_t kMaxLogin = 63;      // the longest name PostgreSQL gives a role
inline constexpr std::size_t kMaxText = 4000;     // descriptions, summaries, expected benefits
inline constexpr std::size_t kMaxEvidence = kMaxText;  // the leader's evidence for a checklist answer
inline constexpr std::size_t kMaxLongText = 2000; // risk, setback, lesson and review-entry texts
inline constexpr std::size_t kMaxReason = 1000;   // why a stage changed or a milestone moved
inline constexpr std::size_t kMaxConcern = 1000;  // an ambition's community concern, "inspired by"
inline constexpr std::size_t kMaxUnit = 40;       // a benefit's unit
inline constexpr std::size_t kMaxTag = 40;        // one lesson tag
inline constexpr std::size_t kMaxPublicDescription = kMaxText;  // an innovation described for residents

// ---- whole numbers, both ends allowed -------------------------------------------------------
inline constexpr int kHighestPriority = 1;
inline constexpr int kLowestPriority = 5;

// Likelihood and impact (DOMAIN.md "Risk").
inline constexpr int kMinScale = 1;
inline constexpr int kMaxScale = 5;
// A risk's score, and so the lines between the risk bands.
inline constexpr int kMinRiskScore = kMinScale * kMinScale;
inline constexpr int kMaxRiskScore = kMaxScale * kMaxScale;

// The year an ambition looks to. A council's long-term plan is written now and looks 10 to 30
// years ahead, so 2000 to 2100 holds every real horizon and catches a slip of the keyboard
// (2405, 245). Schema 1's CHECK allows 1900 to 2200: the schema is frozen in councils' files, so
// it stays wider and tracker is the rule (`check` reports a stored year outside this range).
inline constexpr int kMinHorizonYear = 2000;
inline constexpr int kMaxHorizonYear = 2100;

inline constexpr Pence kMaxBudgetPence = 100'000'000'000LL * 100;  // £100 billion
inline constexpr int kMaxStaffDays = 1'000'000;

}  // namespace innotrack
