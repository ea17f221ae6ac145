// Importing the decisions register (DOMAIN.md "Key decisions and the Forward Plan (England)"): each
// row one decision, added through the service with its notice, then made a general exception or
// special urgency where its Route says so, then recorded where it has a Made on day; so the rules
// of the 28 clear days (a short notice without a route has no record), the rights and the audit are
// the service's own, as `innotrack decision add | exception | urgency | record` apply them.
#include "import_rows.hpp"

#include <map>

namespace innotrack::exchange::detail {
namespace {

class DecisionImporter final : public RowImporter {
public:
    explicit DecisionImporter(ImportScope& scope)
        : scope_(scope),
          innovation_(scope.layout.field("Innovation")),
          matter_(scope.layout.field("Matter")),
          maker_(scope.layout.field("Decision maker")),
          body_(scope.layout.field("Deciding body")),
          members_(scope.layout.field("Members")),
          plannedOn_(scope.layout.field("To be made on")),
          amount_(scope.layout.field("Amount")),
          wards_(scope.layout.field("Two or more wards")),
          noticeOn_(scope.layout.field("Notice published on")),
          documents_(scope.layout.field("Documents")),
          copiesFrom_(scope.layout.field("Copies from")),
          route_(scope.layout.field("Route")),
          chair_(scope.layout.field("Scrutiny chair")),
          chairOn_(scope.layout.field("Chair told or agreed on")),
          urgency_(scope.layout.field("Why it cannot wait")),
          review_(scope.layout.field("Weekly review")),
          madeOn_(scope.layout.field("Made on")),
          decision_(scope.layout.field("Decision")),
          reasons_(scope.layout.field("Reasons")),
          alternatives_(scope.layout.field("Alternatives rejected")),
          conflicts_(scope.layout.field("Conflicts of interest")),
          dispensation_(scope.layout.field("Dispensation")) {}

    void import(Row& row) override {
        Decision draft;
        const OptionalId innovation = scope_.names.innovation(row, innovation_);
        draft.matter = row.text(matter_);
        draft.makerId = scope_.names.person(row, maker_);
        draft.makerBody = row.text(body_);
        draft.makerMembers = row.text(members_);
        if (const auto on = row.date(plannedOn_)) draft.plannedOn = *on;
        if (const auto amount = row.money(amount_)) draft.amountPence = *amount;
        draft.affectsTwoOrMoreWards = row.yesNo(wards_);
        draft.noticeOn = row.date(noticeOn_);
        draft.documents = row.text(documents_);
        draft.documentsFrom = row.text(copiesFrom_);
        Decision route;
        route.route = row.scale<ShortNoticeRoute>(route_).value_or(ShortNoticeRoute::None);
        route.scrutinyChair = row.text(chair_);
        route.chairOn = row.date(chairOn_);
        route.urgencyReason = row.text(urgency_);
        Decision record;
        record.madeOn = row.date(madeOn_);
        record.decision = row.text(decision_);
        record.reasons = row.text(reasons_);
        record.alternativesRejected = row.text(alternatives_);
        record.conflictsDeclared = row.text(conflicts_);
        record.dispensation = row.text(dispensation_);
        if (!row.empty(maker_) && !row.empty(body_))
            row.problem(body_, "is given, and so is Decision maker: name the person who decides or the body that "
                               "decides, not both");
        checkRoute(row, route);
        checkRecord(row);
        if (innovation) draft.reviewId = review(row, *innovation);
        if (!row.ok()) return;

        draft.innovationId = *innovation;
        const Id actor = scope_.actor.id;
        Portfolio& portfolio = scope_.portfolio;
        Decision added;
        if (!row.attempt("Matter", [&] { added = portfolio.addDecision(actor, draft); })) return;
        if (route.route == ShortNoticeRoute::GeneralException &&
            !row.attempt("Route", [&] {
                portfolio.markGeneralException(actor, added.id, route.scrutinyChair, *route.chairOn);
            }))
            return;
        if (route.route == ShortNoticeRoute::SpecialUrgency &&
            !row.attempt("Route", [&] {
                portfolio.markSpecialUrgency(actor, added.id, route.scrutinyChair, *route.chairOn,
                                             route.urgencyReason);
            }))
            return;
        if (record.madeOn) row.attempt("Made on", [&] { portfolio.recordDecision(actor, added.id, record); });
    }

private:
    // The chair and their day belong to a route, and a route needs its day (the service checks the
    // chair's name and the reason for urgency).
    void checkRoute(Row& row, const Decision& route) {
        if (route.route == ShortNoticeRoute::None) {
            for (const Field* field : {&chair_, &chairOn_, &urgency_})
                if (!row.empty(*field))
                    row.problem(*field, "is given, but Route is none; it belongs to a general exception or special "
                                        "urgency");
            return;
        }
        if (row.empty(chairOn_))
            row.problem(chairOn_, "is empty; a " + std::string(keyOf(route.route)) +
                                      " needs the day the scrutiny chair was told or agreed");
        if (route.route == ShortNoticeRoute::GeneralException && !row.empty(urgency_))
            row.problem(urgency_, "is given, but Route is general-exception; only special urgency says why it "
                                  "cannot wait");
    }

    // The record's cells without the day it was made are a record of nothing.
    void checkRecord(Row& row) {
        if (!row.empty(madeOn_)) return;
        for (const Field* field : {&decision_, &reasons_, &alternatives_, &conflicts_, &dispensation_})
            if (!row.empty(*field))
                row.problem(*field, "is given, but Made on is empty; a decision record starts with the day it was "
                                    "made");
    }

    // The weekly review held on the cell's day: the one that recorded the innovation, where there
    // are two that day (the service then checks it did).
    OptionalId review(Row& row, Id innovation) {
        const auto day = row.date(review_);
        if (!day) return std::nullopt;
        if (!reviewsLoaded_) {
            for (const Review& review : scope_.portfolio.store().listReviews())
                reviewsOn_.emplace(review.heldOn, review.id);
            reviewsLoaded_ = true;
        }
        const auto [first, last] = reviewsOn_.equal_range(*day);
        if (first == last) {
            row.problem(review_, "no weekly review was held on " + formatDate(*day) +
                                     " in this portfolio; name the day of one that was, or empty the cell");
            return std::nullopt;
        }
        for (auto at = first; at != last; ++at)
            for (const ReviewEntry& entry : scope_.portfolio.store().listReviewEntries(at->second))
                if (entry.innovationId == innovation) return at->second;
        return first->second;
    }

    ImportScope& scope_;
    Field innovation_, matter_, maker_, body_, members_, plannedOn_, amount_, wards_, noticeOn_, documents_, copiesFrom_,
        route_, chair_, chairOn_, urgency_, review_, madeOn_, decision_, reasons_, alternatives_, conflicts_,
        dispensation_;
    bool reviewsLoaded_ = false;
    std::multimap<Date, Id> reviewsOn_;
};

}  // namespace

std::unique_ptr<RowImporter> decisionImporter(ImportScope& scope) {
    return std::make_unique<DecisionImporter>(scope);
}

}  // namespace innotrack::exchange::detail
