// innovation add | list | show | update | stage: the priority innovations themselves.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"
#include "wellbeing_options.hpp"

#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

void declareInnovationFields(Options& options, Need need) {
    options.text("title", "TEXT", "the innovation's title", need)
        .text("summary", "TEXT", "what the innovation is, in a few sentences")
        .number("ambition", "ID", "the ambition it serves (or none)")
        .number("priority", "1-5", "its priority, 1 the highest")
        .text("confidence", "RATING", "delivery confidence: green, amber-green, amber, amber-red or red")
        .text("cabinet-lead", "PERSON", "the cabinet member who leads it, by id or name (or none)")
        .text("lead-officer", "PERSON", "the project officer who leads it, by id or name (or none)")
        .text("start", "DATE", "the start date, YYYY-MM-DD")
        .text("target", "DATE", "the target date, YYYY-MM-DD")
        .text("budget", "POUNDS", "earmarked money in pounds, such as 250000 or £250,000")
        .number("staff-days", "N", "earmarked staff days")
        .text("inspired-by", "TEXT", "where the idea came from: another council, a case study")
        .text("benefits", "TEXT", "the benefits expected")
        .yesNo("public", "whether the residents' public summary shows it (its cabinet lead or the leader): yes or no")
        .text("public-description", "TEXT", "how the public summary describes it, written for residents");
    declareWellbeingTags(options);
}

// "none" takes a lead or an ambition away in `update`.
OptionalId personOrNone(Context& context, const std::string& name, OptionalId current) {
    const auto value = context.text(name);
    if (!value) return current;
    if (*value == "none") return std::nullopt;
    return context.person(name);
}

void applyFields(Context& context, Innovation& innovation) {
    if (auto title = context.text("title")) innovation.title = *title;
    if (auto summary = context.text("summary")) innovation.summary = *summary;
    if (auto ambition = context.text("ambition"))
        innovation.ambitionId = *ambition == "none" ? OptionalId() : context.idOption("ambition");
    if (auto priority = context.smallNumber("priority")) innovation.priority = *priority;
    if (auto confidence = context.scale<Confidence>("confidence")) innovation.confidence = *confidence;
    innovation.cabinetLeadId = personOrNone(context, "cabinet-lead", innovation.cabinetLeadId);
    innovation.leadOfficerId = personOrNone(context, "lead-officer", innovation.leadOfficerId);
    if (auto start = context.date("start")) innovation.startDate = *start;
    if (auto target = context.date("target")) innovation.targetDate = *target;
    if (auto budget = context.pounds("budget")) innovation.budgetPence = *budget;
    if (auto days = context.smallNumber("staff-days")) innovation.staffDays = *days;
    if (auto inspired = context.text("inspired-by")) innovation.inspiredBy = *inspired;
    if (auto benefits = context.text("benefits")) innovation.expectedBenefits = *benefits;
    if (auto shown = context.yesNo("public")) innovation.isPublic = *shown;
    if (auto description = context.text("public-description")) innovation.publicDescription = *description;
    applyWellbeingTags(context, innovation);
}

class InnovationAdd final : public Command {
public:
    InnovationAdd()
        : Command({"innovation", "add"}, "Add a priority innovation (cabinet members and the leader)",
                  "--title TEXT [--summary TEXT] [--ambition ID] [--priority 1-5] [--cabinet-lead PERSON] "
                  "[--lead-officer PERSON] [--budget POUNDS] [--stage STAGE --since DATE] ...",
                  Access::Writes) {
        declareInnovationFields(declare(), Need::Required);
        // History entered after the fact: an innovation already piloting joins at Piloting, which
        // counts as no advance (as the register import does), rather than through invented moves.
        declare()
            .text("stage", "STAGE",
                  "the stage it has reached, if it is further on than idea: exploring, piloting, scaling or "
                  "mainstreamed")
            .text("since", "DATE", "the day it reached that stage, so that later stage changes follow it");
    }
    void execute(Context& context) const override {
        Innovation innovation;
        applyFields(context, innovation);
        if (const auto stage = context.scale<Stage>("stage")) innovation.stage = *stage;
        const Innovation added =
            context.portfolio().addInnovation(context.actor().id, innovation, context.date("since"));
        context.confirm("Added innovation " + number(added.id) + " " + quoted(added.title) + " at stage " +
                            label(added.stage) + ", priority " + std::to_string(added.priority) + ".",
                        views::innovation(context, added));
    }
};

