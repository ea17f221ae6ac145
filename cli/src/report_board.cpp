// report board: the paper a cabinet member reviews each week, as of a day, for the whole council
// or one cabinet member's innovations.
#include "report_board.hpp"

#include "report_output.hpp"
#include "report_tally.hpp"

#include "reports/board_report.hpp"
#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

class ReportBoard final : public Command {
public:
    ReportBoard()
        : Command({"report", "board"},
                  "Show the weekly board report: each active innovation and what needs attention",
                  "[--on DATE] [--cabinet PERSON] [--goal GOAL] [--all] [--format FORMAT] [--out FILE]",
                  Access::Reads) {
        declare()
            .text("on", "DATE", "the day the report is as of (YYYY-MM-DD; default today)")
            .text("cabinet", "PERSON", "only the innovations this cabinet member leads, by id or name");
        declareGoalScope(declare());
        declare()
            .flag("all", "list every row of each section (without it, the first 20 of each and a count of the rest; "
                         "CSV always has every innovation)")
            .text("out", "FILE", reportOutHelp().c_str());
    }

    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        const Date today = context.clock().today();
        const Date on = context.date("on").value_or(today);
        const OptionalId cabinet = context.person("cabinet");
        const std::optional<WellbeingGoal> goal = goalScope(context);
        const PortfolioStore& store = context.portfolio().store();
        const std::string name = cabinet ? context.portfolio().person(*cabinet).name : std::string();
        // CSV is a data file with one row per innovation and nowhere to say "and N more".
        const bool everyRow = context.flag("all") || format == reports::ReportFormat::Csv;
        const auto limit = everyRow ? std::nullopt : std::optional<std::size_t>(reports::kBoardRowLimit);
        reports::BoardReport report = reports::buildBoardReport(context.backend().boardQueries(), store.riskBands(), on,
                                                                today, cabinet, name, limit, goal);
        report.auditChain = store.auditChainHead();
        reports::addTakingPeople(report, store.listEngagements(std::nullopt));
        reports::addConfidenceHistory(report, context.backend().trendQueries());
        deliverReport(context, reports::renderBoard(report, format),
                      "the weekly board report as of " + formatDate(on) + (cabinet ? " for " + name : "") +
                          (goal ? " serving " + std::string(labelOf(*goal)) : ""));
    }
};

}  // namespace

std::unique_ptr<Command> reportBoard() { return std::make_unique<ReportBoard>(); }

}  // namespace innotrack::cli::commands
