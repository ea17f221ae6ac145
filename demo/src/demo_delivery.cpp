// The demo's milestones (on time, late, moved, due this week, overdue) and benefits.
#include "demo_context.hpp"

#include <optional>

namespace innotrack::demo {
namespace {

enum class Due { OnDay, ThisWeek };

struct MilestoneRow {
    std::string_view innovation;
    std::string_view title;
    int dueIn;                       // baseline due, days from today
    std::optional<int> completedIn;  // days from today
    Due due = Due::OnDay;            // ThisWeek: dueIn pulled back to this Sunday at the latest
    std::optional<int> movedTo = std::nullopt;  // a later due date, days from today
    std::string_view moveReason = {};
};

constexpr Due kThisWeek = Due::ThisWeek;
constexpr Due kOnDay = Due::OnDay;
constexpr std::nullopt_t kOpen = std::nullopt;

const std::vector<MilestoneRow>& milestoneRows() {
    static const std::vector<MilestoneRow> rows = {
        {"library", "Survey residents on what they would borrow", -3, -5},
        {"library", "Agree counter space with the library service", 2, kOpen, kThisWeek},
        {"library", "Options paper to cabinet", 21, kOpen},
        {"library", "Cost plan and opening hours agreed", 45, kOpen},
        {"heatpumps", "Tenant drop-in sessions on the chosen street", 25, kOpen},
        {"heatpumps", "Bid to the heat decarbonisation fund", 40, kOpen},
        {"cwb", "Spend analysis: where the council's money goes", -80, -82},
        {"cwb", "Round table with the hospital, college and housing association", -40, -35},
        {"cwb", "Draft social value policy", -7, kOpen},
        {"cwb", "Supplier event for local firms", 3, kOpen, kThisWeek},
        {"cwb", "Cabinet decision on procurement rules", 60, kOpen},
        {"assembly", "Appoint an independent facilitator", -70, -72},
        {"assembly", "Publish the evidence pack", -30, -31},
        {"assembly", "Recruit 50 residents by civic lottery", -14, kOpen, kOnDay, 10,
         "Second mailing needed: too few replies from residents under 30"},
        {"assembly", "First assembly weekend", 30, kOpen},
        {"assembly", "Recommendations to full council", 120, kOpen},
        {"neighbourhood", "Business case approved", -280, -281},
        {"neighbourhood", "Recruit the first two teams", -180, -170},
        {"neighbourhood", "Pilot live in Westfield and Abbey wards", -150, -150},
        {"neighbourhood", "Six-month evaluation report", -2, kOpen},
        {"neighbourhood", "Decision on a third team", 4, kOpen, kThisWeek},
        {"neighbourhood", "Extend to four wards", 60, kOpen, kOnDay, 120,
         "Waiting for the six-month evaluation before recruiting two more teams"},
        {"sensors", "Appoint the sensor supplier", -150, -160},
        {"sensors", "Sensors installed in 100 homes", -60, -50},
        {"sensors", "Resident feedback survey", -20, -21},
        {"sensors", "Interim evaluation", -5, kOpen, kOnDay, 20,
         "Pendant uptake was low; another month of room-sensor data is needed"},
        {"sensors", "Go or no-go decision on scaling", 75, kOpen},
        {"meanwhile", "Licences agreed with landlords", -150, -140},
        {"meanwhile", "First three pop-up shops open", -90, -92},
        {"meanwhile", "Footfall count after three months", -1, kOpen},
        {"meanwhile", "Fourth pop-up shop opens", 1, kOpen, kThisWeek},
        {"meanwhile", "Review with the town centre business group", 35, kOpen},
        {"solar", "Feasibility study", -450, -455},
        {"solar", "Planning consent for the pilot car park", -390, -360},
        {"solar", "Pilot canopy generating", -300, -301},
        {"solar", "Tender for five more car parks", -45, -40},
        {"solar", "Grid connection for Station Road car park", -30, kOpen, kOnDay, 45,
         "The network operator needs a capacity study before it will connect"},
        {"solar", "Canopies generating at three car parks", -10, kOpen},
        {"solar", "All six car parks generating", 200, kOpen},
        {"sharedlives", "First ten carers approved", -380, -370},
        {"sharedlives", "First placements made", -330, -331},
        {"sharedlives", "University evaluation published", -100, -101},
        {"sharedlives", "25 carers approved", -20, kOpen},
        {"sharedlives", "Celebration event for carers", 0, kOpen, kThisWeek},
        {"sharedlives", "50 carers approved", 180, kOpen},
        {"fleet", "Charging points at the depot", -700, -702},
        {"fleet", "First 20 electric vans on the road", -620, -600},
        {"fleet", "All drivers trained", -600, -605},
        {"fleet", "60% of the fleet electric", -200, -210},
        {"fleet", "Handover to fleet management", -85, -82},
        {"lac", "Local area coordinators recruited", -850, -852},
        {"lac", "Working in three neighbourhoods", -700, -700},
        {"lac", "Independent evaluation", -520, -500},
        {"lac", "Borough-wide coverage", -200, -205},
        {"lac", "Funding moved to the base budget", -110, -110},
        {"smartbins", "Sensors fitted to 200 bins", -180, -175},
        {"smartbins", "Collection routes optimised", -120, -121},
        {"smartbins", "Three-month evaluation", -50, -48},
        {"smartbins", "Stop or scale decision", -35, -35},
    };
    return rows;
}

struct BenefitRow {
    std::string_view innovation;
    std::string_view measure;
    std::string_view unit;
    double baseline;
    double target;
    std::optional<double> actual;  // measured and realised `realisedIn` days from today
    int realisedIn = 0;
};

const std::vector<BenefitRow>& benefitRows() {
    static const std::vector<BenefitRow> rows = {
        {"library", "Visits to Central Library per month", "visits", 9'000, 11'000, std::nullopt},
        {"heatpumps", "Average yearly energy bill in pilot homes", "£", 1'850, 1'300, std::nullopt},
        {"cwb", "Council spend with suppliers in the borough", "%", 22, 35, std::nullopt},
        {"neighbourhood", "Emergency readmissions within 30 days, per 100 people cared for", "people", 18, 12,
         std::nullopt},
        {"sensors", "Falls needing an ambulance per month", "falls", 42, 30, std::nullopt},
        {"meanwhile", "Empty shop units on Market Street", "units", 14, 8, 11, -10},
        {"solar", "Carbon saved per year", "tonnes CO2e", 0, 280, std::nullopt},
        {"sharedlives", "Older people supported by Shared Lives carers", "people", 0, 60, 23, -20},
        {"fleet", "Fleet fuel and electricity cost per year", "£", 820'000, 560'000, 590'000, -90},
        {"fleet", "Fleet carbon emissions per year", "tonnes CO2e", 1'450, 600, 640, -90},
        {"lac", "Adults needing a formal care package after first contact", "%", 64, 50, 48, -120},
        {"smartbins", "Bin collection trips per week", "trips", 310, 250, 298, -50},
    };
    return rows;
}

}  // namespace

void writeMilestones(DemoContext& demo) {
    for (const MilestoneRow& row : milestoneRows()) {
        const Id innovationId = demo.innovations.at(row.innovation);
        const Id actor = demo.actorFor(innovationId, Action::EditDelivery);
        Milestone milestone;
        milestone.innovationId = innovationId;
        milestone.title = std::string(row.title);
        milestone.baselineDue = row.due == Due::ThisWeek ? demo.dayThisWeek(row.dueIn) : demo.day(row.dueIn);
        milestone.due = milestone.baselineDue;
        const Id id = demo.portfolio.addMilestone(actor, milestone).id;
        ++demo.summary.milestones;
        if (row.movedTo) {
            demo.portfolio.moveMilestone(actor, id, demo.day(*row.movedTo), std::string(row.moveReason));
            ++demo.summary.milestoneMoves;
        }
        if (row.completedIn) {
            demo.portfolio.completeMilestone(actor, id, demo.day(*row.completedIn));
            ++demo.summary.milestonesCompleted;
        }
    }
}

void writeBenefits(DemoContext& demo) {
    for (const BenefitRow& row : benefitRows()) {
        const Id innovationId = demo.innovations.at(row.innovation);
        const Id actor = demo.actorFor(innovationId, Action::EditDelivery);
        Benefit benefit;
        benefit.innovationId = innovationId;
        benefit.measure = std::string(row.measure);
        benefit.unit = std::string(row.unit);
        benefit.baseline = row.baseline;
        benefit.target = row.target;
        const Id id = demo.portfolio.addBenefit(actor, benefit).id;
        ++demo.summary.benefits;
        if (row.actual) {
            demo.portfolio.realiseBenefit(actor, id, *row.actual, demo.day(row.realisedIn));
            ++demo.summary.benefitsRealised;
        }
    }
}

}  // namespace innotrack::demo
