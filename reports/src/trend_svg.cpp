// The trend's charts, drawn with reports/src/svg.hpp from the report model alone, so a chart and
// the table beside it cannot disagree.
#include "trend_svg.hpp"

#include "svg.hpp"

#include "reports/html.hpp"

#include <algorithm>
#include <functional>
#include <optional>

namespace innotrack::reports::detail {
namespace {

using namespace svg;

constexpr const char* kIntelligentColour = "#5b3cc4";
constexpr const char* kLessonsColour = "#1565c0";

// One line of a chart: a value per quarter (none: no point there), and its words for the tooltip.
struct Series {
    std::string key;   // data-series
    std::string name;  // the legend
    const char* colour;
    std::vector<std::optional<std::int64_t>> values;
    std::vector<std::string> words;  // per quarter: "2 went right"
};

struct Frame {
    double width = 680, height = 214, left = 44, right = 8, top = 30, bottom = 38;
    double plotWidth() const { return width - left - right; }
    double plotHeight() const { return height - top - bottom; }
};

// Points at the centres of equal slots, one per quarter; the financial year under its first quarter.
double xOf(const Frame& f, std::size_t at, std::size_t count) {
    return f.left + f.plotWidth() / static_cast<double>(std::max<std::size_t>(count, 1)) *
                        (static_cast<double>(at) + 0.5);
}

std::string quarterAxis(const Frame& f, const TrendReport& report) {
    std::string out;
    const std::size_t count = report.quarters.size();
    for (std::size_t at = 0; at < count; ++at) {
        const TrendQuarter& q = report.quarters[at];
        const double x = xOf(f, at, count);
        out += text(x, f.height - f.bottom + 14, "Q" + std::to_string(q.quarter.quarter), "middle", kMutedColour);
        if (q.quarter.quarter == 1 || at == 0)
            out += text(x, f.height - f.bottom + 27, financialYearLabel(q.quarter.year), "start", kTextColour);
    }
    return out;
}

std::string legend(const Frame& f, const std::vector<Series>& series) {
    std::string out;
    double x = f.left;
    for (const Series& s : series) {
        out += rect(x, 8, 12, 12, s.colour) + text(x + 17, 18, s.name, "start");
        x += 40 + 6.0 * static_cast<double>(s.name.size());
    }
    return out;
}

// The lines (broken where a quarter has no value) and a circle on every point.
std::string lines(const Frame& f, const TrendReport& report, const std::vector<Series>& series,
                  const std::function<double(std::int64_t)>& y) {
    std::string out;
    const std::size_t count = report.quarters.size();
    for (const Series& s : series) {
        std::string points;
        const auto flush = [&] {
            if (points.find(' ') != std::string::npos)
                out += "<polyline fill=\"none\" stroke=\"" + std::string(s.colour) +
                       "\" stroke-width=\"2\" points=\"" + points + "\"/>\n";
            points.clear();
        };
        for (std::size_t at = 0; at < count; ++at) {
            if (!s.values[at]) {
                flush();
                continue;
            }
            points += (points.empty() ? "" : " ") + px(xOf(f, at, count)) + "," + px(y(*s.values[at]));
        }
        flush();
        for (std::size_t at = 0; at < count; ++at) {
            if (!s.values[at]) continue;
            const TrendQuarter& q = report.quarters[at];
            out += "<circle class=\"point\" data-quarter=\"" + q.quarter.label() + "\" data-series=\"" + s.key +
                   "\" data-count=\"" + std::to_string(*s.values[at]) + "\" cx=\"" + px(xOf(f, at, count)) +
                   "\" cy=\"" + px(y(*s.values[at])) + "\" r=\"3\" fill=\"" + s.colour + "\"><title>" +
                   html::escape(quarterName(q.quarter) + (q.toDate ? " to " + dayWords(q.period.to) : "") + ": " +
                                s.words[at]) +
                   "</title></circle>\n";
        }
    }
    return out;
}

std::string things(std::int64_t count, const char* one, const char* many) {
    return thousands(count) + " " + (count == 1 ? one : many);
}

}  // namespace

std::string trendCountsChartSvg(const TrendReport& report) {
    const Frame f;
    Series right{"went_right", "Went right", kRightColour, {}, {}};
    Series wrong{"went_wrong", "Went wrong (setbacks)", kWrongColour, {}, {}};
    std::int64_t highest = 1;
    for (const TrendQuarter& q : report.quarters) {
        right.values.push_back(q.counts.wentRight());
        right.words.push_back(things(q.counts.wentRight(), "thing went right", "things went right"));
        wrong.values.push_back(q.counts.wentWrong());
        wrong.words.push_back(things(q.counts.wentWrong(), "setback", "setbacks"));
        highest = std::max({highest, q.counts.wentRight(), q.counts.wentWrong()});
    }
    const std::int64_t step = tickStep(highest);
    const std::int64_t top = ((highest + step - 1) / step) * step;
    const auto y = [&](std::int64_t value) {
        return f.top + f.plotHeight() - f.plotHeight() * static_cast<double>(value) / static_cast<double>(top);
    };
    std::string out = open(f.width, f.height, "trend-title", "Went right and went wrong, quarter by quarter",
                           "trend-chart");
    const std::vector<Series> series{right, wrong};
    out += legend(f, series);
    for (std::int64_t value = 0; value <= top; value += step) {
        out += rule(f.left, f.width - f.right, y(value), value == 0 ? kAxisColour : kGridColour);
        out += text(f.left - 6, y(value) + 4, thousands(value), "end", kMutedColour);
    }
    out += quarterAxis(f, report) + lines(f, report, series, y);
    return out + "</svg>\n";
}

std::string trendSharesChartSvg(const TrendReport& report) {
    const Frame f;
    Series intelligent{"intelligent_share", "Intelligent failures", kIntelligentColour, {}, {}};
    Series lessons{"lessons_coverage", "Setbacks with a lesson", kLessonsColour, {}, {}};
    for (const TrendQuarter& q : report.quarters) {
        const auto percent = [](const Share& share) -> std::optional<std::int64_t> {
            if (!share.percent) return std::nullopt;
            return *share.percent;
        };
        intelligent.values.push_back(percent(q.intelligentShare));
        intelligent.words.push_back("intelligent failures " + q.intelligentShare.words);
        lessons.values.push_back(percent(q.lessonsCoverage));
        lessons.words.push_back("with a lesson " + q.lessonsCoverage.words);
    }
    const auto y = [&](std::int64_t percent) {
        return f.top + f.plotHeight() - f.plotHeight() * static_cast<double>(percent) / 100.0;
    };
    std::string out = open(f.width, f.height, "shares-title",
                           "Intelligent failures and setbacks with a lesson, as shares of each quarter's setbacks",
                           "trend-chart");
    const std::vector<Series> series{intelligent, lessons};
    out += legend(f, series);
    for (std::int64_t percent = 0; percent <= 100; percent += 25) {
        out += rule(f.left, f.width - f.right, y(percent), percent == 0 ? kAxisColour : kGridColour);
        out += text(f.left - 6, y(percent) + 4, std::to_string(percent) + "%", "end", kMutedColour);
    }
    out += quarterAxis(f, report) + lines(f, report, series, y);
    return out + "</svg>\n";
}

std::string confidenceSparklineSvg(const std::vector<ConfidencePoint>& points) {
    if (points.empty()) return "";
    constexpr double kWidth = 96, kHeight = 22, kPad = 3;
    const auto levels = static_cast<double>(Scale<Confidence>::entries.size() - 1);
    const auto x = [&](std::size_t at) {
        return points.size() == 1 ? kWidth - kPad
                                  : kPad + (kWidth - 2 * kPad) * static_cast<double>(at) /
                                               static_cast<double>(points.size() - 1);
    };
    // Green (the scale's first value) at the top.
    const auto y = [&](Confidence confidence) {
        return kPad + (kHeight - 2 * kPad) * static_cast<double>(static_cast<int>(confidence)) / levels;
    };
    std::string words = "Confidence at each review:";
    std::string line;
    for (std::size_t at = 0; at < points.size(); ++at) {
        words += std::string(at == 0 ? " " : ", ") + std::string(labelOf(points[at].confidence)) + " (" +
                 dayWords(points[at].heldOn) + ")";
        line += (line.empty() ? "" : " ") + px(x(at)) + "," + px(y(points[at].confidence));
    }
    const ConfidencePoint& last = points.back();
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + px(kWidth) + " " +
                      px(kHeight) + "\" width=\"" + px(kWidth) + "\" height=\"" + px(kHeight) +
                      "\" role=\"img\" class=\"sparkline\" data-reviews=\"" + std::to_string(points.size()) +
                      "\"><title>" + html::escape(words) + "</title>\n";
    out += rule(kPad, kWidth - kPad, y(Confidence::Amber), kGridColour);
    if (points.size() > 1)
        out += "<polyline fill=\"none\" stroke=\"" + std::string(kMutedColour) + "\" stroke-width=\"1.5\" points=\"" +
               line + "\"/>\n";
    out += "<circle cx=\"" + px(x(points.size() - 1)) + "\" cy=\"" + px(y(last.confidence)) + "\" r=\"2.5\" fill=\"" +
           std::string(confidenceColour(last.confidence)) + "\"/>\n";
    return out + "</svg>";
}

}  // namespace innotrack::reports::detail
