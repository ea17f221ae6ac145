// The HTML page every report shares: escaping, and one self-contained A4 page with its style.
#pragma once

#include "reports/table.hpp"

#include <string>
#include <string_view>

namespace innotrack::reports::html {

// Text for element content and attribute values: & < > " ' become entities; bytes that are
// not valid UTF-8 and control characters (other than tab and new line) become U+FFFD, so every
// page stays well-formed XML whatever was stored.
std::string escape(std::string_view text);

struct Page {
    std::string title;     // plain text: the <title> and the heading
    std::string subtitle;  // plain text: the line under the heading
    std::string body;      // HTML, already escaped by the caller
    std::string footer;    // plain text: who made it and when
    std::string date;      // plain text: the report's day in words, printed at the foot of every page
};

// A complete HTML5 document, also well-formed XML (XHTML syntax), with no scripts, no external
// files and no network use: the style sheet is inline and sized for A4 paper in print, where
// every page's foot carries the title, the date and "Page N of M" (printed to PDF, or from a
// browser that prints page margins). The shared classes are listed in docs/REPORTS.md ("The HTML
// page").
std::string page(const Page& page);

// A report's table as class "data": the columns people read, numbers to the right; dates,
// numbers and labels on one line, only what people typed wraps.
std::string dataTable(const Table& table);

}  // namespace innotrack::reports::html
