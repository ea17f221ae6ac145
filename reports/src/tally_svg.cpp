// SVG written by hand: two small charts do not justify a plotting library, and every number in
// them comes from the report model, so the charts and the tables cannot disagree.
#include "tally_svg.hpp"

#include "tally_fields.hpp"

#include "reports/html.hpp"

#include <algorithm>
#include <array>

namespace innotrack::reports::detail {
namespace {

constexpr const char* kRightColour = "#1f7a3d";
constexpr const char* kWrongColour = "#b42318";
constexpr const char* kAxisColour = "#9aa5b1";
constexpr const char* kTextColour = "#1f2933";
constexpr const char* kMutedColour = "#52606d";

std::string num(long long value) { return std::to_string(value); }

// Fixed-point pixels: SVG coordinates with one decimal are plenty and print identically everywhere.
std::string px(double value) {
    const long long tenths = static_cast<long long>(value * 10.0 + (value < 0 ? -0.5 : 0.5));
    const long long whole = tenths / 10;
    const long long part = (tenths < 0 ? -tenths : tenths) % 10;
    return (tenths < 0 && whole == 0 ? "-" : "") + std::to_string(whole) +
           (part == 0 ? "" : "." + std::to_string(part));
}

std::string text(double x, double y, const std::string& content, const char* anchor = "middle",
                 const char* colour = kTextColour, const std::string& extra = "") {
    return "<text x=\"" + px(x) + "\" y=\"" + px(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\"" +
           extra + ">" + html::escape(content) + "</text>\n";
}

std::string rect(double x, double y, double w, double h, const char* fill, const std::string& extra = "") {
    return "<rect x=\"" + px(x) + "\" y=\"" + px(y) + "\" width=\"" + px(w) + "\" height=\"" + px(h) + "\" fill=\"" +
           fill + "\"" + extra + "/>\n";
}

// A step of 1, 2 or 5 × 10^k giving at most five gridlines above zero.
std::int64_t tickStep(std::int64_t highest) {
    std::int64_t scale = 1;
    while (true) {
        for (const std::int64_t base : {1, 2, 5})
            if (highest <= 5 * base * scale) return base * scale;
        scale *= 10;
    }
}

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

    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + px(kWidth) + " " + px(kHeight) +
                      "\" width=\"" + px(kWidth) + "\" height=\"" + px(kHeight) +
                      "\" role=\"img\" aria-labelledby=\"chart-title\" font-size=\"11\" class=\"quarter-chart\">\n";
    out += "<title id=\"chart-title\">Went right against went wrong in each quarter</title>\n";
    // Legend
    out += rect(kLeft, 8, 12, 12, kRightColour) + text(kLeft + 17, 18, "Went right", "start");
    out += rect(kLeft + 110, 8, 12, 12, kWrongColour) + text(kLeft + 127, 18, "Went wrong (setbacks)", "start");
    // Gridlines and their values
    for (std::int64_t value = 0; value <= top; value += step) {
        out += "<line x1=\"" + px(kLeft) + "\" y1=\"" + px(y(value)) + "\" x2=\"" + px(kWidth - kRight) + "\" y2=\"" +
               px(y(value)) + "\" stroke=\"" + (value == 0 ? kAxisColour : "#e4e7eb") + "\" stroke-width=\"1\"/>\n";
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
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + px(kWidth) + " " + px(kHeight) +
                      "\" width=\"" + px(kWidth) + "\" height=\"" + px(kHeight) +
                      "\" role=\"img\" aria-labelledby=\"heat-title\" font-size=\"11\" class=\"heat-map\">\n";
    out += "<title id=\"heat-title\">Open risks by likelihood and impact</title>\n";
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
