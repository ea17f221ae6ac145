// milestone add | list | show | update | done | move: delivery dates and their history.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

namespace innotrack::cli::commands {
namespace {

class MilestoneAdd final : public Command {
public:
    MilestoneAdd()
        : Command({"milestone", "add"}, "Add a milestone to an innovation", "--innovation ID --title TEXT --due DATE",
                  Access::Writes) {
        declare()
            .number("innovation", "ID", "the innovation the milestone belongs to", Need::Required)
            .text("title", "TEXT", "the milestone's title", Need::Required)
            .text("due", "DATE", "the date it is due, YYYY-MM-DD", Need::Required);
    }
    void execute(Context& context) const override {
        Milestone milestone;
        milestone.innovationId = *context.idOption("innovation");
        milestone.title = *context.text("title");
        milestone.due = *context.date("due");
        milestone.baselineDue = milestone.due;
        const Milestone added = context.portfolio().addMilestone(context.actor().id, milestone);
        context.confirm("Added milestone " + number(added.id) + " " + quoted(added.title) + " (due " +
                            formatDate(added.due) + ") to innovation " + number(added.innovationId) + ".",
                        views::milestone(added, context.clock().today()));
    }
};

class MilestoneList final : public Command {
public:
    MilestoneList()
        : Command({"milestone", "list"}, "List milestones by due date", "[--innovation ID] [--overdue]",
                  Access::Reads) {
        declare()
            .number("innovation", "ID", "only this innovation's milestones")
            .flag("overdue", "only milestones past their due date and not done");
    }
    void execute(Context& context) const override {
        const Date today = context.clock().today();
        const bool overdueOnly = context.flag("overdue");
        const OptionalId innovationId = context.idOption("innovation");
        const auto& store = context.portfolio().store();
        const std::vector<reports::Column> columns = context.listedColumns(views::milestoneColumns());
        context.printRows(columns, "No milestones match.", [&](reports::TableStream& rows) {
            store.forEachMilestone(innovationId, [&](const Milestone& m) {
                if (!overdueOnly || m.isOverdue(today)) rows.add(views::milestoneRow(columns, m, today));
            });
        });
    }
};

class MilestoneShow final : public Command {
public:
    MilestoneShow()
        : Command({"milestone", "show"}, "Show a milestone and every move of its due date", "ID", Access::Reads) {
        declare().id("the milestone's number");
    }
    void execute(Context& context) const override {
        const Milestone milestone = context.portfolio().milestone(context.id());
        auto record = views::milestone(milestone, context.clock().today());
        record.section("moves", "Moves",
                       views::milestoneMoves(context, context.portfolio().store().listMilestoneMoves(milestone.id)));
        context.print(record);
    }
};

class MilestoneUpdate final : public Command {
public:
    MilestoneUpdate()
        : Command({"milestone", "update"}, "Rename a milestone (move its date with 'milestone move')",
                  "ID --title TEXT", Access::Writes) {
        declare().id("the milestone's number").text("title", "TEXT", "the milestone's new title", Need::Required);
    }
    void execute(Context& context) const override {
        Milestone milestone = context.portfolio().milestone(context.id());
        milestone.title = *context.text("title");
        const Milestone updated = context.portfolio().updateMilestone(context.actor().id, milestone);
        context.confirm("Renamed milestone " + number(updated.id) + " to " + quoted(updated.title) + ".",
                        views::milestone(updated, context.clock().today()));
    }
};

class MilestoneDone final : public Command {
public:
    MilestoneDone()
        : Command({"milestone", "done"}, "Mark a milestone completed", "ID [--on DATE]", Access::Writes) {
        declare().id("the milestone's number").text("on", "DATE", "the day it was completed (default today)");
    }
    void execute(Context& context) const override {
        const Milestone done =
            context.portfolio().completeMilestone(context.actor().id, context.id(), context.date("on"));
        const std::string timing = done.onTime() ? "on time" : "late: the baseline was " + formatDate(done.baselineDue);
        context.confirm("Completed milestone " + number(done.id) + " " + quoted(done.title) + " on " +
                            formatDate(done.completedOn) + " (" + timing + ").",
                        views::milestone(done, context.clock().today()));
    }
};

class MilestoneMove final : public Command {
public:
    MilestoneMove()
        : Command({"milestone", "move"}, "Move a milestone's due date, giving the reason",
                  "ID --to DATE --reason TEXT [--on DATE]", Access::Writes) {
        declare()
            .id("the milestone's number")
            .text("to", "DATE", "the new due date, YYYY-MM-DD", Need::Required)
            .text("reason", "TEXT", "the reason the date moves", Need::Required)
            .text("on", "DATE", "the day the date was moved (default today)");
    }
    void execute(Context& context) const override {
        const Date to = *context.date("to");
        const Milestone before = context.portfolio().milestone(context.id());
        const Milestone moved = context.portfolio().moveMilestone(context.actor().id, before.id, to,
                                                                  *context.text("reason"), context.date("on"));
        context.confirm("Moved milestone " + number(moved.id) + " " + quoted(moved.title) + " from " +
                            formatDate(before.due) + " to " + formatDate(moved.due) + ".",
                        views::milestone(moved, context.clock().today()));
    }
};

}  // namespace

Made milestoneAdd() { return std::make_unique<MilestoneAdd>(); }
Made milestoneList() { return std::make_unique<MilestoneList>(); }
Made milestoneShow() { return std::make_unique<MilestoneShow>(); }
Made milestoneUpdate() { return std::make_unique<MilestoneUpdate>(); }
Made milestoneDone() { return std::make_unique<MilestoneDone>(); }
Made milestoneMove() { return std::make_unique<MilestoneMove>(); }

}  // namespace innotrack::cli::commands
