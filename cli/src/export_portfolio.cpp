// export --format xlsx|ics|json [--out FILE]: the whole portfolio in one file, as an Excel
// workbook, an iCalendar file of milestones and weekly reviews, or JSON that restores it.
#include "exchange_commands.hpp"
#include "report_output.hpp"

#include "cli/context.hpp"
#include "exchange/calendar.hpp"
#include "exchange/portfolio_json.hpp"
#include "exchange/workbook.hpp"
#include "tracker/errors.hpp"

#include <sstream>

namespace innotrack::cli::commands {
namespace {

enum class PortfolioFormat { Xlsx, Ics, Json };

std::optional<PortfolioFormat> parseFormat(const std::string& name) {
    if (name == "xlsx") return PortfolioFormat::Xlsx;
    if (name == "ics") return PortfolioFormat::Ics;
    if (name == "json") return PortfolioFormat::Json;
    return std::nullopt;
}

// --format when given, else the extension of --out.
PortfolioFormat portfolioFormat(const Context& context) {
    if (const auto name = context.text("format")) {
        if (const auto format = parseFormat(*name)) return *format;
        throw UsageError("--format must be xlsx, ics or json for the whole portfolio, not '" + name->substr(0, 40) +
                         "' (one register as CSV: innotrack export risks)");
    }
    if (const auto out = context.text("out")) {
        const std::string extension = std::filesystem::path(*out).extension().string();
        if (const auto format = parseFormat(extension.empty() ? extension : extension.substr(1))) return *format;
    }
    throw UsageError("give --format xlsx, ics or json, or --out FILE ending .xlsx, .ics or .json");
}

void exportWorkbook(Context& context) {
    const auto file = outFile(context);
    if (!file)
        throw UsageError("--format xlsx needs --out FILE.xlsx: a workbook is a file for Excel, not text for the "
                         "terminal");
    PortfolioBackend& backend = context.backend();
    const exchange::WorkbookSummary summary =
        exchange::writeWorkbook(context.portfolio().store(), backend.tallyQueries(), backend.boardQueries(),
                                context.clock().today(), *file);
    std::string sheets;
    for (const auto& sheet : summary.sheets)
        sheets += (sheets.empty() ? "" : ", ") + sheet.name + " " + std::to_string(sheet.rows);
    context.out() << "Wrote the workbook to " << file->string() << " (rows per sheet: " << sheets << ").\n";
}

void exportCalendar(Context& context) {
    const exchange::CalendarFile calendar =
        exchange::renderCalendar(context.portfolio().store(), context.clock().today());
    const auto& summary = calendar.summary;
    std::string what = "the calendar (" + std::to_string(summary.milestones) + " milestones, " +
                       std::to_string(summary.reviews) + " weekly reviews";
    if (summary.plannedReview) what += ", the next review planned for " + formatDate(*summary.plannedReview);
    deliverReport(context, calendar.ics, what + ")");
}

void exportJson(Context& context) {
    std::ostringstream out;
    exchange::writePortfolioJson(context.portfolio().store(), out);
    deliverReport(context, out.str(), "the whole portfolio as JSON");
}

class ExportPortfolio final : public Command {
public:
    ExportPortfolio()
        : Command({"export"},
                  "Write the whole portfolio as an Excel workbook, a calendar or JSON",
                  "--format xlsx|ics|json [--out FILE]", Access::Reads) {
        declare().text("out", "FILE",
                       "write to FILE, replaced only once complete; its extension (.xlsx, .ics, .json) sets the "
                       "format unless --format is given. A workbook (xlsx) needs it. The calendar (ics) holds "
                       "every milestone and weekly review");
    }

    void execute(Context& context) const override {
        switch (portfolioFormat(context)) {
            case PortfolioFormat::Xlsx: exportWorkbook(context); return;
            case PortfolioFormat::Ics: exportCalendar(context); return;
            case PortfolioFormat::Json: exportJson(context); return;
        }
    }
};

}  // namespace

Made exportPortfolio() { return std::make_unique<ExportPortfolio>(); }

}  // namespace innotrack::cli::commands
