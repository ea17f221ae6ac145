// A portfolio spanning three financial years (2024/25 to 2026/27, as of Friday 27 November 2026)
// whose trend was worked out by hand, quarter by quarter: shared by the contract suite (the
// backend's counts) and the reports tests (the trend report's figures and golden files).
#pragma once

#include "backend_under_test.hpp"
#include "records.hpp"

namespace innotrack::testing {

// Two innovations of ambition 1 led by cabinet member Bob: the seed's "Home care by video" (A)
// and "Falls sensors" (B). Quarter by quarter (right | wrong):
//   2024Q1  B's "Pick a supplier" on time 20 Jun (baseline 30 Jun); B Idea→Exploring 1 May  | 2 | 0
//   2024Q2  A's tablets lost 15 Aug, intelligent, with a lesson                           | 0 | 1
//   2024Q3  nothing                                                                       | 0 | 0
//   2024Q4  B's "Install" late 10 Feb 2025 (baseline 31 Dec); B's basic setback 10 Jan    | 1 | 1
//   2025Q1  B's benefit realised 1 Apr 2025 (the quarter's first day)                     | 1 | 0
//   2025Q2  B's "Evaluate" on time 30 Sep (its baseline: the same day); A Idea→Stopped
//           15 Jul is no advance                                                          | 1 | 0
//   2025Q3  B Exploring→Piloting 10 Oct; B's complex setback 10 Nov, with a lesson         | 1 | 1
//   2025Q4  B's second benefit realised 31 Mar 2026 (the quarter's last day)              | 1 | 0
//   2026Q1  B's intelligent setback 1 May, no lesson                                     | 0 | 1
//   2026Q2  nothing                                                                       | 0 | 0
//   2026Q3  to 27 Nov: B's "Report" late 5 Nov (baseline 31 Oct); A's basic setback 20 Nov,
//           with a lesson                                                                 | 1 | 1
// Before the three years, on 31 March 2024: a milestone done and a setback, counted nowhere.
// Risks: B's "Supplier fails" 4×4 (Critical) raised 1 Apr 2024, open; B's "Staff shortage" 3×3
// raised 1 Dec 2025, closed 5 Jan 2026.
// In all: 8 right (2 milestones on time, 2 late, 2 benefits, 2 advances), 5 wrong (2 basic,
// 1 complex, 2 intelligent), 3 of them with a lesson.
//
// Reviews recorded B's confidence Green (1 May 2025), Red (15 Nov 2025), Amber-Red (20 Nov 2026,
// still open) and Green on 1 Dec 2026 (after the day); A's Amber on 1 May 2025. The November 2025
// review was entered last, so its id is above the 2026 one's; an abandoned review recorded nothing.
struct TrendPortfolio {
    TestPortfolio portfolio;
    PortfolioStore& store = portfolio.store();
    Seed ids = seed(store);
    Id sensors = 0;
    Id may2025 = 0, november2025 = 0, november2026 = 0, december2026 = 0;

    TrendPortfolio();
};

inline const Date kTrendToday(2026, 11, 27);

}  // namespace innotrack::testing
