// report trend: the tally quarter by quarter across up to five financial years (DOMAIN.md "Trends").
#include "report_trend.hpp"

#include "report_output.hpp"
#include "report_tally.hpp"

#include "reports/trend_report.hpp"

namespace innotrack::cli::commands {
namespace {

class ReportTrend final : public Command {
public:
    ReportTrend()
        : Command({"report", "trend"}, "The tally quarter by quarter across up to five financial years",
                  "[--years N] [--on DATE] [--ambition ID] [--cabinet PERSON] [--innovation ID] [--format FORMAT] "
                  "[--out FILE]",
                  Access::Reads) {
        declare()
            .number("years", "N", "how many financial years, back from the one holding --on (1 to 5; default 5)")
            .text("on", "DATE", "the day the trend runs to (YYYY-MM-DD; default today)");
        declareTallyScope(declare());
        declare().text("out", "FILE", reportOutHelp().c_str());
    }

    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        reports::TrendRequest request;
        request.on = context.date("on").value_or(context.clock().today());
        if (const auto years = context.number("years")) {
            trendPeriod(request.on, *years, "--years");  // refuses 0, 6 or 4294967297 as typed
            request.years = static_cast<int>(*years);
        }
        request.scope = tallyScope(context);
        const reports::TrendReport report = namingCabinetOption([&] {
            return reports::buildTrendReport(context.portfolio().store(), context.backend().trendQueries(), request,
                                             context.clock().today());
        });
        deliverReport(context, reports::renderTrend(report, format), "the trend for " + report.period.words);
    }
};

}  // namespace

std::unique_ptr<Command> reportTrend() { return std::make_unique<ReportTrend>(); }

}  // namespace innotrack::cli::commands
