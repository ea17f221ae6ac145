// setback log | list | show | update: what went wrong, and what kind of failure it was.
#include "commands.hpp"
#include "output.hpp"
#include "setback_fields.hpp"
#include "views.hpp"

#include <algorithm>

namespace innotrack::cli::commands {

void declareSetbackFields(Options& options, Need need) {
    options.text("what", "TEXT", "what happened", need)
        .text("kind", "KIND", "the kind of failure: basic, complex or intelligent", need)
        .text("on", "DATE", "the day it happened (default today)")
        .text("response", "TEXT", "what was done in response")
        // The five questions of an intelligent failure (DOMAIN.md): all five must hold.
        .yesNo("new-territory", "it happened in new territory")
        .yesNo("credible-opportunity", "it was in pursuit of a credible opportunity")
        .yesNo("informed", "it was informed by what was already known")
        .yesNo("small", "it was as small as it could be")
        .yesNo("learned", "it has been learned from");
}

void applySetbackFields(const Context& context, Setback& setback) {
    if (auto what = context.text("what")) setback.whatHappened = *what;
    if (auto kind = context.scale<FailureKind>("kind")) setback.kind = *kind;
    if (auto on = context.date("on")) setback.occurredOn = *on;
    if (auto response = context.text("response")) setback.response = *response;
    if (auto answer = context.yesNo("new-territory")) setback.test.newTerritory = *answer;
    if (auto answer = context.yesNo("credible-opportunity")) setback.test.credibleOpportunity = *answer;
    if (auto answer = context.yesNo("informed")) setback.test.informedByKnowledge = *answer;
    if (auto answer = context.yesNo("small")) setback.test.smallAsPossible = *answer;
    if (auto answer = context.yesNo("learned")) setback.test.learnedFrom = *answer;
}

namespace {

class SetbackLog final : public Command {
public:
    SetbackLog()
        : Command({"setback", "log"}, "Log a setback: something that went wrong",
                  "--innovation ID --what TEXT --kind KIND [--on DATE] [--risk ID] [--response TEXT] "
                  "[--new-territory] [--credible-opportunity] [--informed] [--small] [--learned]",
                  Access::Writes) {
        declare()
            .number("innovation", "ID", "the innovation it happened to", Need::Required)
            .number("risk", "ID", "the risk it was, if it had been foreseen");
        declareSetbackFields(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        Setback setback;
        setback.innovationId = *context.idOption("innovation");
        setback.riskId = context.idOption("risk");
        setback.occurredOn = context.clock().today();
        applySetbackFields(context, setback);
        const Setback logged = context.portfolio().logSetback(context.actor().id, setback);
        context.confirm("Logged setback " + number(logged.id) + " (" + label(logged.kind) + ", " +
                            formatDate(logged.occurredOn) + ") on innovation " + number(logged.innovationId) + ".",
                        views::setback(context, logged));
    }
};

class SetbackList final : public Command {
public:
    SetbackList()
        : Command({"setback", "list"}, "List setbacks by date", "[--innovation ID] [--kind KIND]", Access::Reads) {
        declare()
            .number("innovation", "ID", "only this innovation's setbacks")
            .text("kind", "KIND", "only this kind: basic, complex or intelligent");
    }
    void execute(Context& context) const override {
        const auto kind = context.scale<FailureKind>("kind");
        const OptionalId innovationId = context.idOption("innovation");
        const auto& store = context.portfolio().store();
        context.readNames();  // before the rows come: the store is busy handing them over
        const std::vector<reports::Column> columns = context.listedColumns(views::setbackColumns());
        context.printRows(columns, "No setbacks match.", [&](reports::TableStream& rows) {
            store.forEachSetback(innovationId, [&](const Setback& s) {
                if (!kind || s.kind == *kind) rows.add(views::setbackRow(context, columns, s));
            });
        });
    }
};

class SetbackShow final : public Command {
public:
    SetbackShow() : Command({"setback", "show"}, "Show a setback in full", "ID", Access::Reads) {
        declare().id("the setback's number");
    }
    void execute(Context& context) const override {
        context.print(views::setback(context, context.portfolio().setback(context.id())));
    }
};

class SetbackUpdate final : public Command {
public:
    SetbackUpdate()
        : Command({"setback", "update"}, "Change a setback's account, kind, response or answers",
                  "ID [--what TEXT] [--kind KIND] [--on DATE] [--response TEXT] [--learned[=yes|no]] ...",
                  Access::Writes) {
        declare().id("the setback's number");
        declareSetbackFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Setback setback = context.portfolio().setback(context.id());
        applySetbackFields(context, setback);
        const Setback updated = context.portfolio().updateSetback(context.actor().id, setback);
        context.confirm("Updated setback " + number(updated.id) + " (" + label(updated.kind) + ").",
                        views::setback(context, updated));
    }
};

}  // namespace

Made setbackLog() { return std::make_unique<SetbackLog>(); }
Made setbackList() { return std::make_unique<SetbackList>(); }
Made setbackShow() { return std::make_unique<SetbackShow>(); }
Made setbackUpdate() { return std::make_unique<SetbackUpdate>(); }

}  // namespace innotrack::cli::commands
