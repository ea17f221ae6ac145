// The tally's two charts, drawn with reports/src/svg.hpp: every number in them comes from the
// report model, so the charts and the tables cannot disagree.
#include "tally_svg.hpp"

#include "svg.hpp"
#include "tally_fields.hpp"

#include "reports/html.hpp"

#include <algorithm>
#include <array>

namespace innotrack::reports::detail {
namespace {

using namespace svg;

std::string num(long long value) { return std::to_string(value); }

struct BandStyle {
    const char* fill;
    const char* name;
};

BandStyle bandStyle(RiskBand band) {
    switch (band) {
        case RiskBand::Low: return {"#d3f0dc", "Low"};
        case RiskBand::Moderate: return {"#fff0b3", "Moderate"};
        case RiskBand::High: return {"#ffd0a1", "High"};
        case RiskBand::Critical: break;
    }
    return {"#f7b7b2", "Critical"};
}

}  // namespace

std::string quarterChartSvg(const TallyReport& report) {
    constexpr double kWidth = 680, kHeight = 214, kLeft = 44, kRight = 8, kTop = 30, kBottom = 38;
    const double plotWidth = kWidth - kLeft - kRight;
    const double plotHeight = kHeight - kTop - kBottom;
    std::int64_t highest = 0;
    for (const auto& quarter : report.quarters)
        highest = std::max({highest, quarter.counts.wentRight(), quarter.counts.wentWrong()});
    const std::int64_t step = tickStep(std::max<std::int64_t>(highest, 1));
    // One step of headroom when the tallest bar reaches a gridline, so its count never meets the legend.
    std::int64_t top = ((std::max<std::int64_t>(highest, 1) + step - 1) / step) * step;
    if (top == highest) top += step;
    const auto y = [&](std::int64_t value) {
        return kTop + plotHeight - plotHeight * static_cast<double>(value) / static_cast<double>(top);
    };

    std::string out =
        open(kWidth, kHeight, "chart-title", "Went right against went wrong in each quarter", "quarter-chart");
    // Legend
    out += rect(kLeft, 8, 12, 12, kRightColour) + text(kLeft + 17, 18, "Went right", "start");
    out += rect(kLeft + 110, 8, 12, 12, kWrongColour) + text(kLeft + 127, 18, "Went wrong (setbacks)", "start");
    // Gridlines and their values
    for (std::int64_t value = 0; value <= top; value += step) {
        out += rule(kLeft, kWidth - kRight, y(value), value == 0 ? kAxisColour : kGridColour);
        out += text(kLeft - 6, y(value) + 4, thousands(value), "end", kMutedColour);
    }
    const double groupWidth = plotWidth / static_cast<double>(std::max<std::size_t>(report.quarters.size(), 1));
    const double barWidth = std::min(36.0, groupWidth * 0.32);
    for (std::size_t i = 0; i < report.quarters.size(); ++i) {
        const TallyQuarter& quarter = report.quarters[i];
        const double centre = kLeft + groupWidth * (static_cast<double>(i) + 0.5);
        const std::array<std::pair<std::int64_t, const char*>, 2> bars{
            {{quarter.counts.wentRight(), kRightColour}, {quarter.counts.wentWrong(), kWrongColour}}};
        for (std::size_t b = 0; b < bars.size(); ++b) {
            const double x = b == 0 ? centre - barWidth - 1 : centre + 1;
            const auto [value, colour] = bars[b];
            if (value > 0) out += rect(x, y(value), barWidth, y(0) - y(value), colour);
            out +=
                text(x + barWidth / 2, y(value) - 4, thousands(value), "middle", kTextColour, " font-weight=\"600\"");
        }
        out += text(centre, kHeight - kBottom + 15, quarterName(quarter.quarter));
        const bool partial = !(quarter.period == quarter.quarter.period());
        out += text(centre, kHeight - kBottom + 28, partial ? "to " + dayWords(quarter.period.to) : "", "middle",
                    kMutedColour);
    }
    return out + "</svg>\n";
}

std::string heatMapSvg(const TallyReport& report) {
    constexpr double kLabel = 112, kCellWidth = 70, kCellHeight = 42, kTop = 8, kGap = 3;
    constexpr double kWidth = kLabel + 5 * kCellWidth + 8, kGridHeight = 5 * kCellHeight;
    constexpr double kHeight = kTop + kGridHeight + 66;
    std::string out = open(kWidth, kHeight, "heat-title", "Open risks by likelihood and impact", "heat-map");
    for (int likelihood = 5; likelihood >= 1; --likelihood) {
        const double top = kTop + (5 - likelihood) * kCellHeight;
        const auto l = static_cast<std::size_t>(likelihood - 1);
        out += text(kLabel - 8, top + kCellHeight / 2 + 4, num(likelihood) + " " + std::string(kLikelihoodWords[l]),
                    "end");
        for (int impact = 1; impact <= 5; ++impact) {
            const auto i = static_cast<std::size_t>(impact - 1);
            const double left = kLabel + (impact - 1) * kCellWidth;
            const BandStyle style = bandStyle(report.bands.bandOf(likelihood * impact));
            const std::int64_t count = report.heatMap[l][i];
            out +=
                "<g class=\"cell\" data-likelihood=\"" + num(likelihood) + "\" data-impact=\"" + num(impact) + "\">\n";
            // Empty cells stay pale so the eye goes to where the risks are.
            out += rect(left + kGap / 2, top + kGap / 2, kCellWidth - kGap, kCellHeight - kGap, style.fill,
                        count > 0 ? " rx=\"3\"" : " rx=\"3\" fill-opacity=\"0.45\"");
            out += text(left + kCellWidth / 2, top + kCellHeight / 2 + 5, thousands(count), "middle",
                        count > 0 ? kTextColour : kMutedColour,
                        count > 0 ? " font-size=\"15\" font-weight=\"700\"" : " font-size=\"13\"");
            out += "</g>\n";
        }
    }
    const double axis = kTop + kGridHeight;
    for (int impact = 1; impact <= 5; ++impact)
        out += text(kLabel + (impact - 0.5) * kCellWidth, axis + 16,
                    num(impact) + " " + std::string(kImpactWords[static_cast<std::size_t>(impact - 1)]));
    out += text(kLabel + 2.5 * kCellWidth, axis + 32, "Impact", "middle", kMutedColour);
    out += text(12, kTop + kGridHeight / 2, "Likelihood", "middle", kMutedColour,
                " transform=\"rotate(-90 12 " + px(kTop + kGridHeight / 2) + ")\"");
    // The file's own bands, since councils draw these lines differently.
    const std::array<std::pair<RiskBand, std::string>, 4> legend{{
        {RiskBand::Low, "1\xE2\x80\x93" + num(report.bands.moderateFrom - 1)},
        {RiskBand::Moderate, num(report.bands.moderateFrom) + "\xE2\x80\x93" + num(report.bands.highFrom - 1)},
        {RiskBand::High, num(report.bands.highFrom) + "\xE2\x80\x93" + num(report.bands.criticalFrom - 1)},
        {RiskBand::Critical, num(report.bands.criticalFrom) + "\xE2\x80\x93"
                                                              "25"},
    }};
    double x = 24;
    for (const auto& [band, range] : legend) {
        const BandStyle style = bandStyle(band);
        out += rect(x, axis + 46, 12, 12, style.fill, " stroke=\"#9aa5b1\" stroke-width=\"0.5\"");
        out += text(x + 16, axis + 56, std::string(style.name) + " " + range, "start", kMutedColour);
        x += 92;
    }
    return out + "</svg>\n";
}

}  // namespace innotrack::reports::detail
