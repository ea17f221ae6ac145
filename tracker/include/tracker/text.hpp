// Checks on free text typed by users: length in characters (not bytes), valid UTF-8, and no
// control characters where they would break a table or a report.
#pragma once

#include "tracker/limits.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace innotrack {

// Number of Unicode code points, or npos if `text` is not valid UTF-8.
std::size_t utf8Length(std::string_view text);

// The offset of the first byte that does not begin a valid UTF-8 sequence (overlong forms,
// surrogates and code points past U+10FFFF are invalid), or npos when all of it is valid. Fast
// on ASCII, for checking whole files (a CSV import) before any cell is looked at.
std::size_t firstInvalidUtf8(std::string_view text);

// Nothing but spaces, tabs and line ends: what a required field left empty looks like.
bool isBlank(std::string_view text);

// A required one-line text: trims spaces at both ends, then requires 1..max characters, valid
// UTF-8 and no control characters. Returns the trimmed text; throws ValidationError otherwise.
std::string requireLine(std::string_view field, std::string_view text, std::size_t max = kMaxTitle);

// Like requireLine, but empty is allowed.
std::string optionalLine(std::string_view field, std::string_view text, std::size_t max = kMaxTitle);

// Free text that may span lines (tabs and new lines allowed), 0..max characters.
std::string optionalText(std::string_view field, std::string_view text, std::size_t max = kMaxText);

// Free text that may span lines, 1..max characters.
std::string requireText(std::string_view field, std::string_view text, std::size_t max = kMaxText);

// Where the first control character in `text` is, in words a person can find it by: "a line
// break at position 5", "a tab at position 2", "a control character at position 1" (positions
// count characters from 1). Line breaks and tabs are passed over when `allowLayout`; nullopt when
// there is none.
std::optional<std::string> controlCharacterIn(std::string_view text, bool allowLayout = false);

// A value typed by a person, to repeat in a message: 'like this', cut after 40 characters; or,
// when it holds a control character, which a terminal would act on rather than show, where that
// is ("a value with a control character at position 1").
std::string quotedValue(std::string_view text);

// Shortens `text` for display to at most `width` characters, ending with "…" when cut.
std::string ellipsize(std::string_view text, std::size_t width);

}  // namespace innotrack
