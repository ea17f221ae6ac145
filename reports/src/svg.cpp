// The SVG pieces of reports/src/svg.hpp.
#include "svg.hpp"

#include "reports/html.hpp"

namespace innotrack::reports::detail::svg {

std::string_view confidenceColour(Confidence confidence) {
    switch (confidence) {
        case Confidence::Green: return "#1f7a3d";
        case Confidence::AmberGreen: return "#5c7f1e";
        case Confidence::Amber: return "#b54708";
        case Confidence::AmberRed: return "#c4320a";
        case Confidence::Red: break;
    }
    return "#b42318";
}

std::string px(double value) {
    const long long tenths = static_cast<long long>(value * 10.0 + (value < 0 ? -0.5 : 0.5));
    const long long whole = tenths / 10;
    const long long part = (tenths < 0 ? -tenths : tenths) % 10;
    return (tenths < 0 && whole == 0 ? "-" : "") + std::to_string(whole) +
           (part == 0 ? "" : "." + std::to_string(part));
}

std::string text(double x, double y, const std::string& content, const char* anchor, const char* colour,
                 const std::string& extra) {
    return "<text x=\"" + px(x) + "\" y=\"" + px(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\"" +
           extra + ">" + html::escape(content) + "</text>\n";
}

std::string rect(double x, double y, double w, double h, const char* fill, const std::string& extra) {
    return "<rect x=\"" + px(x) + "\" y=\"" + px(y) + "\" width=\"" + px(w) + "\" height=\"" + px(h) + "\" fill=\"" +
           fill + "\"" + extra + "/>\n";
}

std::string rule(double x1, double x2, double y, const char* colour) {
    return "<line x1=\"" + px(x1) + "\" y1=\"" + px(y) + "\" x2=\"" + px(x2) + "\" y2=\"" + px(y) + "\" stroke=\"" +
           colour + "\" stroke-width=\"1\"/>\n";
}

std::int64_t tickStep(std::int64_t highest) {
    std::int64_t scale = 1;
    while (true) {
        for (const std::int64_t base : {1, 2, 5})
            if (highest <= 5 * base * scale) return base * scale;
        scale *= 10;
    }
}

std::string open(double width, double height, const std::string& titleId, const std::string& title,
                 const std::string& cssClass) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + px(width) + " " + px(height) + "\" width=\"" +
           px(width) + "\" height=\"" + px(height) + "\" role=\"img\" aria-labelledby=\"" + titleId +
           "\" font-size=\"11\" class=\"" + cssClass + "\">\n<title id=\"" + titleId + "\">" + html::escape(title) +
           "</title>\n";
}

}  // namespace innotrack::reports::detail::svg
