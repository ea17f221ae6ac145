// Report format names and the extensions that imply them.
#include "reports/report_format.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace innotrack::reports {
namespace {

constexpr std::array<std::pair<std::string_view, ReportFormat>, 6> kNames{{
    {"text", ReportFormat::Text},
    {"md", ReportFormat::Markdown},
    {"csv", ReportFormat::Csv},
    {"json", ReportFormat::Json},
    {"html", ReportFormat::Html},
    {"pdf", ReportFormat::Pdf},
}};

// In the order help lists them; ".htm" is accepted but not listed.
constexpr std::array<std::pair<std::string_view, ReportFormat>, 7> kExtensions{{
    {".html", ReportFormat::Html},
    {".md", ReportFormat::Markdown},
    {".csv", ReportFormat::Csv},
    {".json", ReportFormat::Json},
    {".txt", ReportFormat::Text},
    {".pdf", ReportFormat::Pdf},
    {".htm", ReportFormat::Html},
}};

// "a, b, c or d" from the first `count` names.
template <std::size_t N>
std::string listed(const std::array<std::pair<std::string_view, ReportFormat>, N>& names, std::size_t count,
                   std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out += i + 1 == count ? last : std::string_view(", ");
        out += names[i].first;
    }
    return out;
}

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

std::optional<ReportFormat> parseReportFormat(std::string_view name) {
    if (name == "markdown") return ReportFormat::Markdown;
    for (const auto& [known, format] : kNames)
        if (name == known) return format;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatOfFile(std::string_view fileName) {
    const std::size_t dot = fileName.rfind('.');
    const std::size_t slash = fileName.find_last_of("/\\");
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
    const std::string extension = lowered(fileName.substr(dot));
    for (const auto& [known, format] : kExtensions)
        if (extension == known) return format;
    return std::nullopt;
}

std::string reportFormatNames() { return listed(kNames, kNames.size(), " or "); }

std::string reportExtensionNames() { return listed(kExtensions, kExtensions.size() - 1, ", "); }

std::string_view nameOf(ReportFormat format) {
    for (const auto& [name, known] : kNames)
        if (known == format) return name;
    return "text";
}

}  // namespace innotrack::reports
