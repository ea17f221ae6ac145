// A synthetic council portfolio at scale N, built in memory from a fixed seed, for the benchmark.
#pragma once

#include "tracker/audit.hpp"
#include "tracker/delivery.hpp"
#include "tracker/innovation.hpp"
#include "tracker/people.hpp"
#include "tracker/review.hpp"
#include "tracker/risk.hpp"
#include "tracker/setback.hpp"

#include <cstdint>
#include <vector>

namespace innotrack::bench {

// Every record carries the id the store will give it (tables start empty and number from 1), so
// risks and setbacks can name each other before either is written.
struct SyntheticPortfolio {
    std::vector<Person> people;
    std::vector<Ambition> ambitions;
    std::vector<Innovation> innovations;
    std::vector<StageChange> stageChanges;
    std::vector<Milestone> milestones;
    std::vector<MilestoneMove> milestoneMoves;
    std::vector<Benefit> benefits;
    std::vector<Risk> risks;
    std::vector<Setback> setbacks;
    std::vector<Lesson> lessons;
    std::vector<Review> reviews;  // weekly, closed, over the last year: the board reads "new since"
    std::vector<ReviewEntry> reviewEntries;  // a few innovations assessed at each review
    // What the app would have recorded as the records above were added, in the order they were:
    // each setback and lesson "added", each review "started" and "closed" (the entries the board's
    // "new since the last review" reads, tracker/new_since.hpp). Other records' entries are left
    // out, to keep the load's size near the records'.
    std::vector<AuditEntry> audit;

    std::size_t rowCount() const;
};

// The day the portfolio is "as of": nothing is dated after it. The benchmark runs the reports
// with INNOTRACK_TODAY set to the same day, so every run sees the same figures.
Date syntheticToday();

// N innovations with 8-12 milestones, 3-7 risks, 0-4 setbacks of every kind, lessons and
// benefits each; a year of closed weekly reviews; N/25 officers (at least 4), cabinet members and ambitions; start dates spread
// over five financial years. The same N and seed always give the same portfolio.
SyntheticPortfolio generatePortfolio(int innovations, std::uint32_t seed);

// The audit trail of `portfolio`'s setbacks, lessons and reviews (SyntheticPortfolio::audit), by
// time (synthetic_audit.cpp).
std::vector<AuditEntry> syntheticAuditTrail(const SyntheticPortfolio& portfolio);

}  // namespace innotrack::bench
