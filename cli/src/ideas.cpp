// idea submit | update | list | show | score | promote | decline | park | gate: the ideas funnel
// (DOMAIN.md "Ideas and the gate"). Anyone submits; cabinet members and the leader assess and decide.
#include "idea_commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "report_output.hpp"

#include "reports/ideas_report.hpp"
#include "tracker/errors.hpp"
#include "tracker/idea.hpp"

namespace innotrack::cli::commands {
namespace {

// The criteria's options, each with the field it fills, written once for the option list and the reading.
struct Criterion {
    const char* option;
    const char* description;
    int IdeaScore::*field;
};
constexpr Criterion kCriteria[] = {
    {"fit", "strategic fit with the ambitions, 1 to 5", &IdeaScore::strategicFit},
    {"benefit", "benefit to residents, 1 to 5", &IdeaScore::residentBenefit},
    {"feasibility", "how feasible it is, 1 to 5", &IdeaScore::feasibility},
    {"cost", "cost to try, 1 to 5 (5 = cheap to try)", &IdeaScore::costToTry},
    {"evidence", "evidence from elsewhere, 1 to 5", &IdeaScore::evidence},
};

const std::string kSources = acceptedKeys<IdeaSource>();
const std::string kStatuses = acceptedKeys<IdeaStatus>();

reports::Record shown(Context& context, const Idea& idea) {
    const auto& store = context.portfolio().store();
    return views::idea(context, idea, store.listIdeaScores(idea.id), store.ideaGate());
}

// The fields its submitter writes, required when submitting and optional when correcting.
void declareIdeaFields(Options& options, Need need) {
    options.text("title", "TEXT", "the idea in a few words", need)
        .text("problem", "TEXT", "the problem it answers", need)
        .text("proposal", "TEXT", "what it proposes to do", need)
        .text("source", "SOURCE",
              need == Need::Required ? "where it came from: own (default), other-council, case-study, resident or partner"
                                     : "where it came from: own, other-council, case-study, resident or partner")
        .text("reference", "TEXT", "where it is written up, such as \"Wigan Deal, Wigan Council\"")
        .number("ambition", "ID", "the ambition it would serve");
}

void applyIdeaFields(Context& context, Idea& idea) {
    if (auto title = context.text("title")) idea.title = *title;
    if (auto problem = context.text("problem")) idea.problem = *problem;
    if (auto proposal = context.text("proposal")) idea.proposal = *proposal;
    if (auto source = context.scale<IdeaSource>("source")) idea.source = *source;
    if (auto reference = context.text("reference")) idea.reference = *reference;
    if (auto ambition = context.idOption("ambition")) idea.ambitionId = ambition;
}

class IdeaSubmit final : public Command {
public:
    IdeaSubmit()
        : Command({"idea", "submit"}, "Submit an idea: anyone may, a viewer too",
                  "--title TEXT --problem TEXT --proposal TEXT [--source SOURCE] [--reference TEXT] [--ambition ID] "
                  "[--on DATE]",
                  Access::Writes) {
        declareIdeaFields(declare(), Need::Required);
        declare().text("on", "DATE", "the day it was submitted (default today)");
    }
    void execute(Context& context) const override {
        Idea idea;
        applyIdeaFields(context, idea);
        if (auto on = context.date("on")) idea.submittedOn = *on;
        const Idea submitted = context.portfolio().submitIdea(context.actor().id, idea);
        context.confirm("Submitted idea " + number(submitted.id) + " " + quoted(submitted.title) + ".",
                        shown(context, submitted));
    }
};

// Its status, days, scores and decision are not the submitter's to change; a promoted or declined
// idea is final, and the service refuses to change it (docs/DOMAIN.md "Ideas and the gate").
class IdeaUpdate final : public Command {
public:
    IdeaUpdate()
        : Command({"idea", "update"}, "Correct an undecided idea: its submitter, a cabinet member or the leader",
                  "ID [--title TEXT] [--problem TEXT] [--proposal TEXT] [--source SOURCE] [--reference TEXT] "
                  "[--ambition ID]",
                  Access::Writes) {
        declare().id("the idea's number");
        declareIdeaFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Idea idea = context.portfolio().idea(context.id());
        applyIdeaFields(context, idea);
        const Idea updated = context.portfolio().updateIdea(context.actor().id, idea);
        context.confirm("Updated idea " + number(updated.id) + " " + quoted(updated.title) + ".",
                        shown(context, updated));
    }
};

class IdeaList final : public Command {
public:
    IdeaList()
        : Command({"idea", "list"}, "List ideas with their scores, oldest first", "[--status STATUS] [--source SOURCE]",
                  Access::Reads) {
        declare()
            .text("status", "STATUS", "only this status: submitted, under-assessment, promoted, declined or parked")
            .text("source", "SOURCE", "only from this source: own, other-council, case-study, resident or partner");
    }
    void execute(Context& context) const override {
        const auto status = context.scale<IdeaStatus>("status");
        const auto source = context.scale<IdeaSource>("source");
        const auto& store = context.portfolio().store();
        std::vector<Idea> listed;
        for (Idea& idea : store.listIdeas())
            if ((!status || idea.status == *status) && (!source || idea.source == *source))
                listed.push_back(std::move(idea));
        context.print(views::ideas(context, listed, store.listIdeaScores(std::nullopt)), "No ideas match.");
    }
};

class IdeaShow final : public Command {
public:
    IdeaShow() : Command({"idea", "show"}, "Show an idea with its assessors' scores", "ID", Access::Reads) {
        declare().id("the idea's number");
    }
    void execute(Context& context) const override { context.print(shown(context, context.portfolio().idea(context.id()))); }
};

class IdeaScoreCommand final : public Command {
public:
    IdeaScoreCommand()
        : Command({"idea", "score"}, "Score an idea on the five criteria: cabinet members and the leader",
                  "ID --fit N --benefit N --feasibility N --cost N --evidence N [--on DATE]", Access::Writes) {
        declare().id("the idea's number");
        for (const Criterion& criterion : kCriteria)
            declare().number(criterion.option, "N", criterion.description, Need::Required);
        declare().text("on", "DATE", "the day it was scored (default today)");
    }
    void execute(Context& context) const override {
        IdeaScore score;
        score.ideaId = context.id();
        for (const Criterion& criterion : kCriteria) score.*criterion.field = *context.smallNumber(criterion.option);
        if (auto on = context.date("on")) score.scoredOn = *on;
        const IdeaScore saved = context.portfolio().scoreIdea(context.actor().id, score);
        const Idea idea = context.portfolio().idea(saved.ideaId);
        context.confirm("Scored idea " + number(idea.id) + " " + quoted(idea.title) + ": " +
                            std::to_string(saved.total()) + " of 25.",
                        shown(context, idea));
    }
};

class IdeaPromote final : public Command {
public:
    IdeaPromote()
        : Command({"idea", "promote"}, "Promote an idea to an innovation at Idea stage",
                  "ID [--reason TEXT] [--on DATE]", Access::Writes) {
        declare()
            .id("the idea's number")
            .text("reason", "TEXT", "why: needed when its score is below the gate or it has none")
            .text("on", "DATE", "the day of the decision (default today)");
    }
    void execute(Context& context) const override {
        const Idea promoted = context.portfolio().promoteIdea(context.actor().id, context.id(),
                                                              context.text("reason").value_or(""), context.date("on"));
        context.confirm("Promoted idea " + number(promoted.id) + " " + quoted(promoted.title) + " to innovation " +
                            number(*promoted.innovationId) + ".",
                        shown(context, promoted));
    }
};

class IdeaDecline final : public Command {
public:
    IdeaDecline()
        : Command({"idea", "decline"}, "Decline an idea, saying why (the submitter is shown the reason)",
                  "ID --reason TEXT [--on DATE]", Access::Writes) {
        declare()
            .id("the idea's number")
            .text("reason", "TEXT", "why it is declined", Need::Required)
            .text("on", "DATE", "the day of the decision (default today)");
    }
    void execute(Context& context) const override {
        const Idea declined = context.portfolio().declineIdea(context.actor().id, context.id(), *context.text("reason"),
                                                              context.date("on"));
        context.confirm("Declined idea " + number(declined.id) + " " + quoted(declined.title) + ".",
                        shown(context, declined));
    }
};

class IdeaPark final : public Command {
public:
    IdeaPark()
        : Command({"idea", "park"}, "Park an idea until a day to look at it again (not a decision)",
                  "ID --look-again DATE [--on DATE]", Access::Writes) {
        declare()
            .id("the idea's number")
            .text("look-again", "DATE", "the day to look at it again", Need::Required)
            .text("on", "DATE", "the day it is parked (default today)");
    }
    void execute(Context& context) const override {
        const Idea parked = context.portfolio().parkIdea(context.actor().id, context.id(), *context.date("look-again"),
                                                         context.date("on"));
        context.confirm("Parked idea " + number(parked.id) + " " + quoted(parked.title) + " until " +
                            formatDate(parked.lookAgainOn) + ".",
                        shown(context, parked));
    }
};

class IdeaGate final : public Command {
public:
    IdeaGate()
        : Command({"idea", "gate"}, "Set the score an idea must reach to be promoted without a reason (the leader)",
                  "--to N", Access::Writes) {
        declare().number("to", "N", "the new gate, 5 to 25 (a new portfolio's is 15)", Need::Required);
    }
    void execute(Context& context) const override {
        Portfolio& portfolio = context.portfolio();
        portfolio.setIdeaGate(context.actor().id, *context.smallNumber("to"));
        reports::Record record;
        record.field("gate", "Gate", reports::Cell::integer(portfolio.store().ideaGate()));
        context.confirm("The gate for ideas is now " + std::to_string(portfolio.store().ideaGate()) + ".", record);
    }
};

class ReportIdeas final : public Command {
public:
    ReportIdeas()
        : Command({"report", "ideas"},
                  "The ideas funnel: from submission to decision, and where promoted ideas are now",
                  "[--from DATE] [--to DATE] [--fy YEAR] [--quarter QUARTER] [--format FORMAT] [--out FILE]",
                  Access::Reads) {
        declarePeriod(declare());
        declare().text("out", "FILE", reportOutHelp().c_str());
    }
    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        const reports::IdeasReport report = reports::buildIdeasReport(context.portfolio().store(), reportPeriod(context));
        deliverReport(context, reports::renderIdeas(report, format), "the ideas funnel for " + report.period.words);
    }
};

}  // namespace

std::unique_ptr<Command> reportIdeas() { return std::make_unique<ReportIdeas>(); }
std::unique_ptr<Command> ideaSubmit() { return std::make_unique<IdeaSubmit>(); }
std::unique_ptr<Command> ideaUpdate() { return std::make_unique<IdeaUpdate>(); }
std::unique_ptr<Command> ideaList() { return std::make_unique<IdeaList>(); }
std::unique_ptr<Command> ideaShow() { return std::make_unique<IdeaShow>(); }
std::unique_ptr<Command> ideaScore() { return std::make_unique<IdeaScoreCommand>(); }
std::unique_ptr<Command> ideaPromote() { return std::make_unique<IdeaPromote>(); }
std::unique_ptr<Command> ideaDecline() { return std::make_unique<IdeaDecline>(); }
std::unique_ptr<Command> ideaPark() { return std::make_unique<IdeaPark>(); }
std::unique_ptr<Command> ideaGate() { return std::make_unique<IdeaGate>(); }

}  // namespace innotrack::cli::commands
