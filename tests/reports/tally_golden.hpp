// The fixed portfolio behind the tally's golden files, and the golden-file comparison itself.
// Regenerate the files after an intended change with UPDATE_GOLDEN=1 (see docs/REPORTS.md).
#pragma once

#include "tally_fixture.hpp"

#include <string>

namespace innotrack::testing {

// A year of events in 2026/27 with every kind of record, a quarter (Q2) with no setback while
// risks were open, and an innovation whose title holds HTML, Markdown and CSV punctuation.
void addGoldenEvents(TallyPortfolio& p);

// The report the golden files hold: 2026/27 made on 20 May 2027, a row per innovation.
reports::TallyReport goldenReport(const TallyPortfolio& p);

// Compares `actual` with tests/reports/golden/`name` byte for byte; with UPDATE_GOLDEN=1 in the
// environment it rewrites the file instead. Returns an empty string when they match, else a
// line saying where they first differ.
std::string compareWithGolden(const std::string& name, const std::string& actual);

}  // namespace innotrack::testing
