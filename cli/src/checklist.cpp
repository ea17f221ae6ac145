// The innovation checklist: the leader answers its questions; anyone lists them with the answers
// in force, or reads the whole report with the measures beside the answers.
#include "checklist_commands.hpp"

#include "output.hpp"
#include "report_output.hpp"
#include "views.hpp"

#include "reports/checklist_report.hpp"
#include "tracker/errors.hpp"

#include <map>

namespace innotrack::cli::commands {
namespace {

using reports::Cell;

// One row per question, in the checklist's order; keys in docs/REPORTS.md ("Innovation checklist").
reports::Table questionTable(Context& context, const std::vector<ChecklistAnswer>& answers) {
    std::map<std::string, ChecklistAnswer, std::less<>> inForce;
    for (const ChecklistAnswer& answer : answers) inForce.emplace(answer.questionKey, answer);
    reports::Table table;
    table.column("area", "Area")
        .column("question_key", "Key")
        .column("answer", "Answer")
        .column("answered_on", "Answered")
        .wrappingColumn("question", "Question");
    table.hiddenColumn("evidence").hiddenColumn("answered_by_id").hiddenColumn("answered_by");
    for (const ChecklistQuestion& question : checklistQuestions()) {
        const auto found = inForce.find(question.key);
        const ChecklistAnswer* answer = found == inForce.end() ? nullptr : &found->second;
        table.addRow({Cell::text(std::string(keyOf(question.area)), std::string(keyOf(question.area))),
                      Cell::text(std::string(question.key), std::string(question.key)),
                      answer ? views::scaleCell(answer->answer) : Cell::null(),
                      answer ? Cell::date(answer->answeredOn) : Cell::null(), Cell::text(std::string(question.text)),
                      answer ? Cell::text(answer->evidence) : Cell::null(),
                      answer ? Cell::integer(answer->answeredById) : Cell::null(),
                      answer ? Cell::text(context.nameOf(answer->answeredById)) : Cell::null()});
    }
    return table;
}

reports::Record answerRecord(Context& context, const ChecklistAnswer& answer) {
    const ChecklistQuestion& question = checklistQuestion("question", answer.questionKey);
    reports::Record record;
    record.field("id", "Answer", Cell::integer(answer.id))
        .field("question_key", "Question key", Cell::text(answer.questionKey))
        .field("question", "Question", Cell::text(std::string(question.text)))
        .field("area", "Area", views::scaleCell(question.area))
        .field("answer", "Answer", views::scaleCell(answer.answer))
        .field("evidence", "Evidence", Cell::text(answer.evidence))
        .hiddenField("answered_by_id", Cell::integer(answer.answeredById))
        .field("answered_by", "Answered by", Cell::text(context.nameOf(answer.answeredById)))
        .field("answered_on", "Answered on", Cell::date(answer.answeredOn));
    return record;
}

class ChecklistAnswerCommand final : public Command {
public:
    ChecklistAnswerCommand()
        : Command({"checklist", "answer"}, "Record the leader's answer to a checklist question, with evidence",
                  "--question KEY --answer yes|partly|no [--evidence TEXT] [--on DATE]", Access::Writes) {
        declare()
            .text("question", "KEY", "the question's key, such as look-outside (see: innotrack checklist list)",
                  Need::Required)
            .text("answer", "ANSWER", "yes, partly or no", Need::Required)
            .text("evidence", "TEXT", "what shows it, in your words")
            .text("on", "DATE", "the day of the answer (default today)");
    }
    void execute(Context& context) const override {
        const Answer answer = parseAnswer("--answer", *context.text("answer"));
        const ChecklistAnswer saved =
            context.portfolio().answerChecklist(context.actor().id, *context.text("question"), answer,
                                                context.text("evidence").value_or(""), context.date("on"));
        context.confirm("Recorded the answer " + label(saved.answer) + " to " + saved.questionKey + " on " +
                            formatDate(saved.answeredOn) + " (answer " + number(saved.id) + ").",
                        answerRecord(context, saved));
    }
};

class ChecklistListCommand final : public Command {
public:
    ChecklistListCommand()
        : Command({"checklist", "list"}, "List the checklist's questions with their keys and the answers in force",
                  "[--on DATE]", Access::Reads) {
        declare().text("on", "DATE", "the answers in force on this day (default today)");
    }
    void execute(Context& context) const override {
        const Date on = context.asOf("the checklist");
        context.print(questionTable(context, context.backend().checklistQueries().latestChecklistAnswers(on)), "");
    }
};

class ReportChecklistCommand final : public Command {
public:
    ReportChecklistCommand()
        : Command({"report", "checklist"},
                  "The innovation checklist: measures beside the leader's answers, and the gaps",
                  "[--on DATE] [--format FORMAT] [--out FILE]", Access::Reads) {
        declare()
            .text("on", "DATE", "the day the checklist is as of (YYYY-MM-DD; default today)")
            .text("out", "FILE", reportOutHelp().c_str());
    }
    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        const Date on = context.asOf("the checklist");
        const reports::ChecklistReport report =
            reports::buildChecklistReport(context.portfolio().store(), context.backend().checklistQueries(), on);
        deliverReport(context, reports::renderChecklist(report, format), "the innovation checklist as of " +
                                                                              formatDate(on));
    }
};

}  // namespace

std::unique_ptr<Command> checklistAnswer() { return std::make_unique<ChecklistAnswerCommand>(); }
std::unique_ptr<Command> checklistList() { return std::make_unique<ChecklistListCommand>(); }
std::unique_ptr<Command> reportChecklist() { return std::make_unique<ReportChecklistCommand>(); }

}  // namespace innotrack::cli::commands
