// A portfolio of five decisions worked out by hand, for the Forward Plan's and the decision
// record's tests (decision_reports_test.cpp) and their PDF (pdf_test.cpp).
#pragma once

#include "backend_under_test.hpp"

#include "reports/decision_reports.hpp"
#include "tracker/portfolio.hpp"

namespace innotrack::testing {

inline const Date kDecisionsToday(2026, 11, 27);

// Five decisions on one innovation, today 27 November 2026:
//   enough  key (two wards), notice 2 Nov for 1 Dec: 3 to 30 November, 28 clear days, enough.
//   excepted key (£600,000), notice 20 Nov for 10 Dec: 21 Nov to 9 Dec, 19 clear days, short; the
//           scrutiny chair told 25 Nov, 26 Nov to 9 Dec, 14 clear days: a general exception.
//   unmet   key (£500,000, exactly the threshold), no notice, for 18 Dec: short and flagged.
//   small   £120,000, one ward, for 5 Dec: not key, not in the plan.
//   made    key (two wards), notice 20 Oct, made 20 Nov by the cabinet (30 clear days), with its
//           record, led from the weekly review of 16 November: not in the plan (made).
struct DecisionsPortfolio {
    TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock{kDecisionsToday};
    Portfolio portfolio{*store, clock};
    Id leader = 0, cabinet = 0, innovation = 0;
    Id enough = 0, excepted = 0, unmet = 0, small = 0, made = 0;

    DecisionsPortfolio() {
        Person first;
        first.name = "Cllr Ann Leader";
        first.role = Role::Leader;
        first.portfolio = "Leader of the council";
        leader = portfolio.initialise(first).id;
        Person bob;
        bob.name = "Cllr Bob Cabinet";
        bob.role = Role::Cabinet;
        bob.portfolio = "Adult social care";
        cabinet = portfolio.addPerson(leader, bob).id;
        Innovation draft;
        draft.title = "Home care by video";
        draft.cabinetLeadId = cabinet;
        innovation = portfolio.addInnovation(leader, draft).id;

        const auto add = [&](const char* matter, Date on, Pence pence, bool wards, std::optional<Date> notice) {
            Decision d;
            d.innovationId = innovation;
            d.matter = matter;
            d.makerId = cabinet;
            d.plannedOn = on;
            d.amountPence = pence;
            d.affectsTwoOrMoreWards = wards;
            d.noticeOn = notice;
            if (notice) {
                d.documents = "Report of the Director of Adult Social Care";
                d.documentsFrom = "Democratic Services, County Hall; democracy@example.gov.uk";
            }
            return portfolio.addDecision(cabinet, d).id;
        };
        enough = add("Set up video visits in every ward", Date(2026, 12, 1), 0, true, Date(2026, 11, 2));
        excepted = add("Award the video platform contract", Date(2026, 12, 10), 60'000'000, false, Date(2026, 11, 20));
        portfolio.markGeneralException(cabinet, excepted, "Cllr Gwen Scrutiny", Date(2026, 11, 25));
        unmet = add("Buy 300 tablets for carers", Date(2026, 12, 18), 50'000'000, false, std::nullopt);
        small = add("Train 20 carers", Date(2026, 12, 5), 12'000'000, false, std::nullopt);

        const Review review = portfolio.startReview(cabinet, Date(2026, 11, 16));
        ReviewEntry entry;
        entry.reviewId = review.id;
        entry.innovationId = innovation;
        entry.confidence = Confidence::AmberGreen;
        entry.decision = "Take the pilot's extension to cabinet";
        portfolio.recordReview(cabinet, entry);
        portfolio.closeReview(cabinet, review.id, Date(2026, 11, 16));

        Decision extension;
        extension.innovationId = innovation;
        extension.matter = "Extend the pilot to the whole borough";
        extension.makerBody = "Cabinet";
        extension.makerMembers = "Cllr Ann Leader, Cllr Bob Cabinet";
        extension.plannedOn = Date(2026, 11, 20);
        extension.affectsTwoOrMoreWards = true;
        extension.noticeOn = Date(2026, 10, 20);
        extension.reviewId = review.id;
        made = portfolio.addDecision(cabinet, extension).id;
        Decision record;
        record.madeOn = Date(2026, 11, 20);
        record.decision = "Extend the pilot to all 21 wards from January";
        record.reasons = "The pilot halved missed visits";
        record.alternativesRejected = "Extend to the four pilot wards only";
        record.conflictsDeclared = "Cllr Bob Cabinet: his sister is a carer in the pilot; he did not vote";
        record.dispensation = "None";
        portfolio.recordDecision(cabinet, made, record);
    }

    reports::ForwardPlan plan(Date from = kDecisionsToday, std::optional<Date> to = std::nullopt) const {
        return reports::buildForwardPlan(*store, kDecisionsToday, from, to);
    }
};

}  // namespace innotrack::testing
