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

std::string preview(std::string_view text) {
    constexpr std::size_t kShown = 30;
    if (text.size() <= kShown) return std::string(text);
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

// A preview that is safe to print: control characters shown as '?'.
std::string printable(std::string_view text) {
    std::string out = preview(text);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
    return out;
}

std::string check(std::string_view field, std::string_view raw, std::size_t min, std::size_t max,
                  bool multiline) {
    const std::string_view text = trim(raw);
    const std::size_t length = utf8Length(text);
    const std::string name(field);
    if (length == std::string_view::npos)
        throw ValidationError(name, std::string(raw), name + ": the text is not valid UTF-8");
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool allowedSpace = multiline && (c == '\n' || c == '\t' || c == '\r');
        if ((u < 0x20 || u == 0x7F) && !allowedSpace)
            throw ValidationError(name, std::string(raw),
                                  name + ": '" + printable(text) + "' contains a control character" +
                                      (multiline ? "" : " (it must be one line)"));
    }
    if (length < min) throw ValidationError(name, std::string(raw), name + " must not be empty");
    if (length > max)
        throw ValidationError(name, std::string(raw),
                              name + " is " + std::to_string(length) + " characters long; the most allowed is " +
                                  std::to_string(max) + " ('" + printable(text) + "')");
    return std::string(text);
}

}  // namespace

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
