// ambition add | list | show | update: the council's long-term aims.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"
#include "wellbeing_options.hpp"

namespace innotrack::cli::commands {
namespace {

void declareAmbitionFields(Options& options, Need need) {
    options.text("title", "TEXT", "the ambition's title", need)
        .number("horizon", "YEAR", "the year the ambition looks to, such as 2045", need)
        .text("description", "TEXT", "what the ambition means")
        .text("concern", "TEXT", "the community concern it answers");
    declareWellbeingTags(options);
}

void applyFields(const Context& context, Ambition& ambition) {
    if (auto title = context.text("title")) ambition.title = *title;
    if (auto horizon = context.smallNumber("horizon")) ambition.horizonYear = *horizon;
    if (auto description = context.text("description")) ambition.description = *description;
    if (auto concern = context.text("concern")) ambition.communityConcern = *concern;
    applyWellbeingTags(context, ambition);
}

class AmbitionAdd final : public Command {
public:
    AmbitionAdd()
        : Command({"ambition", "add"}, "Add a long-term ambition from the council's plan (the leader only)",
                  "--title TEXT --horizon YEAR [--description TEXT] [--concern TEXT]", Access::Writes) {
        declareAmbitionFields(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        Ambition ambition;
        applyFields(context, ambition);
        const Ambition added = context.portfolio().addAmbition(context.actor().id, ambition);
        context.confirm("Added ambition " + number(added.id) + " " + quoted(added.title) + " (horizon " +
                            std::to_string(added.horizonYear) + ").",
                        views::ambition(added));
    }
};

class AmbitionList final : public Command {
public:
    AmbitionList() : Command({"ambition", "list"}, "List the council's ambitions", "", Access::Reads) {}
    void execute(Context& context) const override {
        context.print(views::ambitions(context.portfolio().store().listAmbitions()), "No ambitions yet.");
    }
};

class AmbitionShow final : public Command {
public:
    AmbitionShow() : Command({"ambition", "show"}, "Show one ambition", "ID", Access::Reads) {
        declare().id("the ambition's number");
    }
    void execute(Context& context) const override {
        context.print(views::ambition(context.portfolio().ambition(context.id())));
    }
};

class AmbitionUpdate final : public Command {
public:
    AmbitionUpdate()
        : Command({"ambition", "update"}, "Change an ambition (the leader only)",
                  "ID [--title TEXT] [--horizon YEAR] [--description TEXT] [--concern TEXT]", Access::Writes) {
        declare().id("the ambition's number");
        declareAmbitionFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Ambition ambition = context.portfolio().ambition(context.id());
        applyFields(context, ambition);
        const Ambition updated = context.portfolio().updateAmbition(context.actor().id, ambition);
        context.confirm("Updated ambition " + number(updated.id) + " " + quoted(updated.title) + ".",
                        views::ambition(updated));
    }
};

}  // namespace

Made ambitionAdd() { return std::make_unique<AmbitionAdd>(); }
Made ambitionList() { return std::make_unique<AmbitionList>(); }
Made ambitionShow() { return std::make_unique<AmbitionShow>(); }
Made ambitionUpdate() { return std::make_unique<AmbitionUpdate>(); }

}  // namespace innotrack::cli::commands