class InnovationList final : public Command {
public:
    InnovationList()
        : Command({"innovation", "list"}, "List innovations, highest priority first",
                  "[--stage STAGE] [--ambition ID] [--cabinet PERSON] [--officer PERSON] [--active] [--search TEXT]",
                  Access::Reads) {
        declare()
            .text("stage", "STAGE", "only this stage: idea, exploring, piloting, scaling, mainstreamed or stopped")
            .number("ambition", "ID", "only those serving this ambition")
            .text("cabinet", "PERSON", "only those this cabinet member leads")
            .text("officer", "PERSON", "only those this officer leads")
            .flag("active", "only active ones (not mainstreamed or stopped)")
            .text("search", "TEXT", "only those with this text in the title, summary or inspired-by");
    }
    void execute(Context& context) const override {
        InnovationFilter filter;
        filter.stage = context.scale<Stage>("stage");
        filter.ambitionId = context.idOption("ambition");
        filter.cabinetLeadId = context.person("cabinet");
        filter.leadOfficerId = context.person("officer");
        filter.activeOnly = context.flag("active");
        filter.text = context.text("search").value_or("");
        const auto& store = context.portfolio().store();
        context.readNames();  // before the rows come: the store is busy handing them over
        const std::vector<reports::Column> columns = context.listedColumns(views::innovationColumns());
        context.printRows(columns, "No innovations match.", [&](reports::TableStream& rows) {
            store.forEachInnovation(filter, [&](const Innovation& innovation) {
                rows.add(views::innovationRow(context, columns, innovation));
            });
        });
    }
};

class InnovationShow final : public Command {
public:
    InnovationShow()
        : Command({"innovation", "show"}, "Show an innovation with all its records, engagements included",
                  "ID", Access::Reads) {
        declare().id("the innovation's number");
    }
    void execute(Context& context) const override {
        Portfolio& portfolio = context.portfolio();
        const Innovation innovation = portfolio.innovation(context.id());
        const auto& store = portfolio.store();
        auto record = views::innovation(context, innovation);
        // The idea it was promoted from, where it was (DOMAIN.md "Ideas and the gate").
        if (const auto idea = store.findIdeaOfInnovation(innovation.id))
            record.section("idea", "From idea", views::ideas(context, {*idea}, store.listIdeaScores(idea->id)));
        record.section("milestones", "Milestones",
                       views::milestones(store.listMilestones(innovation.id), context.clock().today()))
            .section("risks", "Risks", views::risks(context, store.listRisks(innovation.id), store.riskBands()))
            .section("setbacks", "Setbacks", views::setbacks(context, store.listSetbacks(innovation.id)))
            .section("benefits", "Benefits", views::benefits(store.listBenefits(innovation.id)))
            .section("engagements", "Engagements", views::engagements(context, store.listEngagements(innovation.id)))
            // Decisions to be made and made under the Forward Plan's rules, apart from what weekly
            // reviews decided (review show lists those, and the formal decisions they led to).
            .section("decisions", "Formal decisions", views::decisions(context, store.listDecisions(innovation.id)));
        context.print(record);
    }
};

class InnovationUpdate final : public Command {
public:
    InnovationUpdate()
        : Command({"innovation", "update"}, "Change an innovation's details, leads, budget or confidence",
                  "ID [--title TEXT] [--priority 1-5] [--confidence RATING] [--lead-officer PERSON] ...",
                  Access::Writes) {
        declare().id("the innovation's number");
        declareInnovationFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Innovation innovation = context.portfolio().innovation(context.id());
        applyFields(context, innovation);
        const Innovation updated = context.portfolio().updateInnovation(context.actor().id, innovation);
        context.confirm("Updated innovation " + number(updated.id) + " " + quoted(updated.title) + ".",
                        views::innovation(context, updated));
    }
};

class InnovationStage final : public Command {
public:
    InnovationStage()
        : Command({"innovation", "stage"}, "Move an innovation to another stage, or stop it with a reason",
                  "ID --to STAGE [--reason TEXT] [--on DATE]", Access::Writes) {
        declare()
            .id("the innovation's number")
            .text("to", "STAGE", "the new stage: idea, exploring, piloting, scaling, mainstreamed or stopped",
                  Need::Required)
            .text("reason", "TEXT", "why it moves (required to stop it)")
            .text("on", "DATE", "the day it moved (default today)");
    }
    void execute(Context& context) const override {
        const Stage to = *context.scale<Stage>("to");
        const auto on = context.date("on");
        const Innovation before = context.portfolio().innovation(context.id());
        const Innovation after = context.portfolio().changeStage(context.actor().id, before.id, to,
                                                                 context.text("reason").value_or(""), on);
        context.confirm("Moved innovation " + number(after.id) + " " + quoted(after.title) + " from " +
                            label(before.stage) + " to " + label(after.stage) + " on " +
                            formatDate(on.value_or(context.clock().today())) + ".",
                        views::innovation(context, after));
    }
};

}  // namespace

Made innovationAdd() { return std::make_unique<InnovationAdd>(); }
Made innovationList() { return std::make_unique<InnovationList>(); }
Made innovationShow() { return std::make_unique<InnovationShow>(); }
Made innovationUpdate() { return std::make_unique<InnovationUpdate>(); }
Made innovationStage() { return std::make_unique<InnovationStage>(); }

}  // namespace innotrack::cli::commands
