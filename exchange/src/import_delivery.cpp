// Importing the milestones and benefits registers: what going right is made of. A milestone
// whose due date has already moved from its baseline is added at the baseline and moved, so its
// history says so; one already done is completed; a benefit with its actual value is realised.
#include "import_rows.hpp"

namespace innotrack::exchange::detail {
namespace {

constexpr const char* kMovedReason = "Due date moved before import";

class MilestoneImporter final : public RowImporter {
public:
    explicit MilestoneImporter(ImportScope& scope)
        : scope_(scope),
          innovation_(scope.layout.field("Innovation")),
          title_(scope.layout.field("Title")),
          baselineDue_(scope.layout.field("Baseline due")),
          due_(scope.layout.field("Due")),
          completedOn_(scope.layout.field("Completed on")) {}

    void import(Row& row) override {
        Milestone draft;
        const auto innovationId = scope_.names.innovation(row, innovation_);
        draft.title = row.text(title_);
        const auto baseline = row.date(baselineDue_);
        const auto due = row.date(due_);
        const auto completed = row.date(completedOn_);
        if (!row.ok() || !innovationId || !due) return;
        draft.innovationId = *innovationId;
        draft.due = baseline.value_or(*due);
        const Id actor = scope_.actor.id;
        row.attempt("Innovation", [&] {
            const Milestone added = scope_.portfolio.addMilestone(actor, draft);
            if (added.due != *due) scope_.portfolio.moveMilestone(actor, added.id, *due, kMovedReason);
            if (completed) scope_.portfolio.completeMilestone(actor, added.id, completed);
        });
    }

private:
    ImportScope& scope_;
    Field innovation_, title_, baselineDue_, due_, completedOn_;
};

class BenefitImporter final : public RowImporter {
public:
    explicit BenefitImporter(ImportScope& scope)
        : scope_(scope),
          innovation_(scope.layout.field("Innovation")),
          measure_(scope.layout.field("Measure")),
          unit_(scope.layout.field("Unit")),
          baseline_(scope.layout.field("Baseline")),
          target_(scope.layout.field("Target")),
          actual_(scope.layout.field("Actual")),
          realisedOn_(scope.layout.field("Realised on")) {}

    void import(Row& row) override {
        Benefit draft;
        const auto innovationId = scope_.names.innovation(row, innovation_);
        draft.measure = row.text(measure_);
        draft.unit = row.text(unit_);
        if (const auto baseline = row.decimal(baseline_)) draft.baseline = *baseline;
        if (const auto target = row.decimal(target_)) draft.target = *target;
        const auto actual = row.decimal(actual_);
        const auto realisedOn = row.date(realisedOn_);
        if (actual && !realisedOn && row.empty(realisedOn_))
            row.problem(realisedOn_, "is empty, but the benefit has an actual value; give the date it was realised");
        if (realisedOn && !actual && row.empty(actual_))
            row.problem(actual_, "is empty, but the benefit has a realised date; give the value it reached");
        if (!row.ok() || !innovationId) return;
        draft.innovationId = *innovationId;
        const Id actor = scope_.actor.id;
        row.attempt("Innovation", [&] {
            const Benefit added = scope_.portfolio.addBenefit(actor, draft);
            if (actual) scope_.portfolio.realiseBenefit(actor, added.id, *actual, realisedOn);
        });
    }

private:
    ImportScope& scope_;
    Field innovation_, measure_, unit_, baseline_, target_, actual_, realisedOn_;
};

}  // namespace

std::unique_ptr<RowImporter> milestoneImporter(ImportScope& scope) {
    return std::make_unique<MilestoneImporter>(scope);
}
std::unique_ptr<RowImporter> benefitImporter(ImportScope& scope) { return std::make_unique<BenefitImporter>(scope); }

}  // namespace innotrack::exchange::detail
