// report tally: for every thing that went wrong, how many went right, for a period and a scope.
#include "report_tally.hpp"

#include "report_output.hpp"

#include "reports/tally_report.hpp"

namespace innotrack::cli::commands {

void declareTallyScope(Options& options) {
    options.number("ambition", "ID", "only the innovations serving this ambition")
        .text("cabinet", "PERSON", "only the innovations this cabinet member leads, by id or name")
        .number("innovation", "ID", "only this innovation");
}

TallyScope tallyScope(Context& context) {
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

void declareGoalScope(Options& options) {
    static const std::string help = "Wales: only the innovations serving this well-being goal, tagged with it or "
                                    "working towards an ambition that is: " +
                                    acceptedKeys<WellbeingGoal>();
    options.text("goal", "GOAL", help.c_str());
}

std::optional<WellbeingGoal> goalScope(Context& context) {
    const auto given = context.text("goal");
    if (!given) return std::nullopt;
    if (const auto refusal = goalScopeRefusal(context.portfolio().store().nation() == Nation::Wales, "--goal"))
        throw ValidationError("--goal", *given, *refusal);
    return parseScale<WellbeingGoal>("--goal", *given);
}

namespace {

class ReportTally final : public Command {
public:
    ReportTally()
        : Command({"report", "tally"}, "Count what went right against what went wrong, and the risks taken",
                  "[--from DATE] [--to DATE] [--fy YEAR] [--quarter QUARTER] [--ambition ID] [--cabinet PERSON] "
                  "[--innovation ID] [--goal GOAL] [--by GROUPING] [--format FORMAT] [--out FILE]",
                  Access::Reads) {
        declarePeriod(declare());
        declareTallyScope(declare());
        declareGoalScope(declare());
        declare()
            .text("by", "GROUPING", "a row for each ambition, cabinet, innovation or quarter")
            .text("out", "FILE", reportOutHelp().c_str());
    }

    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        reports::TallyRequest request;
        request.period = reportPeriod(context);
        request.scope = tallyScope(context);
        request.scope.goal = goalScope(context);
        if (const auto by = context.text("by")) request.grouping = reports::parseTallyGrouping(*by, "--by");

        const PortfolioStore& store = context.portfolio().store();
        const reports::TallyReport report = namingCabinetOption([&] {
            return reports::buildTallyReport(store, context.backend().tallyQueries(), request, context.clock().today());
        });
        deliverReport(context, reports::renderTally(report, format),
                      "the risk-versus-success tally for " + report.period.words);
    }
};

}  // namespace

std::unique_ptr<Command> reportTally() { return std::make_unique<ReportTally>(); }

}  // namespace innotrack::cli::commands
