// Fuzz target: the other values people type. Money either parses to whole pence within
// £0..£100 billion that are written back and read again unchanged, or is refused; a scale word
// either names a value whose key and label name it too, or is refused; free text is either
// cleaned to what the limits allow or refused. Only ValidationError may be thrown.
//
// The first byte chooses the parser (and, for text, the limit); the rest is the text.
#include "property.hpp"

#include "tracker/errors.hpp"
#include "tracker/limits.hpp"
#include "tracker/money.hpp"
#include "tracker/scales.hpp"
#include "tracker/text.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace innotrack;
using innotrack::fuzz::require;

void checkMoney(std::string_view text) {
    Pence pence = 0;
    try {
        pence = parsePounds("--budget", text);
    } catch (const ValidationError& error) {
        require(error.field() == "--budget", "refused money names its field");
        return;
    }
    require(pence >= 0 && pence <= kMaxBudgetPence, "money is between £0 and £100 billion");
    const std::string written = formatPounds(pence);
    require(parsePounds("--budget", written) == pence, "written money reads back as itself");
    require(written.rfind("\xC2\xA3", 0) == 0, "money is written with the pound sign");
}

template <typename E>
void checkScale(std::string_view text) {
    E value{};
    try {
        value = parseScale<E>("--scale", text);
    } catch (const ValidationError& error) {
        require(error.field() == "--scale", "a refused scale word names its field");
        return;
    }
    require(keyOf(value) != "?" && labelOf(value) != "?", "a parsed scale value has a key and a label");
    require(parseScale<E>("--scale", keyOf(value)) == value, "a key reads back as its value");
    require(parseScale<E>("--scale", labelOf(value)) == value, "a label reads back as its value");
}

void checkScales(std::uint8_t which, std::string_view text) {
    switch (which % 9) {
        case 0: checkScale<Role>(text); break;
        case 1: checkScale<Stage>(text); break;
        case 2: checkScale<Confidence>(text); break;
        case 3: checkScale<FailureKind>(text); break;
        case 4: checkScale<RiskStatus>(text); break;
        case 5: checkScale<RiskResponse>(text); break;
        case 6: checkScale<Proximity>(text); break;
        case 7: checkScale<LessonSource>(text); break;
        default: checkScale<RiskBand>(text); break;
    }
}

bool hasControl(std::string_view text, bool multiline) {
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool allowed = multiline && (c == '\n' || c == '\t' || c == '\r');
        if ((u < 0x20 || u == 0x7F) && !allowed) return true;
    }
    return false;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One of the four text checks, with a limit of 0 to 31 characters so the fuzzer reaches it.
void checkText(std::uint8_t which, std::string_view text) {
    const std::size_t max = which & 0x1Fu;
    const bool multiline = (which & 0x20u) != 0;
    const bool required = (which & 0x40u) != 0;
    std::string clean;
    try {
        if (multiline)
            clean = required ? requireText("--what", text, max) : optionalText("--what", text, max);
        else
            clean = required ? requireLine("--title", text, max) : optionalLine("--title", text, max);
    } catch (const ValidationError& error) {
        require(error.field() == (multiline ? "--what" : "--title"), "refused text names its field");
        const std::string message = error.what();
        require(utf8Length(message) != std::string_view::npos, "the message about refused text is valid UTF-8");
        require(!hasControl(message, false), "the message about refused text has no control characters");
        return;
    }
    const std::size_t length = utf8Length(clean);
    require(length != std::string_view::npos, "accepted text is valid UTF-8");
    require(length <= max && (!required || length >= 1), "accepted text is within its limits");
    require(!hasControl(clean, multiline), "accepted text has no control characters");
    require(clean.empty() || (!isSpace(clean.front()) && !isSpace(clean.back())), "accepted text is trimmed");
    require(text.find(clean) != std::string_view::npos, "accepted text is the input, trimmed");
    const std::string again =
        multiline ? optionalText("--what", clean, max) : optionalLine("--title", clean, max);
    require(again == clean, "cleaning accepted text again changes nothing");
    for (std::size_t width = 0; width < 4; ++width) {
        const std::string shortened = ellipsize(clean, width);
        require(utf8Length(shortened) <= width, "shortened text fits its width");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t which = data[0];
    const std::string_view text = innotrack::fuzz::asText(data + 1, size - 1);
    switch (which >> 6) {
        case 0: checkMoney(text); break;
        case 1: checkScales(which, text); break;
        default: checkText(which, text); break;
    }
    return 0;
}
