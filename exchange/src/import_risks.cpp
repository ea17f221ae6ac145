// Importing the risks and setbacks registers: a risk is added open and closed when its Status
// says closed; a setback naming one of its innovation's risks marks that risk occurred, as
// logging it by hand does.
#include "import_rows.hpp"

namespace innotrack::exchange::detail {
namespace {

class RiskImporter final : public RowImporter {
public:
    explicit RiskImporter(ImportScope& scope)
        : scope_(scope),
          innovation_(scope.layout.field("Innovation")),
          title_(scope.layout.field("Title")),
          cause_(scope.layout.field("Cause")),
          event_(scope.layout.field("Event")),
          effect_(scope.layout.field("Effect")),
          likelihood_(scope.layout.field("Likelihood")),
          impact_(scope.layout.field("Impact")),
          residualLikelihood_(scope.layout.field("Residual likelihood")),
          residualImpact_(scope.layout.field("Residual impact")),
          owner_(scope.layout.field("Owner")),
          response_(scope.layout.field("Response")),
          mitigation_(scope.layout.field("Mitigation")),
          proximity_(scope.layout.field("Proximity")),
          status_(scope.layout.field("Status")),
          raisedOn_(scope.layout.field("Raised on")),
          closedOn_(scope.layout.field("Closed on")) {}

    void import(Row& row) override {
        Risk draft;
        const auto innovationId = scope_.names.innovation(row, innovation_);
        draft.title = row.text(title_);
        draft.cause = row.text(cause_);
        draft.event = row.text(event_);
        draft.effect = row.text(effect_);
        const auto likelihood = row.number(likelihood_, kMinScale, kMaxScale);
        const auto impact = row.number(impact_, kMinScale, kMaxScale);
        draft.residualLikelihood = row.number(residualLikelihood_, kMinScale, kMaxScale);
        draft.residualImpact = row.number(residualImpact_, kMinScale, kMaxScale);
        const auto owner = scope_.names.person(row, owner_);
        if (const auto response = row.scale<RiskResponse>(response_)) draft.response = *response;
        draft.mitigation = row.text(mitigation_);
        if (const auto proximity = row.scale<Proximity>(proximity_)) draft.proximity = *proximity;
        const auto status = row.scale<RiskStatus>(status_);
        if (const auto raised = row.date(raisedOn_)) draft.raisedOn = *raised;  // else today
        const auto closedOn = row.date(closedOn_);
        // A closing date with no status means the risk was closed; with Status open it is a slip.
        const bool closes = status == RiskStatus::Closed || (!status && closedOn);
        if (status == RiskStatus::Open && closedOn)
            row.problem(closedOn_, "is given, but Status is open; a closed risk has Status closed");
        if (!row.ok() || !innovationId || !likelihood || !impact || !owner) return;
        draft.innovationId = *innovationId;
        draft.inherentLikelihood = *likelihood;
        draft.inherentImpact = *impact;
        draft.ownerId = *owner;
        const Id actor = scope_.actor.id;
        const bool added = row.attempt("Innovation", [&] {
            const Risk risk = scope_.portfolio.addRisk(actor, draft);
            if (closes) scope_.portfolio.closeRisk(actor, risk.id, closedOn);
        });
        // A risk occurs through the setback it became: it stays open until that setback is
        // imported with the risk in its Risk column.
        if (added && status == RiskStatus::Occurred) ++scope_.result.occurredRisksLeftOpen;
    }

private:
    ImportScope& scope_;
    Field innovation_, title_, cause_, event_, effect_, likelihood_, impact_, residualLikelihood_, residualImpact_,
        owner_, response_, mitigation_, proximity_, status_, raisedOn_, closedOn_;
};

class SetbackImporter final : public RowImporter {
public:
    explicit SetbackImporter(ImportScope& scope)
        : scope_(scope),
          innovation_(scope.layout.field("Innovation")),
          occurredOn_(scope.layout.field("Occurred on")),
          whatHappened_(scope.layout.field("What happened")),
          kind_(scope.layout.field("Kind")),
          risk_(scope.layout.field("Risk")),
          response_(scope.layout.field("Response")),
          newTerritory_(scope.layout.field("New territory")),
          credibleOpportunity_(scope.layout.field("Credible opportunity")),
          informed_(scope.layout.field("Informed by knowledge")),
          small_(scope.layout.field("Small as possible")),
          learned_(scope.layout.field("Learned from")),
          loggedBy_(scope.layout.field("Logged by")) {}

    void import(Row& row) override {
        Setback draft;
        const auto innovationId = scope_.names.innovation(row, innovation_);
        const auto occurredOn = row.date(occurredOn_);
        draft.whatHappened = row.text(whatHappened_);
        const auto kind = row.scale<FailureKind>(kind_);
        if (innovationId) draft.riskId = scope_.names.risk(row, risk_, *innovationId);
        draft.response = row.text(response_);
        draft.test.newTerritory = row.yesNo(newTerritory_);
        draft.test.credibleOpportunity = row.yesNo(credibleOpportunity_);
        draft.test.informedByKnowledge = row.yesNo(informed_);
        draft.test.smallAsPossible = row.yesNo(small_);
        draft.test.learnedFrom = row.yesNo(learned_);
        requireImporter(row, loggedBy_, scope_, "logged the setback");
        if (!row.ok() || !innovationId || !occurredOn || !kind) return;
        draft.innovationId = *innovationId;
        draft.occurredOn = *occurredOn;
        draft.kind = *kind;
        // A conflict is about the risk: it already occurred, perhaps on an earlier row.
        row.attempt(draft.riskId ? "Risk" : "Innovation",
                    [&] { scope_.portfolio.logSetback(scope_.actor.id, draft); });
    }

private:
    ImportScope& scope_;
    Field innovation_, occurredOn_, whatHappened_, kind_, risk_, response_, newTerritory_, credibleOpportunity_,
        informed_, small_, learned_, loggedBy_;
};

}  // namespace

std::unique_ptr<RowImporter> riskImporter(ImportScope& scope) { return std::make_unique<RiskImporter>(scope); }
std::unique_ptr<RowImporter> setbackImporter(ImportScope& scope) { return std::make_unique<SetbackImporter>(scope); }

}  // namespace innotrack::exchange::detail
