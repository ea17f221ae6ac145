// report tally: for every thing that went wrong, how many went right, for a period and a scope.
#include "report_tally.hpp"

#include "report_output.hpp"

#include "reports/tally_report.hpp"
#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

// --from/--to, --fy or --quarter; by default the financial year to date.
reports::ReportPeriod period(const Context& context) {
    const bool custom = context.has("from") || context.has("to");
    if (static_cast<int>(custom) + static_cast<int>(context.has("fy")) + static_cast<int>(context.has("quarter")) > 1)
        throw UsageError("give one period: --from DATE [--to DATE], --fy YEAR or --quarter QUARTER");
    const Date today = context.clock().today();
    if (const auto year = context.text("fy"))
        return reports::financialYearPeriod(parseFinancialYear(*year, "--fy"), today);
    if (const auto quarter = context.text("quarter"))
        return reports::quarterPeriod(parseQuarter(*quarter, "--quarter"), today);
    if (!custom) return reports::financialYearToDate(today);
    const auto from = context.date("from");
    if (!from) throw UsageError("--to needs --from, the first day of the period");
    const auto to = context.date("to");
    if (!to && today < *from)
        throw ValidationError("--from", formatDate(*from),
                              "--from: " + formatDate(*from) + " is after today (" + formatDate(today) +
                                  "); give --to as well for a period that ends later");
    requireOrdered({*from, to.value_or(today)}, "--from", "--to");
    try {
        return reports::customPeriod(*from, to.value_or(today));
    } catch (const ValidationError& invalid) {
        // The report names the period's end "to"; the person typed the option.
        if (invalid.field() != "to") throw;
        throw ValidationError("--to", invalid.value(), std::string("--") + invalid.what());
    }
}

// Checked here as well as in the report so the message names the option the person typed.
TallyScope scope(Context& context) {
    TallyScope scope;
    scope.ambitionId = context.idOption("ambition");
    scope.innovationId = context.idOption("innovation");
    scope.cabinetLeadId = context.person("cabinet");
    try {
        if (scope.ambitionId) context.portfolio().ambition(*scope.ambitionId);
    } catch (const NotFound& notFound) {
        throw NotFound(std::string("--ambition: ") + notFound.what());
    }
    try {
        if (scope.innovationId) context.portfolio().innovation(*scope.innovationId);
    } catch (const NotFound& notFound) {
        throw NotFound(std::string("--innovation: ") + notFound.what());
    }
    return scope;
}

class ReportTally final : public Command {
public:
    ReportTally()
        : Command({"report", "tally"}, "Count what went right against what went wrong, and the risks taken",
                  "[--from DATE] [--to DATE] [--fy YEAR] [--quarter QUARTER] [--ambition ID] [--cabinet PERSON] "
                  "[--innovation ID] [--by GROUPING] [--format FORMAT] [--out FILE]",
                  Access::Reads) {
        declare()
            .text("from", "DATE",
                  "the first day of the period (YYYY-MM-DD); give one of --from, --fy and --quarter, or none for "
                  "the financial year to date")
            .text("to", "DATE", "the last day of the period (default today)")
            .text("fy", "YEAR", "a financial year by the year it starts: 2026 is 2026/27 (to date while under way)")
            .text("quarter", "QUARTER", "a financial quarter such as 2026Q3 (October to December 2026)")
            .number("ambition", "ID", "only the innovations serving this ambition")
            .text("cabinet", "PERSON", "only the innovations this cabinet member leads, by id or name")
            .number("innovation", "ID", "only this innovation")
            .text("by", "GROUPING", "a row for each ambition, cabinet, innovation or quarter")
            .text("out", "FILE", reportOutHelp().c_str());
    }

    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        reports::TallyRequest request;
        request.period = period(context);
        request.scope = scope(context);
        if (const auto by = context.text("by")) request.grouping = reports::parseTallyGrouping(*by, "--by");

        const PortfolioStore& store = context.portfolio().store();
        reports::TallyReport report;
        try {
            report = reports::buildTallyReport(store, context.backend().tallyQueries(), request, context.clock().today());
        } catch (const ValidationError& invalid) {
            // The report names the scope field ("cabinet: …"); the person typed the option.
            if (invalid.field() != "cabinet") throw;
            throw ValidationError("--cabinet", invalid.value(), std::string("--") + invalid.what());
        }
        deliverReport(context, reports::renderTally(report, format),
                      "the risk-versus-success tally for " + report.period.words);
    }
};

}  // namespace

std::unique_ptr<Command> reportTally() { return std::make_unique<ReportTally>(); }

}  // namespace innotrack::cli::commands
