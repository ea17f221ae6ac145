// risk add | list | show | update | close | occurred: the risk register of each innovation.
#include "commands.hpp"
#include "output.hpp"
#include "setback_fields.hpp"
#include "views.hpp"

#include <algorithm>

namespace innotrack::cli::commands {
namespace {

void declareRiskFields(Options& options, Need need) {
    options.text("title", "TEXT", "the risk's title", need)
        .number("likelihood", "1-5", "likelihood before mitigation: 1 rare to 5 almost certain", need)
        .number("impact", "1-5", "impact before mitigation: 1 negligible to 5 severe", need)
        .text("owner", "PERSON", "the one person who owns the risk, by id or name", need)
        .text("cause", "TEXT", "the cause")
        .text("event", "TEXT", "the event that may happen")
        .text("effect", "TEXT", "its effect")
        .number("residual-likelihood", "1-5", "likelihood after mitigation")
        .number("residual-impact", "1-5", "impact after mitigation")
        .text("response", "RESPONSE", "avoid, reduce, fallback, transfer, accept or share")
        .text("mitigation", "TEXT", "what is done about it")
        .text("proximity", "WHEN", "imminent, this-stage, this-project or beyond")
        .text("raised", "DATE", "the day it was raised (default today)");
}

void applyFields(Context& context, Risk& risk) {
    if (auto title = context.text("title")) risk.title = *title;
    if (auto likelihood = context.smallNumber("likelihood")) risk.inherentLikelihood = *likelihood;
    if (auto impact = context.smallNumber("impact")) risk.inherentImpact = *impact;
    if (auto owner = context.person("owner")) risk.ownerId = *owner;
    if (auto cause = context.text("cause")) risk.cause = *cause;
    if (auto event = context.text("event")) risk.event = *event;
    if (auto effect = context.text("effect")) risk.effect = *effect;
    if (auto likelihood = context.smallNumber("residual-likelihood")) risk.residualLikelihood = *likelihood;
    if (auto impact = context.smallNumber("residual-impact")) risk.residualImpact = *impact;
    if (auto response = context.scale<RiskResponse>("response")) risk.response = *response;
    if (auto mitigation = context.text("mitigation")) risk.mitigation = *mitigation;
    if (auto proximity = context.scale<Proximity>("proximity")) risk.proximity = *proximity;
    if (auto raised = context.date("raised")) risk.raisedOn = *raised;
}

std::string scoreWords(const Risk& risk, const RiskBands& bands) {
    return "score " + std::to_string(risk.score()) + ", " + label(bands.bandOf(risk.score()));
}

class RiskAdd final : public Command {
public:
    RiskAdd()
        : Command({"risk", "add"}, "Add a risk to an innovation's register",
                  "--innovation ID --title TEXT --likelihood 1-5 --impact 1-5 --owner PERSON [--cause TEXT] ...",
                  Access::Writes) {
        declare().number("innovation", "ID", "the innovation the risk belongs to", Need::Required);
        declareRiskFields(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        Risk risk;
        risk.innovationId = *context.idOption("innovation");
        risk.raisedOn = context.clock().today();
        applyFields(context, risk);
        const Risk added = context.portfolio().addRisk(context.actor().id, risk);
        const RiskBands bands = context.portfolio().store().riskBands();
        context.confirm("Added risk " + number(added.id) + " " + quoted(added.title) + " (" + scoreWords(added, bands) +
                            ") to innovation " + number(added.innovationId) + ".",
                        views::risk(context, added, bands));
    }
};

class RiskList final : public Command {
public:
    RiskList()
        : Command({"risk", "list"}, "List risks with their scores and bands", "[--innovation ID] [--status STATUS]",
                  Access::Reads) {
        declare()
            .number("innovation", "ID", "only this innovation's risks")
            .text("status", "STATUS", "only risks that are open, closed or occurred");
    }
    void execute(Context& context) const override {
        const auto status = context.scale<RiskStatus>("status");
        const OptionalId innovationId = context.idOption("innovation");
        const auto& store = context.portfolio().store();
        // Read before the rows come: the store is busy handing them over.
        const RiskBands bands = store.riskBands();
        context.readNames();
        const std::vector<reports::Column> columns = context.listedColumns(views::riskColumns());
        context.printRows(columns, "No risks match.", [&](reports::TableStream& rows) {
            store.forEachRisk(innovationId, [&](const Risk& r) {
                if (!status || r.status == *status) rows.add(views::riskRow(context, columns, r, bands));
            });
        });
    }
};

class RiskShow final : public Command {
public:
    RiskShow() : Command({"risk", "show"}, "Show a risk in full", "ID", Access::Reads) {
        declare().id("the risk's number");
    }
    void execute(Context& context) const override {
        const Risk risk = context.portfolio().risk(context.id());
        context.print(views::risk(context, risk, context.portfolio().store().riskBands()));
    }
};

class RiskUpdate final : public Command {
public:
    RiskUpdate()
        : Command({"risk", "update"}, "Change a risk's details, scores, owner or response",
                  "ID [--title TEXT] [--likelihood 1-5] [--impact 1-5] [--residual-likelihood 1-5] ...",
                  Access::Writes) {
        declare().id("the risk's number");
        declareRiskFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Risk risk = context.portfolio().risk(context.id());
        applyFields(context, risk);
        const Risk updated = context.portfolio().updateRisk(context.actor().id, risk);
        const RiskBands bands = context.portfolio().store().riskBands();
        context.confirm("Updated risk " + number(updated.id) + " " + quoted(updated.title) + " (" +
                            scoreWords(updated, bands) + ").",
                        views::risk(context, updated, bands));
    }
};

class RiskClose final : public Command {
public:
    RiskClose() : Command({"risk", "close"}, "Close a risk that did not occur", "ID [--on DATE]", Access::Writes) {
        declare().id("the risk's number").text("on", "DATE", "the day it was closed (default today)");
    }
    void execute(Context& context) const override {
        const Risk closed = context.portfolio().closeRisk(context.actor().id, context.id(), context.date("on"));
        context.confirm("Closed risk " + number(closed.id) + " " + quoted(closed.title) + " on " +
                            formatDate(closed.closedOn) + ".",
                        views::risk(context, closed, context.portfolio().store().riskBands()));
    }
};

class RiskOccurred final : public Command {
public:
    RiskOccurred()
        : Command({"risk", "occurred"}, "Record that a risk happened, logging the setback it became",
                  "ID --what TEXT --kind KIND [--on DATE] [--response TEXT] [--new-territory] ...", Access::Writes) {
        declare().id("the risk's number");
        declareSetbackFields(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        const Risk risk = context.portfolio().risk(context.id());
        Setback setback;
        setback.innovationId = risk.innovationId;
        setback.riskId = risk.id;
        setback.occurredOn = context.clock().today();
        applySetbackFields(context, setback);
        const Setback logged = context.portfolio().riskOccurred(context.actor().id, risk.id, setback);
        context.confirm("Risk " + number(risk.id) + " " + quoted(risk.title) + " occurred: logged setback " +
                            number(logged.id) + " (" + label(logged.kind) + ") on innovation " +
                            number(logged.innovationId) + ".",
                        views::setback(context, logged));
    }
};

}  // namespace

Made riskAdd() { return std::make_unique<RiskAdd>(); }
Made riskList() { return std::make_unique<RiskList>(); }
Made riskShow() { return std::make_unique<RiskShow>(); }
Made riskUpdate() { return std::make_unique<RiskUpdate>(); }
Made riskClose() { return std::make_unique<RiskClose>(); }
Made riskOccurred() { return std::make_unique<RiskOccurred>(); }

}  // namespace innotrack::cli::commands
