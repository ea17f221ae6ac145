// Words broken onto lines for the text reports, which stay within kTallyTextWidth (100) columns.
#pragma once

#include <ostream>
#include <string>

namespace innotrack::reports::detail {

// Breaks `text` at spaces so no line passes 100 columns: the first line starts with `first`, the
// others with `indent`. Widths are counted in characters, not bytes.
void wrapped(std::ostream& out, const std::string& text, const std::string& first, const std::string& indent);

}  // namespace innotrack::reports::detail
