// Validation of text typed by people. Lengths count characters, so a Welsh place name with
// accents or an emoji counts as what a person sees, not as bytes.
#include "tracker/text.hpp"

#include "tracker/errors.hpp"

#include <cstdint>
#include <cstring>

namespace innotrack {
namespace {

// Length in bytes of the UTF-8 sequence starting at `text[i]`, 0 if it is not valid
// (overlong forms, surrogates and code points past U+10FFFF are invalid).
std::size_t sequenceLength(std::string_view text, std::size_t i, std::uint32_t& codePoint) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        codePoint = (codePoint << 6) | (byte(i + k) & 0x3Fu);
    }
    static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kSmallest[length] || codePoint > 0x10FFFF ||
        (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

std::string_view trim(std::string_view text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

// The byte offset of the first control character, or npos; line breaks and tabs are passed over
// when `allowLayout`.
std::size_t firstControl(std::string_view text, bool allowLayout) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7F) continue;
        if (allowLayout && (c == '\n' || c == '\r' || c == '\t')) continue;
        return i;
    }
    return std::string_view::npos;
}

// "a line break at position 5" for the control character at byte `at` of `text`.
std::string controlWords(std::string_view text, std::size_t at) {
    std::size_t position = 1;
    for (std::size_t i = 0; i < at; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++position;  // a character's first byte
    const char c = text[at];
    const char* what = c == '\n' || c == '\r' ? "a line break" : c == '\t' ? "a tab" : "a control character";
    return std::string(what) + " at position " + std::to_string(position);
}

std::string preview(std::string_view text, std::size_t shown) {
    if (text.size() <= shown) return std::string(text);
    std::size_t cut = shown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

// Free text that is too long is quoted in part; the line breaks and tabs it may hold are shown as
// spaces, so the message stays one line (other control characters were refused before).
std::string printable(std::string_view text) {
    std::string out = preview(text, 30);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

std::string check(std::string_view field, std::string_view raw, std::size_t min, std::size_t max,
                  bool multiline) {
    const std::string_view text = trim(raw);
    const std::size_t length = utf8Length(text);
    const std::string name(field);
    if (length == std::string_view::npos)
        throw ValidationError(name, std::string(raw), name + ": the text is not valid UTF-8");
    // The position counts from the start of what was typed, spaces trimmed off it included.
    if (const std::size_t at = firstControl(text, multiline); at != std::string_view::npos)
        throw ValidationError(name, std::string(raw),
                              name + ": " + controlWords(raw, static_cast<std::size_t>(text.data() - raw.data()) + at) +
                                  " is not allowed" + (multiline ? "" : " (it must be one line)"));
    if (length < min) throw ValidationError(name, std::string(raw), name + " must not be empty");
    if (length > max)
        throw ValidationError(name, std::string(raw),
                              name + " is " + std::to_string(length) + " characters long; the most allowed is " +
                                  std::to_string(max) + " ('" + printable(text) + "')");
    return std::string(text);
}

}  // namespace

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::size_t utf8Length(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        std::uint32_t codePoint = 0;
        const std::size_t length = sequenceLength(text, i, codePoint);
        if (length == 0) return std::string_view::npos;
        i += length;
    }
    return count;
}

std::size_t firstInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Most text is ASCII: skip it eight bytes at a time.
        while (i + 8 <= text.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, 8);
            if ((word & 0x8080808080808080ULL) != 0) break;
            i += 8;
        }
        if (i >= text.size()) break;
        std::uint32_t codePoint = 0;
        const std::size_t length = sequenceLength(text, i, codePoint);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

std::string requireLine(std::string_view field, std::string_view text, std::size_t max) {
    return check(field, text, 1, max, false);
}

std::string optionalLine(std::string_view field, std::string_view text, std::size_t max) {
    return check(field, text, 0, max, false);
}

std::string optionalText(std::string_view field, std::string_view text, std::size_t max) {
    return check(field, text, 0, max, true);
}

std::string requireText(std::string_view field, std::string_view text, std::size_t max) {
    return check(field, text, 1, max, true);
}

std::optional<std::string> controlCharacterIn(std::string_view text, bool allowLayout) {
    const std::size_t at = firstControl(text, allowLayout);
    if (at == std::string_view::npos) return std::nullopt;
    return controlWords(text, at);
}

std::string quotedValue(std::string_view text) {
    if (const auto control = controlCharacterIn(text)) return "a value with " + *control;
    return "'" + preview(text, 40) + "'";
}

std::string ellipsize(std::string_view text, std::size_t width) {
    if (width == 0) return "";
    const std::size_t length = utf8Length(text);
    if (length == std::string_view::npos || length <= width) return std::string(text);
    // Keep width - 1 characters, then the ellipsis.
    std::size_t i = 0;
    for (std::size_t kept = 0; kept + 1 < width; ++kept) {
        std::uint32_t codePoint = 0;
        i += sequenceLength(text, i, codePoint);
    }
    return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
}

}  // namespace innotrack
