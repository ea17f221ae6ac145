// report tally: for every thing that went wrong, how many went right, for a period and a scope.
#include "report_tally.hpp"

#include "report_output.hpp"

#include "reports/tally_report.hpp"
#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

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
        declarePeriod(declare());
        declare()
            .number("ambition", "ID", "only the innovations serving this ambition")
            .text("cabinet", "PERSON", "only the innovations this cabinet member leads, by id or name")
            .number("innovation", "ID", "only this innovation")
            .text("by", "GROUPING", "a row for each ambition, cabinet, innovation or quarter")
            .text("out", "FILE", reportOutHelp().c_str());
    }

    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        reports::TallyRequest request;
        request.period = reportPeriod(context);
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
