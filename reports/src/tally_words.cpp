// The tally's figures in words: ratios, shares and counts as a cabinet paper writes them.
#include "reports/tally_report.hpp"

#include "tracker/errors.hpp"

#include <array>
#include <utility>

namespace innotrack::reports {
namespace {

constexpr std::array<std::pair<std::string_view, TallyGrouping>, 5> kGroupings{{
    {"none", TallyGrouping::None},
    {"ambition", TallyGrouping::Ambition},
    {"cabinet", TallyGrouping::Cabinet},
    {"innovation", TallyGrouping::Innovation},
    {"quarter", TallyGrouping::Quarter},
}};

// Went right per wrong in tenths, rounded half away from zero, in whole numbers so 0.05 steps
// never fall the wrong way through floating point.
std::int64_t ratioTenths(const TallyCounts& counts) {
    const std::int64_t wrong = counts.wentWrong();
    return (counts.wentRight() * 20 + wrong) / (2 * wrong);
}

std::string tenthsWords(std::int64_t tenths) { return thousands(tenths / 10) + "." + std::to_string(tenths % 10); }

std::string things(std::int64_t count) { return thousands(count) + (count == 1 ? " thing" : " things"); }

}  // namespace

std::string thousands(std::int64_t number) {
    const bool negative = number < 0;
    std::string digits = std::to_string(negative ? -number : number);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
    return negative ? "-" + digits : digits;
}

std::string bandWords(const std::array<std::int64_t, 4>& openByBand) {
    const auto count = [&](RiskBand band) {
        return thousands(openByBand[static_cast<std::size_t>(band)]) + " " + std::string(labelOf(band));
    };
    return count(RiskBand::Critical) + ", " + count(RiskBand::High) + ", " + count(RiskBand::Moderate) + " and " +
           count(RiskBand::Low);
}

std::optional<double> ratioOf(const TallyCounts& counts) {
    if (counts.wentWrong() == 0) return std::nullopt;
    return static_cast<double>(ratioTenths(counts)) / 10.0;
}

std::string ratioWords(const TallyCounts& counts) {
    const std::int64_t right = counts.wentRight();
    if (counts.wentWrong() > 0) return tenthsWords(ratioTenths(counts)) + " right for every 1 wrong";
    if (right > 0) return things(right) + " went right and nothing was logged as going wrong";
    if (counts.risksRaised > 0) return "Nothing was logged as going right or wrong in this period";
    return "Nothing was recorded in this period";
}

std::string ratioCell(const TallyCounts& counts) {
    if (counts.wentWrong() > 0) return tenthsWords(ratioTenths(counts)) + " : 1";
    if (counts.wentRight() > 0) return thousands(counts.wentRight()) + " : 0";
    return "\xE2\x80\x93";  // an en dash: nothing to compare
}

Share shareOf(std::int64_t count, std::int64_t of) {
    Share share{count, of, std::nullopt, "no setbacks"};
    if (of <= 0) return share;
    share.percent = static_cast<int>((count * 200 + of) / (2 * of));
    share.words = thousands(count) + " of " + thousands(of) + (of == 1 ? " setback (" : " setbacks (") +
                  std::to_string(*share.percent) + "%)";
    return share;
}

TallyGrouping parseTallyGrouping(std::string_view text, std::string_view field) {
    for (const auto& [key, grouping] : kGroupings)
        if (text == key) return grouping;
    throw ValidationError(std::string(field), std::string(text.substr(0, 40)),
                          std::string(field) + ": '" + std::string(text.substr(0, 40)) +
                              "' is not a way to break down the tally (expected ambition, cabinet, innovation or "
                              "quarter)");
}

std::string_view groupingKey(TallyGrouping grouping) {
    for (const auto& [key, known] : kGroupings)
        if (known == grouping) return key;
    return "none";
}

}  // namespace innotrack::reports
