// board: the stage board, a column per stage with what needs attention on each card.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "reports/stage_board.hpp"
#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

using reports::Align;
using reports::Cell;

// CSV and JSON get one row per card, stopped ones included, so a script can rebuild the board.
reports::Table cardTable(const reports::StageBoard& board) {
    reports::Table table;
    table.column("innovation_id", "ID", Align::Right)
        .column("stage", "Stage")
        .column("title", "Title")
        .column("priority", "Pri", Align::Right)
        .column("confidence", "Confidence")
        .column("cabinet_lead", "Cabinet lead")
        .column("next_milestone", "Next milestone")
        .column("next_milestone_due", "Due")
        .column("overdue_milestones", "Overdue", Align::Right)
        .column("critical_risks_open", "Critical", Align::Right)
        .column("setbacks_since_review", "Setbacks", Align::Right)
        .column("stop_reason", "Stopped because");
    const auto add = [&table](const StageBoardCard& card) {
        table.addRow({Cell::integer(card.innovationId), views::scaleCell(card.stage), Cell::text(card.title),
                      Cell::integer(card.priority), views::scaleCell(card.confidence), Cell::text(card.cabinetLead),
                      card.nextMilestoneId ? Cell::text(card.nextMilestone) : Cell::null(),
                      Cell::date(card.nextMilestoneDue), Cell::integer(card.badges.overdueMilestones),
                      Cell::integer(card.badges.criticalRisksOpen), Cell::integer(card.badges.setbacksSinceReview),
                      Cell::text(card.stopReason)});
    };
    for (const auto& column : board.columns)
        for (const auto& card : column.cards) add(card);
    for (const auto& card : board.stopped) add(card);
    return table;
}

class StageBoardCommand final : public Command {
public:
    StageBoardCommand()
        : Command({"board"}, "Show the stage board: each innovation by stage, with what needs attention",
                  "[--cabinet PERSON] [--on DATE]", Access::Reads) {
        declare()
            .text("cabinet", "PERSON", "only the innovations this cabinet member leads, by id or name")
            .text("on", "DATE", "the board as it stood at the end of this day (YYYY-MM-DD; default today)");
    }
    void execute(Context& context) const override {
        const Date on = context.asOf("the board");
        const OptionalId cabinet = context.person("cabinet");
        const auto board = reports::buildStageBoard(context.backend().stageBoardQueries(), on, cabinet);
        if (context.format() == reports::Format::Text)
            context.out() << reports::renderStageBoardText(board);
        else
            context.print(cardTable(board), "");
    }
};

}  // namespace

Made stageBoard() { return std::make_unique<StageBoardCommand>(); }

}  // namespace innotrack::cli::commands
