// A report as PDF: its HTML page printed by WeasyPrint (Debian's weasyprint), so the PDF has the
// same tables and SVG charts as the HTML, on A4, with its text selectable and its fonts embedded.
// Why WeasyPrint and not drawing each report again with cairo and pango: see docs/REPORTS.md.
#pragma once

#include <string>

namespace innotrack::reports {

// The PDF file's bytes for `htmlPage`, a page made by html::page (whose print style sheet puts the
// report's title, date and "Page N of M" at the foot of every page). Runs `weasyprint` from PATH
// in a folder of its own, removed after. Throws Error with a line a person can act on when
// WeasyPrint is not installed or fails.
std::string printPdf(const std::string& htmlPage);

}  // namespace innotrack::reports
