// The demo's engagements (DOMAIN.md "Taking people with you"): most innovations have engaged
// someone; three at Piloting or beyond have taken people with them, two have not (staff,
// residents missing); opposition was heard three times, answered once. And the innovations the
// council shows residents, with descriptions written for them.
#include "demo_context.hpp"

namespace innotrack::demo {
namespace {

struct EngagementRow {
    std::string_view innovation;  // key of an innovation
    int daysFromToday = 0;
    Audience audience = Audience::Cabinet;
    EngagementForm form = EngagementForm::Briefing;
    std::string_view ledBy;  // key of a person
    std::optional<int> participants;
    Stance stance = Stance::Support;
    std::string_view concerns;
    std::string_view response;
};

const std::vector<EngagementRow>& engagementRows() {
    using enum Audience;
    using enum EngagementForm;
    using enum Stance;
    static const std::vector<EngagementRow> rows{
        // Neighbourhood care teams: everyone engaged, and supportive.
        {"neighbourhood", -150, Cabinet, Briefing, "priya", 9, Support, "", ""},
        {"neighbourhood", -120, RulingGroup, Briefing, "priya", 24, Mixed, "Cost if the pilot grows",
         "The pilot is funded from the better care fund for two years"},
        {"neighbourhood", -90, Staff, Workshop, "sophie", 35, Support, "Caseloads during the change", "Backfill agreed"},
        {"neighbourhood", -45, Residents, PublicMeeting, "sophie", 60, Support, "", ""},
        // Solar canopies: residents opposed, then went back to them.
        {"solar", -160, Cabinet, Briefing, "tom", 9, Support, "", ""},
        {"solar", -140, Scrutiny, Briefing, "tom", 11, Mixed, "Payback period", "Payback is 9 years on current prices"},
        {"solar", -110, Residents, Consultation, "gareth", 212, Opposed, "Losing parking spaces during building works",
         ""},
        {"solar", -60, Residents, PublicMeeting, "gareth", 48, Mixed, "Works phasing",
         "Works car park by car park, never more than 20 spaces closed"},
        {"solar", -30, Staff, Newsletter, "gareth", std::nullopt, Support, "", ""},
        {"solar", -20, TradeUnions, Briefing, "gareth", 4, Support, "", ""},
        // Shared Lives: everyone engaged.
        {"sharedlives", -170, Cabinet, Briefing, "priya", 9, Support, "", ""},
        {"sharedlives", -100, AllMembers, Briefing, "priya", 41, Support, "", ""},
        {"sharedlives", -80, Staff, Workshop, "sophie", 18, Mixed, "Matching carers takes time",
         "A second matching officer from April"},
        {"sharedlives", -50, Residents, Consultation, "sophie", 96, Support, "", ""},
        // Falls prevention sensors: scrutiny opposed and not yet answered; staff not engaged.
        {"sensors", -130, Cabinet, Briefing, "priya", 9, Support, "", ""},
        {"sensors", -70, Residents, Workshop, "sophie", 22, Mixed, "Privacy of sensors in the home",
         "No cameras; residents choose where sensors go"},
        {"sensors", -25, Scrutiny, Briefing, "priya", 12, Opposed,
         "Data sharing with the health board not yet agreed", ""},
        // Meanwhile use of empty shops: unions opposed, unanswered; residents not engaged.
        {"meanwhile", -100, Cabinet, Briefing, "leader", 9, Support, "", ""},
        {"meanwhile", -90, RulingGroup, Briefing, "leader", 27, Support, "", ""},
        {"meanwhile", -40, Staff, Briefing, "gareth", 14, Mixed, "Who staffs the shops at weekends", ""},
        {"meanwhile", -35, TradeUnions, Briefing, "gareth", 3, Opposed, "Volunteers replacing paid staff", ""},
        // Earlier stages.
        {"heatpumps", -60, Partners, Workshop, "gareth", 15, Support, "", ""},
        {"cwb", -30, Partners, Briefing, "leader", 8, Mixed, "Procurement rules", "Legal advice sought"},
        {"assembly", -20, Residents, PublicMeeting, "tom", 75, Support, "", ""},
    };
    return rows;
}

struct PublicRow {
    std::string_view innovation;
    std::string_view description;
};

const std::vector<PublicRow>& publicRows() {
    static const std::vector<PublicRow> rows{
        {"neighbourhood",
         "Small teams of carers and nurses work from a base in your neighbourhood, so help comes quickly and from "
         "people who know the area."},
        {"solar",
         "Solar panels over council car parks make electricity for council buildings and give shade to parked "
         "cars."},
        {"sharedlives",
         "Older people who need support can live with, or visit, a trained carer and their family, instead of "
         "moving into a care home."},
    };
    return rows;
}

}  // namespace

void writeEngagements(DemoContext& demo) {
    for (const EngagementRow& row : engagementRows()) {
        const Id innovationId = demo.innovations.at(row.innovation);
        Engagement engagement;
        engagement.innovationId = innovationId;
        engagement.heldOn = demo.day(row.daysFromToday);
        engagement.audience = row.audience;
        engagement.form = row.form;
        engagement.ledById = row.ledBy == "leader" ? demo.leader : demo.people.at(row.ledBy);
        engagement.participants = row.participants;
        engagement.stance = row.stance;
        engagement.concerns = std::string(row.concerns);
        engagement.response = std::string(row.response);
        demo.portfolio.addEngagement(demo.actorFor(innovationId, Action::EditDelivery), engagement);
        ++demo.summary.engagements;
    }
}

void markPublic(DemoContext& demo) {
    for (const PublicRow& row : publicRows()) {
        Innovation innovation = demo.portfolio.innovation(demo.innovations.at(row.innovation));
        innovation.isPublic = true;
        innovation.publicDescription = std::string(row.description);
        demo.portfolio.updateInnovation(demo.actorFor(innovation.id, Action::EditInnovation), innovation);
        ++demo.summary.publicInnovations;
    }
}

}  // namespace innotrack::demo
