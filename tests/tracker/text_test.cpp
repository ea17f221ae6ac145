// Text rules: lengths in characters, UTF-8, control characters, trimming.
#include "tracker/errors.hpp"
#include "tracker/scales.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;

TEST_CASE("Length counts characters, not bytes", "[tracker][text]") {
    CHECK(utf8Length("Ynys M\xC3\xB4n") == 8);           // Welsh circumflex
    CHECK(utf8Length("\xF0\x9F\x9A\x80 launch") == 8);     // emoji, outside the basic plane
    CHECK(utf8Length("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") == 4);  // right-to-left Hebrew
    CHECK(utf8Length("\xC3") == std::string_view::npos);   // cut sequence
    CHECK(utf8Length("\xC0\xAF") == std::string_view::npos);  // overlong '/'
    CHECK(utf8Length("\xED\xA0\x80") == std::string_view::npos);  // UTF-16 surrogate
}

TEST_CASE("Titles of 1 and 200 characters pass, 0 and 201 do not", "[tracker][text]") {
    CHECK(requireLine("title", "A") == "A");
    CHECK(requireLine("title", std::string(200, 'x')).size() == 200);
    CHECK(requireLine("title", std::string(200, 'x') + "   ").size() == 200);  // trailing spaces trimmed
    CHECK_THROWS_WITH(requireLine("title", ""), "title must not be empty");
    CHECK_THROWS_WITH(requireLine("title", "   "), "title must not be empty");
    CHECK_THROWS_WITH(requireLine("title", std::string(201, 'x')),
                      Catch::StartsWith("title is 201 characters long; the most allowed is 200"));
    // 200 two-byte characters are 400 bytes but still within the limit.
    std::string accented;
    for (int i = 0; i < 200; ++i) accented += "\xC3\xA9";
    CHECK_NOTHROW(requireLine("title", accented));
    CHECK_THROWS_AS(requireLine("title", std::string(100000, 'y')), ValidationError);
}

TEST_CASE("Control characters and broken UTF-8 are refused", "[tracker][text]") {
    CHECK_THROWS_WITH(requireLine("title", "two\nlines"), "title: a line break at position 4 is not allowed (it must be one line)");
    CHECK_THROWS_WITH(requireLine("title", std::string("nul\0byte", 8)), "title: a control character at position 4 is not allowed (it must be one line)");
    CHECK_THROWS_WITH(requireLine("title", "bad \xFF byte"), "title: the text is not valid UTF-8");
    // Positions count characters as typed: the trimmed spaces and the two-byte "\xC5\xB5" count once each.
    CHECK_THROWS_WITH(requireLine("title", "  \xC5\xB5y\tx"), "title: a tab at position 5 is not allowed (it must be one line)");
    CHECK(quotedValue("2026-13-01") == "'2026-13-01'");
    CHECK(quotedValue("\x1B[2J2026") == "a value with a control character at position 1");
    CHECK(optionalText("summary", "two\nlines\tok") == "two\nlines\tok");
    CHECK_THROWS_AS(optionalText("summary", "bell\a"), ValidationError);
    CHECK(optionalLine("email", "") == "");
}

TEST_CASE("SQL-looking text is just text", "[tracker][text]") {
    CHECK(requireLine("title", "'); DROP TABLE innovations; --") == "'); DROP TABLE innovations; --");
}

TEST_CASE("Ellipsize cuts on character boundaries", "[tracker][text]") {
    CHECK(ellipsize("short", 10) == "short");
    CHECK(ellipsize("abcdefghij", 5) == "abcd\xE2\x80\xA6");
    CHECK(ellipsize("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\xC3\xA9\xE2\x80\xA6");
}

TEST_CASE("Scales parse keys and labels in any case", "[tracker][scales]") {
    CHECK(parseScale<Confidence>("confidence", "Amber/Green") == Confidence::AmberGreen);
    CHECK(parseScale<Confidence>("confidence", "amber-green") == Confidence::AmberGreen);
    CHECK(parseScale<Confidence>("confidence", "AMBER_RED") == Confidence::AmberRed);
    CHECK(parseScale<Stage>("stage", "Mainstreamed") == Stage::Mainstreamed);
    CHECK(parseScale<Role>("role", "Cabinet member") == Role::Cabinet);
    CHECK_THROWS_WITH(parseScale<Confidence>("confidence", "purple"),
                      "confidence: 'purple' is not one of green, amber-green, amber, amber-red or red");
    CHECK(keyOf(Proximity::ThisStage) == "this-stage");
    CHECK(labelOf(FailureKind::Intelligent) == "Intelligent failure");
}

TEST_CASE("Stage order: forward moves and active stages", "[tracker][scales]") {
    CHECK(isForward(Stage::Idea, Stage::Exploring));
    CHECK(isForward(Stage::Piloting, Stage::Mainstreamed));
    CHECK_FALSE(isForward(Stage::Scaling, Stage::Piloting));
    CHECK_FALSE(isForward(Stage::Piloting, Stage::Stopped));
    CHECK(isActive(Stage::Idea));
    CHECK_FALSE(isActive(Stage::Mainstreamed));
    CHECK_FALSE(isActive(Stage::Stopped));
}

TEST_CASE("The first invalid UTF-8 byte is found at its offset, past long ASCII runs", "[tracker][text]") {
    CHECK(firstInvalidUtf8("") == std::string_view::npos);
    CHECK(firstInvalidUtf8("Ynys M\xC3\xB4n, \xF0\x9F\x9A\x80") == std::string_view::npos);
    CHECK(firstInvalidUtf8("abc\xC3") == 3);                      // cut short at the end
    CHECK(firstInvalidUtf8("0123456789abcdef\xC0\xAF") == 16);    // overlong, after two ASCII words
    CHECK(firstInvalidUtf8("0123456\xED\xA0\x80xyz") == 7);       // a surrogate straddling a word
    CHECK(firstInvalidUtf8("\xF4\x90\x80\x80") == 0);             // past U+10FFFF
}
