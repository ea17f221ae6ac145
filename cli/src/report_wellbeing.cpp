// report wellbeing: each well-being goal with the ambitions and active innovations that serve it,
// the goals nothing serves and the ways of working evidenced (reports/wellbeing_report.hpp).
#include "report_wellbeing.hpp"

#include "report_output.hpp"

#include "reports/report_period.hpp"
#include "reports/wellbeing_report.hpp"

namespace innotrack::cli::commands {
namespace {

class ReportWellbeing final : public Command {
public:
    ReportWellbeing()
        : Command({"report", "wellbeing"}, "Wales: the well-being goals and ways of working, and what serves each",
                  "[--format FORMAT] [--out FILE]", Access::Reads) {
        declare().text("out", "FILE", reportOutHelp().c_str());
    }
    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        const Date today = context.portfolio().clock().today();
        const reports::WellbeingReport report = reports::buildWellbeingReport(context.portfolio().store(), today);
        deliverReport(context, reports::renderWellbeing(report, format),
                      "the well-being goals as of " + reports::dayWords(today));
    }
};

}  // namespace

std::unique_ptr<Command> reportWellbeing() { return std::make_unique<ReportWellbeing>(); }

}  // namespace innotrack::cli::commands
