// Importing the innovations and ambitions registers: one addInnovation or addAmbition per row,
// with titles kept unique so the other registers can name each one (and importing the same file
// twice is caught).
#include "import_rows.hpp"

#include "tracker/limits.hpp"

#include <cctype>

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
        titles_.check(row, title_, draft.title, scope_.names.innovationCalled(draft.title), "innovation");
        if (!row.ok()) return;
        row.attempt("", [&] {
            const Innovation added = scope_.portfolio.addInnovation(scope_.actor.id, draft);
            scope_.names.addInnovation(added.title, added.id);
        });
    }

private:
    ImportScope& scope_;
    Field title_, summary_, ambition_, stage_, priority_, confidence_, cabinetLead_, leadOfficer_, start_, target_,
        budget_, staffDays_, inspiredBy_, expectedBenefits_, goals_, ways_;
    NewTitles titles_;
};

// By the leader, as `innotrack ambition add`; an English portfolio's service refuses its tags.
class AmbitionImporter final : public RowImporter {
public:
    explicit AmbitionImporter(ImportScope& scope)
        : scope_(scope),
          title_(scope.layout.field("Title")),
          description_(scope.layout.field("Description")),
          horizon_(scope.layout.field("Horizon year")),
          concern_(scope.layout.field("Community concern")),
          goals_(scope.layout.field("Well-being goals")),
          ways_(scope.layout.field("Ways of working")) {}

    void import(Row& row) override {
        Ambition draft;
        draft.title = row.text(title_);
        draft.description = row.text(description_);
        if (const auto year = row.number(horizon_, kMinHorizonYear, kMaxHorizonYear)) draft.horizonYear = *year;
        draft.communityConcern = row.text(concern_);
        draft.goals = row.scaleSet<WellbeingGoal>(goals_);
        draft.ways = row.scaleSet<WayOfWorking>(ways_);
        titles_.check(row, title_, draft.title, scope_.names.ambitionCalled(draft.title), "ambition");
        if (!row.ok()) return;
        row.attempt("", [&] {
            const Ambition added = scope_.portfolio.addAmbition(scope_.actor.id, draft);
            scope_.names.addAmbition(added.title, added.id);
        });
    }

private:
    ImportScope& scope_;
    Field title_, description_, horizon_, concern_, goals_, ways_;
    NewTitles titles_;
};

}  // namespace

void NewTitles::check(Row& row, const Field& field, const std::string& title, OptionalId existing,
                      std::string_view record) {
    if (title.empty()) return;
    const std::string kind(record);
    const auto [earlier, isNew] = lines_.emplace(lowered(title), row.line());
    if (!isNew) {
        row.problem(field, "line " + std::to_string(earlier->second) + " has the same title; each " + kind +
                               " needs its own, so the other registers can name it");
    } else if (existing) {
        row.problem(field, "the portfolio already has an " + kind + " with this title (#" + std::to_string(*existing) +
                               "); was this file imported before? Give a new " + kind + " its own title");
    }
}

std::unique_ptr<RowImporter> ambitionImporter(ImportScope& scope) { return std::make_unique<AmbitionImporter>(scope); }

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
