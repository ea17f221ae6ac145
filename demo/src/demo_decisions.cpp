// The demo's decisions (DOMAIN.md "Key decisions and the Forward Plan (England)"): a key decision
// with 49 clear days' notice; one with a short notice made a general exception; one still short and
// flagged on the Forward Plan; one made, with its record, led from the latest weekly review; and a
// decision below the threshold that needs no notice. A Welsh council has no Forward Plan check
// (the 28 clear days rule is England's): the same decisions, with nothing flagged or routed.
#include "demo_context.hpp"

#include <algorithm>

namespace innotrack::demo {
namespace {

struct DecisionRow {
    std::string_view innovation;  // key of an innovation
    std::string_view matter;
    std::string_view maker;  // key of a person; empty for the cabinet as a body
    int plannedIn = 0;       // days from today
    Pence pounds = 0;
    bool wards = false;
    std::optional<int> noticeIn;  // days from today the notice was published
    std::string_view documents;
};

constexpr std::string_view kCabinetMembers = "Cllr Helen Marsh (Leader), Cllr Priya Shah, Cllr Tom Okafor";

const std::vector<DecisionRow>& decisionRows() {
    static const std::vector<DecisionRow> rows{
        {"solar", "Award the contract to build solar canopies at three council car parks", "", 45, 1'200'000, true, -5,
         "Report of the Director of Place; tender evaluation (exempt appendix)"},
        {"neighbourhood", "Extend neighbourhood care teams to the east of the borough", "priya", 20, 650'000, true, -3,
         "Report of the Director of Adult Social Care; pilot evaluation"},
        {"sensors", "Buy 400 falls prevention sensors through the regional framework", "priya", 12, 520'000, false, 0,
         "Report of the Director of Adult Social Care"},
        {"sharedlives", "Approve the Shared Lives carer tariff for older people", "priya", -30, 540'000, false, -62,
         "Report of the Director of Adult Social Care; carers' consultation"},
        {"fleet", "Lease ten electric vans for the parks service", "tom", 30, 180'000, false, std::nullopt, ""},
    };
    return rows;
}

}  // namespace

void writeDecisions(DemoContext& demo) {
    std::map<std::string_view, Decision> added;
    for (const DecisionRow& row : decisionRows()) {
        Decision d;
        d.innovationId = demo.innovations.at(row.innovation);
        d.matter = std::string(row.matter);
        if (row.maker.empty()) {
            d.makerBody = "Cabinet";
            d.makerMembers = std::string(kCabinetMembers);
        } else {
            d.makerId = demo.people.at(row.maker);
        }
        d.plannedOn = demo.day(row.plannedIn);
        d.amountPence = row.pounds * 100;
        d.affectsTwoOrMoreWards = row.wards;
        if (row.noticeIn) d.noticeOn = demo.day(*row.noticeIn);
        d.documents = std::string(row.documents);
        d.documentsFrom = row.noticeIn ? std::string(demo.variant.copiesFrom) : "";
        // The latest weekly review decided to take the Shared Lives tariff to a decision.
        if (row.innovation == "sharedlives") {
            for (const Review& review : demo.portfolio.store().listReviews()) {
                const auto entries = demo.portfolio.store().listReviewEntries(review.id);
                const bool recorded = std::any_of(entries.begin(), entries.end(), [&](const ReviewEntry& e) {
                    return e.innovationId == d.innovationId && review.heldOn <= d.plannedOn;
                });
                if (recorded) {
                    d.reviewId = review.id;
                    break;
                }
            }
        }
        const Id actor = demo.actorFor(d.innovationId, Action::RecordDecision);
        added[row.innovation] = demo.portfolio.addDecision(actor, d);
        ++demo.summary.decisions;
    }

    // 22 clear days' notice: the scrutiny chair was told yesterday, 20 clear days before.
    if (demo.variant.forwardPlan) {
        const Decision& extend = added.at("neighbourhood");
        demo.portfolio.markGeneralException(demo.actorFor(extend.innovationId, Action::RecordDecision), extend.id,
                                            "Cllr Rachel Green (Chair, Overview and Scrutiny)", demo.day(-1));
    }

    const Decision& tariff = added.at("sharedlives");
    Decision record;
    record.madeOn = demo.day(-30);
    record.decision = "Approve a weekly tariff of £420 for Shared Lives carers of older people from 1 April";
    record.reasons = "Carers' costs have risen; the tariff keeps 40 carers in the scheme and costs less than "
                     "residential care for the same people";
    record.alternativesRejected = "Keep the current tariff (carers would leave); a banded tariff (too complex to run)";
    record.conflictsDeclared = "None";
    demo.portfolio.recordDecision(demo.actorFor(tariff.innovationId, Action::RecordDecision), tariff.id, record);
}

}  // namespace innotrack::demo
