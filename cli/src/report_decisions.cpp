// report forward-plan | report decision: the Forward Plan of key decisions to be made, and one
// decision's record, in every report format (reports/decision_reports.hpp).
#include "decision_commands.hpp"
#include "report_output.hpp"

#include "reports/decision_reports.hpp"
#include "reports/report_period.hpp"
#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

class ReportForwardPlan final : public Command {
public:
    ReportForwardPlan()
        : Command({"report", "forward-plan"},
                  "The Forward Plan: key decisions to be made, soonest first",
                  "[--from DATE] [--to DATE] [--format FORMAT] [--out FILE]", Access::Reads) {
        declare()
            .text("from", "DATE", "key decisions to be made on or after this day (YYYY-MM-DD; default today)")
            .text("to", "DATE", "and on or before this one (default: every one to come)")
            .text("out", "FILE", reportOutHelp().c_str());
    }
    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        const Date today = context.portfolio().clock().today();
        const Date from = context.date("from").value_or(today);
        const std::optional<Date> to = context.date("to");
        if (to && *to < from)
            throw ValidationError("to", formatDate(*to),
                                  "--to: " + formatDate(*to) + " is before --from " + formatDate(from));
        const reports::ForwardPlan plan = reports::buildForwardPlan(context.portfolio().store(), today, from, to);
        deliverReport(context, reports::renderForwardPlan(plan, format),
                      "the Forward Plan from " + reports::dayWords(from));
    }
};

class ReportDecision final : public Command {
public:
    ReportDecision()
        : Command({"report", "decision"}, "The record of a decision made: the decision, its reasons and more",
                  "ID [--format FORMAT] [--out FILE]", Access::Reads) {
        declare().id("the decision's number");
        declare().text("out", "FILE", reportOutHelp().c_str());
    }
    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        const reports::DecisionRecordReport report = reports::buildDecisionRecord(
            context.portfolio().store(), context.id(), context.portfolio().clock().today());
        deliverReport(context, reports::renderDecisionRecord(report, format),
                      "the record of decision " + std::to_string(report.made.decision.id));
    }
};

}  // namespace

std::unique_ptr<Command> reportForwardPlan() { return std::make_unique<ReportForwardPlan>(); }
std::unique_ptr<Command> reportDecision() { return std::make_unique<ReportDecision>(); }

}  // namespace innotrack::cli::commands
