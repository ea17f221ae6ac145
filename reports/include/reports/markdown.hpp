// Markdown for reports: escaping people's text, and a generic Table as a pipe table.
#pragma once

#include "reports/table.hpp"

#include <string>
#include <string_view>

namespace innotrack::reports::markdown {

// Text that Markdown shows as written: its punctuation (* _ [ ] # | < > and the rest)
// backslash-escaped and line breaks turned into spaces, so a title never starts a list, a
// heading, a link or a new table row.
std::string escape(std::string_view text);

// A GitHub-flavoured pipe table of the columns shown in text, cells as people read them
// (Cell::display), numbers aligned right. An empty table is its header alone.
std::string table(const Table& table);

}  // namespace innotrack::reports::markdown
