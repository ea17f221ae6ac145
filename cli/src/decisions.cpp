// decision add | list | show | update | notice | exception | urgency | record | threshold | nation:
// decisions on an innovation, their notice, a short notice's route and the decision record
// (DOMAIN.md "Key decisions and the Forward Plan (England)").
#include "decision_commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "tracker/errors.hpp"
#include "tracker/money.hpp"

namespace innotrack::cli::commands {
namespace {

void declareDetails(Options& options, Need need) {
    options.text("matter", "TEXT", "what is to be decided", need)
        .text("on", "DATE", "the day it is to be made, YYYY-MM-DD", need)
        .text("maker", "PERSON", "the cabinet member or the leader who decides, by id or name")
        .text("body", "NAME", "or the body that decides, such as Cabinet (with --members)")
        .text("members", "TEXT", "the body's members")
        .text("amount", "POUNDS", "the spending or savings it involves, such as 750000 or £750,000")
        .yesNo("wards", "whether it significantly affects communities in two or more wards: yes or no")
        .number("review", "ID", "the weekly review whose decision led to it");
}

void declareNotice(Options& options, Need need) {
    options.text("published-on", "DATE", "the day the notice was published, YYYY-MM-DD or today", need)
        .text("documents", "TEXT", "the documents to be submitted to the decision maker")
        .text("copies-from", "TEXT", "where copies can be had, and how to ask for other documents");
}

void applyDetails(Context& context, Decision& d) {
    if (auto matter = context.text("matter")) d.matter = *matter;
    if (auto on = context.date("on")) d.plannedOn = *on;
    if (context.has("maker") && context.has("body"))
        throw ValidationError("--body", *context.text("body"),
                              "--maker and --body: name the person who decides or the body that decides, not both");
    if (auto maker = context.person("maker")) {
        d.makerId = *maker;
        d.makerBody.clear();
        d.makerMembers.clear();
    }
    if (auto body = context.text("body")) {
        d.makerBody = *body;
        d.makerId.reset();
    }
    if (auto members = context.text("members")) d.makerMembers = *members;
    if (auto amount = context.pounds("amount")) d.amountPence = *amount;
    if (auto wards = context.yesNo("wards")) d.affectsTwoOrMoreWards = *wards;
    if (auto review = context.idOption("review")) d.reviewId = *review;
}

void applyNotice(Context& context, Decision& d) {
    if (auto on = context.date("published-on")) d.noticeOn = *on;
    if (auto documents = context.text("documents")) d.documents = *documents;
    if (auto from = context.text("copies-from")) d.documentsFrom = *from;
}

std::string described(const Decision& d) { return "decision " + number(d.id) + " " + quoted(d.matter); }

class DecisionAdd final : public Command {
public:
    DecisionAdd()
        : Command({"decision", "add"},
                  "Add a decision to be made on an innovation (its cabinet lead or the leader)",
                  "--innovation ID --matter TEXT --on DATE (--maker PERSON | --body NAME --members TEXT) "
                  "[--amount POUNDS] [--wards yes|no] [--review ID] [--published-on DATE] [--documents TEXT] "
                  "[--copies-from TEXT]",
                  Access::Writes) {
        declare().number("innovation", "ID", "the innovation the decision is about", Need::Required);
        declareDetails(declare(), Need::Required);
        declareNotice(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Decision d;
        d.innovationId = *context.idOption("innovation");
        applyDetails(context, d);
        applyNotice(context, d);
        const Decision added = context.portfolio().addDecision(context.actor().id, d);
        context.confirm("Added " + described(added) + " on innovation " + number(added.innovationId) + ", to be made on " +
                            formatDate(added.plannedOn) + ".",
                        views::decision(context, added));
    }
};

class DecisionList final : public Command {
public:
    DecisionList()
        : Command({"decision", "list"}, "List decisions, soonest to be made first", "[--innovation ID] [--key]",
                  Access::Reads) {
        declare().number("innovation", "ID", "only this innovation's decisions").flag("key", "only key decisions");
    }
    void execute(Context& context) const override {
        const PortfolioStore& store = context.portfolio().store();
        auto listed = store.listDecisions(context.idOption("innovation"));
        if (context.flag("key")) {
            const Pence threshold = store.keyDecisionThreshold();
            std::erase_if(listed, [&](const Decision& d) { return !keyReasonsOf(d, threshold).isKey(); });
        }
        context.print(views::decisions(context, listed), "No decisions match.");
    }
};

class DecisionShow final : public Command {
public:
    DecisionShow() : Command({"decision", "show"}, "Show a decision, its notice and its record", "ID", Access::Reads) {
        declare().id("the decision's number");
    }
    void execute(Context& context) const override {
        context.print(views::decision(context, context.portfolio().decision(context.id())));
    }
};

class DecisionUpdate final : public Command {
public:
    DecisionUpdate()
        : Command({"decision", "update"}, "Change a decision's details before it is made",
                  "ID [--matter TEXT] [--on DATE] [--maker PERSON | --body NAME --members TEXT] [--amount POUNDS] "
                  "[--wards yes|no] [--review ID]",
                  Access::Writes) {
        declare().id("the decision's number");
        declareDetails(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Decision d = context.portfolio().decision(context.id());
        applyDetails(context, d);
        const Decision updated = context.portfolio().updateDecision(context.actor().id, d);
        context.confirm("Updated " + described(updated) + ".", views::decision(context, updated));
    }
};

class DecisionNotice final : public Command {
public:
    DecisionNotice()
        : Command({"decision", "notice"}, "Record the notice published for a decision (the Forward Plan's entry)",
                  "ID --published-on DATE [--documents TEXT] [--copies-from TEXT]", Access::Writes) {
        declare().id("the decision's number");
        declareNotice(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        Decision d = context.portfolio().decision(context.id());
        applyNotice(context, d);
        const Decision updated = context.portfolio().updateDecision(context.actor().id, d);
        context.confirm("Recorded the notice of " + described(updated) + ", published on " +
                            formatDate(updated.noticeOn) + ".",
                        views::decision(context, updated));
    }
};

class DecisionException final : public Command {
public:
    DecisionException()
        : Command({"decision", "exception"},
                  "Make a short notice a general exception (scrutiny chair told)",
                  "ID --chair NAME --told-on DATE", Access::Writes) {
        declare().id("the decision's number");
        declare()
            .text("chair", "NAME", "the chair of the scrutiny committee", Need::Required)
            .text("told-on", "DATE", "the day the chair was told, YYYY-MM-DD or today", Need::Required);
    }
    void execute(Context& context) const override {
        const Decision d = context.portfolio().markGeneralException(context.actor().id, context.id(),
                                                                    *context.text("chair"), *context.date("told-on"));
        context.confirm("Made " + described(d) + " a general exception.", views::decision(context, d));
    }
};

class DecisionUrgency final : public Command {
public:
    DecisionUrgency()
        : Command({"decision", "urgency"},
                  "Make a short notice special urgency (scrutiny chair agrees)",
                  "ID --chair NAME --agreed-on DATE --reason TEXT", Access::Writes) {
        declare().id("the decision's number");
        declare()
            .text("chair", "NAME", "the chair of the scrutiny committee who agreed", Need::Required)
            .text("agreed-on", "DATE", "the day the chair agreed, YYYY-MM-DD or today", Need::Required)
            .text("reason", "TEXT", "why the decision cannot reasonably wait", Need::Required);
    }
    void execute(Context& context) const override {
        const Decision d = context.portfolio().markSpecialUrgency(context.actor().id, context.id(),
                                                                  *context.text("chair"), *context.date("agreed-on"),
                                                                  *context.text("reason"));
        context.confirm("Made " + described(d) + " one of special urgency.", views::decision(context, d));
    }
};

class DecisionRecord final : public Command {
public:
    DecisionRecord()
        : Command({"decision", "record"},
                  "Record the decision made, once any short notice is resolved",
                  "ID --made-on DATE --decision TEXT --reasons TEXT [--alternatives TEXT] [--conflicts TEXT] "
                  "[--dispensation TEXT]",
                  Access::Writes) {
        declare().id("the decision's number");
        declare()
            .text("made-on", "DATE", "the day it was made, YYYY-MM-DD or today", Need::Required)
            .text("decision", "TEXT", "the decision", Need::Required)
            .text("reasons", "TEXT", "the reasons for it", Need::Required)
            .text("alternatives", "TEXT", "the alternatives considered and rejected")
            .text("conflicts", "TEXT", "any conflict of interest declared, and by whom")
            .text("dispensation", "TEXT", "any dispensation granted");
    }
    void execute(Context& context) const override {
        Decision record;
        record.madeOn = context.date("made-on");
        record.decision = *context.text("decision");
        record.reasons = *context.text("reasons");
        record.alternativesRejected = context.text("alternatives").value_or("");
        record.conflictsDeclared = context.text("conflicts").value_or("");
        record.dispensation = context.text("dispensation").value_or("");
        const Decision made = context.portfolio().recordDecision(context.actor().id, context.id(), record);
        context.confirm("Recorded " + described(made) + ", made on " + formatDate(made.madeOn) + ".",
                        views::decision(context, made));
    }
};

class DecisionThreshold final : public Command {
public:
    DecisionThreshold()
        : Command({"decision", "threshold"},
                  "Set the spending or savings that make a decision key",
                  "--to POUNDS", Access::Writes) {
        declare().text("to", "POUNDS",
                       "the new threshold, such as 500000 or £500,000 (a new portfolio's is £500,000; the leader)",
                       Need::Required);
    }
    void execute(Context& context) const override {
        Portfolio& portfolio = context.portfolio();
        portfolio.setKeyDecisionThreshold(context.actor().id, *context.pounds("to"));
        const Pence now = portfolio.store().keyDecisionThreshold();
        reports::Record record;
        record.field("threshold_pence", "Threshold", views::moneyCell(now));
        context.confirm("Spending or savings of " + formatPounds(now) + " or more now make a decision key.", record);
    }
};

class DecisionNation final : public Command {
public:
    DecisionNation()
        : Command({"decision", "nation"},
                  "Set whether the portfolio is in England or Wales",
                  "--to england|wales", Access::Writes) {
        declare().text("to", "NATION",
                       "england (key decisions need 28 clear days' notice) or wales (no such check); a new portfolio "
                       "is england; the leader",
                       Need::Required);
    }
    void execute(Context& context) const override {
        Portfolio& portfolio = context.portfolio();
        portfolio.setNation(context.actor().id, *context.scale<Nation>("to"));
        const Nation now = portfolio.store().nation();
        reports::Record record;
        record.field("nation", "Nation", views::scaleCell(now));
        context.confirm(now == Nation::Wales
                            ? "The portfolio is Welsh: decisions and their records are kept without the 28 clear days check."
                            : "The portfolio is English: key decisions need 28 clear days' notice.",
                        record);
    }
};

}  // namespace

std::unique_ptr<Command> decisionAdd() { return std::make_unique<DecisionAdd>(); }
std::unique_ptr<Command> decisionList() { return std::make_unique<DecisionList>(); }
std::unique_ptr<Command> decisionShow() { return std::make_unique<DecisionShow>(); }
std::unique_ptr<Command> decisionUpdate() { return std::make_unique<DecisionUpdate>(); }
std::unique_ptr<Command> decisionNotice() { return std::make_unique<DecisionNotice>(); }
std::unique_ptr<Command> decisionException() { return std::make_unique<DecisionException>(); }
std::unique_ptr<Command> decisionUrgency() { return std::make_unique<DecisionUrgency>(); }
std::unique_ptr<Command> decisionRecord() { return std::make_unique<DecisionRecord>(); }
std::unique_ptr<Command> decisionThreshold() { return std::make_unique<DecisionThreshold>(); }
std::unique_ptr<Command> decisionNation() { return std::make_unique<DecisionNation>(); }

}  // namespace innotrack::cli::commands
