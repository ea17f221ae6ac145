// Importing the innovations register: one addInnovation per row, with titles kept unique so the
// other registers can name each innovation (and importing the same file twice is caught).
#include "import_rows.hpp"

#include <cctype>
#include <unordered_map>

namespace innotrack::exchange::detail {
namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

class InnovationImporter final : public RowImporter {
public:
    explicit InnovationImporter(ImportScope& scope)
        : scope_(scope),
          title_(scope.layout.field("Title")),
          summary_(scope.layout.field("Summary")),
          ambition_(scope.layout.field("Ambition")),
          stage_(scope.layout.field("Stage")),
          priority_(scope.layout.field("Priority")),
          confidence_(scope.layout.field("Confidence")),
          cabinetLead_(scope.layout.field("Cabinet lead")),
          leadOfficer_(scope.layout.field("Lead officer")),
          start_(scope.layout.field("Start date")),
          target_(scope.layout.field("Target date")),
          budget_(scope.layout.field("Budget")),
          staffDays_(scope.layout.field("Staff days")),
          inspiredBy_(scope.layout.field("Inspired by")),
          expectedBenefits_(scope.layout.field("Expected benefits")),
          goals_(scope.layout.field("Well-being goals")),
          ways_(scope.layout.field("Ways of working")) {}

    void import(Row& row) override {
        Innovation draft;
        draft.title = row.text(title_);
        draft.summary = row.text(summary_);
        draft.ambitionId = scope_.names.ambition(row, ambition_);
        if (const auto stage = row.scale<Stage>(stage_)) draft.stage = *stage;
        if (const auto priority = row.number(priority_, kHighestPriority, kLowestPriority)) draft.priority = *priority;
        if (const auto confidence = row.scale<Confidence>(confidence_)) draft.confidence = *confidence;
        draft.cabinetLeadId = scope_.names.person(row, cabinetLead_);
        draft.leadOfficerId = scope_.names.person(row, leadOfficer_);
        draft.startDate = row.date(start_);
        draft.targetDate = row.date(target_);
        if (const auto budget = row.money(budget_)) draft.budgetPence = *budget;
        if (const auto days = row.number(staffDays_)) draft.staffDays = *days;
        draft.inspiredBy = row.text(inspiredBy_);
        draft.expectedBenefits = row.text(expectedBenefits_);
        // An English portfolio refuses them in the service, as `innovation add --goals` is refused.
        draft.goals = row.scaleSet<WellbeingGoal>(goals_);
        draft.ways = row.scaleSet<WayOfWorking>(ways_);
        requireNewTitle(row, draft.title);
        if (!row.ok()) return;
        row.attempt("", [&] {
            const Innovation added = scope_.portfolio.addInnovation(scope_.actor.id, draft);
            scope_.names.addInnovation(added.title, added.id);
        });
    }

private:
    void requireNewTitle(Row& row, const std::string& title) {
        if (title.empty()) return;
        const auto [earlier, isNew] = titleLines_.emplace(lowered(title), row.line());
        if (!isNew) {
            row.problem(title_, "line " + std::to_string(earlier->second) +
                                    " has the same title; each innovation needs its own, so the other registers "
                                    "can name it");
        } else if (const auto existing = scope_.names.innovationCalled(title)) {
            row.problem(title_, "the portfolio already has an innovation with this title (#" +
                                    std::to_string(*existing) +
                                    "); was this file imported before? Give a new innovation its own title");
        }
    }

    ImportScope& scope_;
    Field title_, summary_, ambition_, stage_, priority_, confidence_, cabinetLead_, leadOfficer_, start_, target_,
        budget_, staffDays_, inspiredBy_, expectedBenefits_, goals_, ways_;
    std::unordered_map<std::string, std::size_t> titleLines_;  // titles in this file, to their line
};

}  // namespace

std::unique_ptr<RowImporter> innovationImporter(ImportScope& scope) {
    return std::make_unique<InnovationImporter>(scope);
}

void requireImporter(Row& row, const Field& field, const ImportScope& scope, const char* verb) {
    const auto named = scope.names.person(row, field);
    if (!named || *named == scope.actor.id) return;
    const Person* person = scope.names.personById(*named);
    const std::string name = person != nullptr ? person->name : row.text(field);
    row.problem(field, "innotrack records the person importing (" + scope.actor.name + ") as the one who " + verb +
                           ", so '" + name + "' cannot be kept; empty the cell, or let " + name + " import this row");
}

}  // namespace innotrack::exchange::detail
