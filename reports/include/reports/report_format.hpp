// The formats a report (tally, board, checklist) is written in, by name or by file extension.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace innotrack::reports {

// Reports add Markdown and HTML to the table formats: a paper for cabinet, not only a list.
enum class ReportFormat { Text, Markdown, Csv, Json, Html };

// "text", "md" (or "markdown"), "csv", "json" or "html"; nullopt for anything else.
std::optional<ReportFormat> parseReportFormat(std::string_view name);

// The format a file name asks for by its extension (".html", ".htm", ".md", ".csv", ".json",
// ".txt"), without regard to case; nullopt when the extension says nothing.
std::optional<ReportFormat> reportFormatOfFile(std::string_view fileName);

// "text, md, csv, json or html", for messages and help.
std::string reportFormatNames();

// The stable name: "text", "md", "csv", "json", "html".
std::string_view nameOf(ReportFormat format);

}  // namespace innotrack::reports
