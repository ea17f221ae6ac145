// engagement add | list | show | update: who an innovation has taken with it, and what they said
// (DOMAIN.md "Taking people with you").
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

void declareEngagementFields(Options& options, Need need) {
    const std::string audiences = "who was engaged: " + acceptedKeys<Audience>();
    const std::string forms = "how: " + acceptedKeys<EngagementForm>();
    const std::string stances = "the stance heard: " + acceptedKeys<Stance>();
    options.text("on", "DATE", "the day it was held, YYYY-MM-DD or today", need)
        .text("audience", "AUDIENCE", audiences.c_str(), need)
        .text("form", "FORM", forms.c_str(), need)
        .text("led-by", "PERSON", "who led it, by id or name", need)
        .text("stance", "STANCE", stances.c_str(), need)
        .number("participants", "N", "how many took part (\"none\" where nobody counted)")
        .text("concerns", "TEXT", "the concerns raised")
        .text("response", "TEXT", "the response to them");
}

void applyFields(Context& context, Engagement& engagement) {
    if (auto on = context.date("on")) engagement.heldOn = *on;
    if (auto audience = context.scale<Audience>("audience")) engagement.audience = *audience;
    if (auto form = context.scale<EngagementForm>("form")) engagement.form = *form;
    if (auto ledBy = context.person("led-by")) engagement.ledById = *ledBy;
    if (auto stance = context.scale<Stance>("stance")) engagement.stance = *stance;
    if (context.text("participants") == "none") engagement.participants.reset();
    else if (auto participants = context.smallNumber("participants")) engagement.participants = *participants;
    if (auto concerns = context.text("concerns")) engagement.concerns = *concerns;
    if (auto response = context.text("response")) engagement.response = *response;
}

std::string described(const Engagement& e) {
    return std::string(labelOf(e.form)) + " with " + std::string(labelOf(e.audience)) + " on " + formatDate(e.heldOn);
}

class EngagementAdd final : public Command {
public:
    EngagementAdd()
        : Command({"engagement", "add"}, "Record an engagement on an innovation: who was engaged, how, and what was heard",
                  "--innovation ID --on DATE --audience AUDIENCE --form FORM --led-by PERSON --stance STANCE "
                  "[--participants N] [--concerns TEXT] [--response TEXT]",
                  Access::Writes) {
        declare().number("innovation", "ID", "the innovation the engagement was about", Need::Required);
        declareEngagementFields(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        Engagement engagement;
        engagement.innovationId = *context.idOption("innovation");
        applyFields(context, engagement);
        const Engagement added = context.portfolio().addEngagement(context.actor().id, engagement);
        context.confirm("Recorded engagement " + number(added.id) + " (" + described(added) + ") on innovation " +
                            number(added.innovationId) + ".",
                        views::engagement(context, added));
    }
};

class EngagementList final : public Command {
public:
    EngagementList()
        : Command({"engagement", "list"}, "List engagements, oldest first", "[--innovation ID]", Access::Reads) {
        declare().number("innovation", "ID", "only this innovation's engagements");
    }
    void execute(Context& context) const override {
        const OptionalId innovationId = context.idOption("innovation");
        const auto& store = context.portfolio().store();
        context.readNames();  // before the rows come: the store is busy handing them over
        const std::vector<reports::Column> columns = context.listedColumns(views::engagementColumns());
        context.printRows(columns, "No engagements match.", [&](reports::TableStream& rows) {
            store.forEachEngagement(innovationId, [&](const Engagement& e) {
                rows.add(views::engagementRow(context, columns, e));
            });
        });
    }
};

class EngagementShow final : public Command {
public:
    EngagementShow() : Command({"engagement", "show"}, "Show an engagement", "ID", Access::Reads) {
        declare().id("the engagement's number");
    }
    void execute(Context& context) const override {
        context.print(views::engagement(context, context.portfolio().engagement(context.id())));
    }
};

class EngagementUpdate final : public Command {
public:
    EngagementUpdate()
        : Command({"engagement", "update"}, "Change an engagement's details, such as the response to its concerns",
                  "ID [--on DATE] [--audience AUDIENCE] [--form FORM] [--led-by PERSON] [--stance STANCE] "
                  "[--participants N] [--concerns TEXT] [--response TEXT]",
                  Access::Writes) {
        declare().id("the engagement's number");
        declareEngagementFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Engagement engagement = context.portfolio().engagement(context.id());
        applyFields(context, engagement);
        const Engagement updated = context.portfolio().updateEngagement(context.actor().id, engagement);
        context.confirm("Updated engagement " + number(updated.id) + " (" + described(updated) + ").",
                        views::engagement(context, updated));
    }
};

}  // namespace

Made engagementAdd() { return std::make_unique<EngagementAdd>(); }
Made engagementList() { return std::make_unique<EngagementList>(); }
Made engagementShow() { return std::make_unique<EngagementShow>(); }
Made engagementUpdate() { return std::make_unique<EngagementUpdate>(); }

}  // namespace innotrack::cli::commands
