// What every `report` command shares: its --format (which adds md and html to the table formats)
// and --out FILE, written so a half-written report never replaces a good one.
#pragma once

#include "cli/context.hpp"
#include "reports/report_format.hpp"
#include "reports/report_period.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace innotrack::cli {

// --from/--to, --fy or --quarter, declared and read the same by every report over a period; by
// default the financial year to date.
void declarePeriod(Options& options);
reports::ReportPeriod reportPeriod(const Context& context);

// --format when given (text, md, csv, json, html or pdf), else the extension of --out, else text.
// An unknown name is wrong usage (exit 2), and so is PDF without --out: a PDF is a file to keep
// or send, not text for a terminal (--out /dev/stdout sends it down a pipe).
reports::ReportFormat reportFormat(const Context& context);

// The help for a report's --out, naming the extensions and formats.
std::string reportOutHelp();

// Writes `rendered` to --out when given, and confirms with one line naming the file and
// `what` ("the tally for 2026/27 to date"); else writes it to standard output. The file is
// written beside its final name and renamed into place, so a failure leaves no half-written
// report. Refuses to write over the portfolio file itself.
void deliverReport(Context& context, const std::string& rendered, const std::string& what);

// --out checked as deliverReport checks it (a file name, and not the portfolio file itself), for
// a command that writes the file its own way (the Excel workbook); nullopt when --out is not given.
std::optional<std::filesystem::path> outFile(const Context& context);

}  // namespace innotrack::cli
