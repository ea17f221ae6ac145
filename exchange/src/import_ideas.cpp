// Importing the ideas register (DOMAIN.md "Ideas and the gate"): each row one idea, submitted
// through the service as the person importing and then parked, promoted or declined as its
// Status says, so the gate's rules and the audit are the service's own. Anyone may import
// submitted ideas; a row that parks or decides one needs an assessor, as doing it by hand does.
#include "import_rows.hpp"

#include "tracker/permissions.hpp"

#include <algorithm>
#include <cctype>

namespace innotrack::exchange::detail {
namespace {

bool sameTitle(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

bool isDecision(IdeaStatus status) { return status == IdeaStatus::Promoted || status == IdeaStatus::Declined; }

class IdeaImporter final : public RowImporter {
public:
    explicit IdeaImporter(ImportScope& scope)
        : scope_(scope),
          title_(scope.layout.field("Title")),
          problem_(scope.layout.field("Problem")),
          proposal_(scope.layout.field("Proposal")),
          source_(scope.layout.field("Source")),
          reference_(scope.layout.field("Reference")),
          ambition_(scope.layout.field("Ambition")),
          submittedBy_(scope.layout.field("Submitted by")),
          submittedOn_(scope.layout.field("Submitted on")),
          status_(scope.layout.field("Status")),
          parkedOn_(scope.layout.field("Parked on")),
          lookAgainOn_(scope.layout.field("Look again on")),
          decidedOn_(scope.layout.field("Decided on")),
          decidedBy_(scope.layout.field("Decided by")),
          reason_(scope.layout.field("Reason")),
          innovation_(scope.layout.field("Innovation")) {}

    void import(Row& row) override {
        Idea draft;
        draft.title = row.text(title_);
        draft.problem = row.text(problem_);
        draft.proposal = row.text(proposal_);
        if (const auto source = row.scale<IdeaSource>(source_)) draft.source = *source;
        draft.reference = row.text(reference_);
        draft.ambitionId = scope_.names.ambition(row, ambition_);
        requireImporter(row, submittedBy_, scope_, "submitted the idea");
        if (const auto submitted = row.date(submittedOn_)) draft.submittedOn = *submitted;  // else today
        const IdeaStatus status = row.scale<IdeaStatus>(status_).value_or(IdeaStatus::Submitted);
        const auto parkedOn = row.date(parkedOn_);
        const auto lookAgainOn = row.date(lookAgainOn_);
        const auto decidedOn = row.date(decidedOn_);
        requireImporter(row, decidedBy_, scope_, "decided on the idea");
        const std::string reason = row.text(reason_);
        checkStatus(row, status);
        if (!row.ok()) return;

        const Id actor = scope_.actor.id;
        Portfolio& portfolio = scope_.portfolio;
        row.attempt("Title", [&] {
            const Idea idea = portfolio.submitIdea(actor, draft);
            if (parkedOn || status == IdeaStatus::Parked)
                portfolio.parkIdea(actor, idea.id, lookAgainFor(status, parkedOn, lookAgainOn, decidedOn), parkedOn);
            if (status == IdeaStatus::Promoted) {
                const Idea promoted = portfolio.promoteIdea(actor, idea.id, reason, decidedOn);
                scope_.names.addInnovation(promoted.title, *promoted.innovationId);
            }
            if (status == IdeaStatus::Declined) portfolio.declineIdea(actor, idea.id, reason, decidedOn);
        });
    }

private:
    // The cells that only some statuses have, and the assessor's rights a status needs.
    void checkStatus(Row& row, IdeaStatus status) {
        const std::string named(keyOf(status));
        if (status == IdeaStatus::UnderAssessment) {
            row.problem(status_, "under-assessment comes from an assessor's score, which this register does not "
                                 "carry; import it as submitted, then score it with: innotrack idea score ID");
            return;
        }
        if (status != IdeaStatus::Submitted)
            if (const Permission may = permits(scope_.actor, Action::AssessIdea); !may)
                row.problem(status_, "is " + named + ", and " + may.reason);
        if (status == IdeaStatus::Submitted && !row.empty(parkedOn_))
            row.problem(parkedOn_, "is given, but Status is submitted; an idea parked is parked, promoted or declined");
        if (status != IdeaStatus::Parked && !row.empty(lookAgainOn_))
            row.problem(lookAgainOn_, "is given, but Status is " + named + "; only a parked idea has a day to look again");
        if (status == IdeaStatus::Parked && row.empty(lookAgainOn_))
            row.problem(lookAgainOn_, "is empty; a parked idea needs the day to look at it again");
        if (!isDecision(status))
            for (const Field* field : {&decidedOn_, &decidedBy_, &reason_})
                if (!row.empty(*field))
                    row.problem(*field, "is given, but Status is " + named +
                                            "; only a promoted or declined idea has a decision");
        if (status != IdeaStatus::Promoted && !row.empty(innovation_))
            row.problem(innovation_, "is given, but Status is " + named + "; only a promoted idea has an innovation");
        if (status == IdeaStatus::Promoted) checkInnovation(row);
    }

    // Promoting creates the innovation, called as the idea: the cell may only say so, and no
    // innovation of that name may be there already (it would be a second one).
    void checkInnovation(Row& row) {
        const std::string title = row.text(title_);
        const std::string named = row.text(innovation_);
        if (!named.empty() && !sameTitle(named, title)) {
            row.problem(innovation_, "promoting the idea creates the innovation '" + title + "', so '" + named +
                                         "' cannot be kept; empty the cell, or rename the innovation after the import");
            return;
        }
        if (!title.empty() && scope_.names.innovationCalled(title))
            row.problem(innovation_, "an innovation called '" + title +
                                         "' is already in the portfolio, and promoting the idea would add a second; "
                                         "rename one of them first");
    }

    // Parking needs a day to look again after the day parked. A decided idea keeps only the day
    // it was parked, so it is parked until the day of its decision (or the next day).
    static Date lookAgainFor(IdeaStatus status, const std::optional<Date>& parkedOn,
                             const std::optional<Date>& lookAgainOn, const std::optional<Date>& decidedOn) {
        if (status == IdeaStatus::Parked) return lookAgainOn.value_or(Date());
        if (decidedOn && parkedOn && *parkedOn < *decidedOn) return *decidedOn;
        return *parkedOn + boost::gregorian::days(1);
    }

    ImportScope& scope_;
    Field title_, problem_, proposal_, source_, reference_, ambition_, submittedBy_, submittedOn_, status_, parkedOn_,
        lookAgainOn_, decidedOn_, decidedBy_, reason_, innovation_;
};

}  // namespace

std::unique_ptr<RowImporter> ideaImporter(ImportScope& scope) { return std::make_unique<IdeaImporter>(scope); }

}  // namespace innotrack::exchange::detail
