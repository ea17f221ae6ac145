// The formats a report (tally, board, checklist) is written in, by name or by file extension.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace innotrack::reports {

// Reports add Markdown, HTML and PDF to the table formats: a paper for cabinet, not only a list.
// PDF is the HTML page printed (reports/pdf.hpp).
enum class ReportFormat { Text, Markdown, Csv, Json, Html, Pdf };

// "text", "md" (or "markdown"), "csv", "json", "html" or "pdf"; nullopt for anything else.
std::optional<ReportFormat> parseReportFormat(std::string_view name);

// The format a file name asks for by its extension (".html", ".htm", ".md", ".csv", ".json",
// ".txt", ".pdf"), without regard to case; nullopt when the extension says nothing.
std::optional<ReportFormat> reportFormatOfFile(std::string_view fileName);

// "text, md, csv, json, html or pdf", for messages and help.
std::string reportFormatNames();

// ".html, .md, .csv, .json, .txt, .pdf": the extensions that choose a format, for help.
std::string reportExtensionNames();

// The stable name: "text", "md", "csv", "json", "html", "pdf".
std::string_view nameOf(ReportFormat format);

}  // namespace innotrack::reports
