// Report format names and the extensions that imply them.
#include "reports/report_format.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace innotrack::reports {
namespace {

constexpr std::array<std::pair<std::string_view, ReportFormat>, 5> kNames{{
    {"text", ReportFormat::Text},
    {"md", ReportFormat::Markdown},
    {"csv", ReportFormat::Csv},
    {"json", ReportFormat::Json},
    {"html", ReportFormat::Html},
}};

constexpr std::array<std::pair<std::string_view, ReportFormat>, 6> kExtensions{{
    {".txt", ReportFormat::Text},
    {".md", ReportFormat::Markdown},
    {".csv", ReportFormat::Csv},
    {".json", ReportFormat::Json},
    {".html", ReportFormat::Html},
    {".htm", ReportFormat::Html},
}};

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

std::string reportFormatNames() { return "text, md, csv, json or html"; }

std::string_view nameOf(ReportFormat format) {
    for (const auto& [name, known] : kNames)
        if (known == format) return name;
    return "text";
}

}  // namespace innotrack::reports
