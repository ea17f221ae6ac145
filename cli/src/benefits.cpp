// benefit add | list | show | update | realise: what going right is measured by.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

void declareBenefitFields(Options& options, Need need) {
    options.text("measure", "TEXT", "what is measured, such as \"Delayed discharges per month\"", need)
        .decimal("baseline", "N", "the measure before the innovation", need)
        .decimal("target", "N", "the measure the innovation aims for", need)
        .text("unit", "UNIT", "the unit, such as people, £ or %");
}

void applyFields(const Context& context, Benefit& benefit) {
    if (auto measure = context.text("measure")) benefit.measure = *measure;
    if (auto baseline = context.decimal("baseline")) benefit.baseline = *baseline;
    if (auto target = context.decimal("target")) benefit.target = *target;
    if (auto unit = context.text("unit")) benefit.unit = *unit;
}

class BenefitAdd final : public Command {
public:
    BenefitAdd()
        : Command({"benefit", "add"}, "Add a benefit an innovation should bring",
                  "--innovation ID --measure TEXT --baseline N --target N [--unit UNIT]", Access::Writes) {
        declare().number("innovation", "ID", "the innovation the benefit belongs to", Need::Required);
        declareBenefitFields(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        Benefit benefit;
        benefit.innovationId = *context.idOption("innovation");
        applyFields(context, benefit);
        const Benefit added = context.portfolio().addBenefit(context.actor().id, benefit);
        context.confirm("Added benefit " + number(added.id) + " " + quoted(added.measure) + " to innovation " +
                            number(added.innovationId) + ".",
                        views::benefit(added));
    }
};

class BenefitList final : public Command {
public:
    BenefitList() : Command({"benefit", "list"}, "List benefits", "[--innovation ID]", Access::Reads) {
        declare().number("innovation", "ID", "only this innovation's benefits");
    }
    void execute(Context& context) const override {
        const OptionalId innovationId = context.idOption("innovation");
        const auto& store = context.portfolio().store();
        const std::vector<reports::Column> columns = context.listedColumns(views::benefitColumns());
        context.printRows(columns, "No benefits match.", [&](reports::TableStream& rows) {
            store.forEachBenefit(innovationId, [&](const Benefit& b) { rows.add(views::benefitRow(columns, b)); });
        });
    }
};

class BenefitShow final : public Command {
public:
    BenefitShow() : Command({"benefit", "show"}, "Show a benefit", "ID", Access::Reads) {
        declare().id("the benefit's number");
    }
    void execute(Context& context) const override {
        context.print(views::benefit(context.portfolio().benefit(context.id())));
    }
};

class BenefitUpdate final : public Command {
public:
    BenefitUpdate()
        : Command({"benefit", "update"}, "Change a benefit's measure, baseline, target or unit",
                  "ID [--measure TEXT] [--baseline N] [--target N] [--unit UNIT]", Access::Writes) {
        declare().id("the benefit's number");
        declareBenefitFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Benefit benefit = context.portfolio().benefit(context.id());
        applyFields(context, benefit);
        const Benefit updated = context.portfolio().updateBenefit(context.actor().id, benefit);
        context.confirm("Updated benefit " + number(updated.id) + " " + quoted(updated.measure) + ".",
                        views::benefit(updated));
    }
};

class BenefitRealise final : public Command {
public:
    BenefitRealise()
        : Command({"benefit", "realise"}, "Record the value a benefit actually reached", "ID --actual N [--on DATE]",
                  Access::Writes) {
        declare()
            .id("the benefit's number")
            .decimal("actual", "N", "the value the measure reached", Need::Required)
            .text("on", "DATE", "the day it was realised (default today)");
    }
    void execute(Context& context) const override {
        const double actual = *context.decimal("actual");
        const Benefit realised =
            context.portfolio().realiseBenefit(context.actor().id, context.id(), actual, context.date("on"));
        context.confirm("Realised benefit " + number(realised.id) + " " + quoted(realised.measure) + " on " +
                            formatDate(realised.realisedOn) + ".",
                        views::benefit(realised));
    }
};

}  // namespace

Made benefitAdd() { return std::make_unique<BenefitAdd>(); }
Made benefitList() { return std::make_unique<BenefitList>(); }
Made benefitShow() { return std::make_unique<BenefitShow>(); }
Made benefitUpdate() { return std::make_unique<BenefitUpdate>(); }
Made benefitRealise() { return std::make_unique<BenefitRealise>(); }

}  // namespace innotrack::cli::commands
