// What the Forward Plan and the decision record share: a record's labelled fields in Markdown and
// in HTML, leaving out empty ones, so each report lists its fields once (as a Record) for every format.
#pragma once

#include "reports/table.hpp"

#include <string>

namespace innotrack::reports::decision_pages {

// "- **Label:** value" lines, one per field with a value.
std::string markdownFields(const Record& record);
// A two-column table of label and value, one row per field with a value.
std::string htmlFields(const Record& record);
// The record as text within kTextWidth, leaving out empty fields.
std::string textFields(const Record& record);

inline constexpr std::size_t kTextWidth = 100;
// Words filled onto lines of at most kTextWidth (counted in bytes, so a line of accented text may
// fall a little short), each line ending '\n'.
std::string paragraph(const std::string& text);

// Said of every notice (reg. 9): other documents may be submitted, and copies can be asked for.
inline constexpr const char* kOtherDocuments =
    "Other documents relevant to the matter may be submitted to the decision maker; copies of them and of the "
    "documents listed can be asked for where shown.";

}  // namespace innotrack::reports::decision_pages
