// The demo's risk register: inherent and residual scores, Critical risks, and risks closed.
// Risks that occurred are marked so by demo_setbacks.cpp, which logs the setback each became.
#include "demo_context.hpp"

#include <optional>

namespace innotrack::demo {
namespace {

struct Score {
    int likelihood;
    int impact;
};

struct RiskRow {
    std::string_view key;
    std::string_view innovation;
    std::string_view title;
    std::string_view cause;
    std::string_view event;
    std::string_view effect;
    Score inherent;
    std::optional<Score> residual;
    std::string_view owner;  // key of a person
    RiskResponse response;
    std::string_view mitigation;
    Proximity proximity;
    int raisedIn;                 // days from today
    std::optional<int> closedIn;  // closed without occurring
};

constexpr std::nullopt_t kNone = std::nullopt;

const std::vector<RiskRow>& riskRows() {
    using enum RiskResponse;
    using enum Proximity;
    static const std::vector<RiskRow> rows = {
        {"library-loss", "library", "Borrowed items lost or damaged", "Lending to the public without deposits",
         "Expensive tools are not returned", "Stock runs down and the insurer raises the premium", {3, 2}, kNone,
         "gareth", Reduce, "Small refundable deposit on power tools; start with low-value items", ThisProject, -15,
         kNone},
        {"heat-tenants", "heatpumps", "Tenants decline the installation", "Worry about running costs and disruption",
         "Too few homes on the street agree", "The pilot cannot show a whole-street result", {3, 4}, Score{2, 4},
         "gareth", Reduce, "Door-knocking with the tenants' association; open a show home", ThisStage, -8, kNone},
        {"heat-grant", "heatpumps", "Heat decarbonisation grant bid fails", "The fund is heavily oversubscribed",
         "The bid is turned down", "The pilot is unaffordable at the planned size", {3, 5}, kNone, "tom", Fallback,
         "A smaller scheme of ten homes from the housing capital programme", Imminent, -8, kNone},
        {"cwb-challenge", "cwb", "Procurement rules challenged by a bidder", "Social value weighting favours local firms",
         "A losing bidder challenges a contract award", "Contracts delayed and legal costs", {2, 4}, kNone, "gareth",
         Reduce, "Legal review of the weighting before consultation", ThisProject, -100, kNone},
        {"cwb-anchors", "cwb", "Anchor institutions do not sign up", "Partners have their own procurement rules",
         "The hospital and college stay out", "Only the council's own spending changes", {3, 3}, Score{2, 3}, "leader",
         Reduce, "Leader to host a round table with the chief executives", ThisStage, -90, -35},
        {"assembly-representative", "assembly", "Assembly does not reflect the borough",
         "Some groups rarely answer council letters", "Members are older and wealthier than the borough",
         "Recommendations lack legitimacy", {4, 4}, Score{2, 4}, "gareth", Reduce,
         "Civic lottery stratified by age, ward and ethnicity; members paid £150 a weekend", ThisStage, -95, kNone},
        {"assembly-afford", "assembly", "Recommendations cannot be afforded", "Residents are not limited to the budget",
         "Top recommendations cost more than the council has", "Disappointment and loss of trust", {3, 3}, kNone,
         "tom", Accept, "Brief members on the council's finances during the first weekend", Beyond, -90, kNone},
        {"neighbourhood-staff", "neighbourhood", "Not enough nurses and carers to staff the teams",
         "A tight local care labour market", "Teams run short of staff", "Visits are missed and people go back to hospital",
         {4, 5}, Score{4, 4}, "sophie", Reduce, "Joint recruitment with the NHS trust; pay at the top of the local rate",
         ThisStage, -290, kNone},
        {"neighbourhood-readmissions", "neighbourhood", "Pilot does not cut readmissions",
         "Readmissions have many causes outside the teams' control", "No measurable fall in readmissions",
         "The case for scaling is weak", {3, 4}, kNone, "priya", Accept,
         "Track readmissions against a matched comparison ward", ThisProject, -280, kNone},
        {"neighbourhood-hr", "neighbourhood", "Self-management clashes with HR policies",
         "Policies assume a manager signs off rotas and leave", "Teams cannot organise themselves",
         "The model loses what makes it work", {3, 3}, Score{2, 2}, "sophie", Reduce,
         "HR agreed a pilot policy for self-managing teams", ThisStage, -250, -160},
        {"neighbourhood-cofunding", "neighbourhood", "Integrated care board withdraws co-funding",
         "The board faces its own deficit", "Health funding for the teams ends", "Half the pilot's cost is unfunded",
         {3, 5}, kNone, "priya", Share, "Agree a joint evaluation so both bodies see the savings", ThisProject, -40,
         kNone},
        {"sensors-uptake", "sensors", "Residents do not use the devices", "Wearables feel stigmatising",
         "Devices are left in a drawer", "Falls go undetected and the pilot shows nothing", {4, 3}, kNone, "sophie",
         Reduce, "Co-design with residents; offer room sensors as well as pendants", ThisStage, -230, kNone},
        {"sensors-data", "sensors", "Data protection breach from sensor data", "Movement data is sensitive",
         "Data is disclosed or kept too long", "Harm to residents and a fine", {2, 5}, Score{1, 5}, "sophie", Reduce,
         "Data protection impact assessment; data kept in the UK and deleted after 90 days", ThisProject, -230, kNone},
        {"sensors-supplier", "sensors", "Sensor supplier goes out of business", "A young company with one investor",
         "The supplier stops trading", "Devices stop being monitored", {2, 4}, kNone, "priya", Fallback,
         "Escrow of the monitoring software; second supplier on the framework", ThisProject, -160, -100},
        {"meanwhile-landlords", "meanwhile", "Landlords withdraw shops at short notice",
         "A long-term tenant appears", "A pop-up loses its shop", "Traders lose their investment",
         {3, 3}, kNone, "gareth", Accept, "Four weeks' notice in every licence", ThisProject, -190, kNone},
        {"meanwhile-traders", "meanwhile", "Pop-up traders fail in their first months",
         "New businesses on low footfall streets", "A pop-up closes early", "Empty units again and lost confidence",
         {4, 3}, Score{3, 3}, "gareth", Reduce, "Business support from the growth hub for every trader", ThisStage,
         -180, kNone},
        {"meanwhile-rates", "meanwhile", "Business rates make pop-ups uneconomic", "Rates fall due on occupied units",
         "Traders cannot cover the rates", "Few traders apply", {2, 3}, kNone, "leader", Avoid,
         "Discretionary rate relief for licensed pop-ups", ThisStage, -190, -120},
        {"solar-heritage", "solar", "Planning objections on heritage grounds", "Civic Centre car park is in a conservation area",
         "Planning consent refused", "The pilot moves to a less visible site", {3, 4}, kNone, "gareth", Reduce,
         "Early talks with the conservation officer", ThisStage, -440, -360},
        {"solar-grid", "solar", "Grid connection delayed by network capacity", "The local network is near capacity",
         "The network operator cannot connect on time", "Canopies built but not generating", {4, 5}, kNone, "gareth",
         Accept, "Apply early; ask for a flexible connection", Imminent, -60, kNone},
        {"solar-steel", "solar", "Steel prices push canopy costs over budget", "Volatile steel market",
         "Tender prices come in high", "Fewer car parks within budget", {3, 4}, Score{3, 3}, "gareth", Reduce,
         "Fixed-price contract for all five car parks", ThisStage, -70, kNone},
        {"solar-vehicle", "solar", "Canopy damaged by a vehicle", "Tall vehicles in the car park",
         "A canopy column is hit", "Repairs and lost generation", {2, 3}, kNone, "gareth", Transfer,
         "Height barriers; damage covered by the council's insurance", ThisProject, -300, kNone},
        {"solar-tariff", "solar", "Export tariff falls, lengthening payback", "Energy prices are falling",
         "Income from exported electricity drops", "Payback beyond 15 years", {3, 5}, Score{3, 4}, "tom", Reduce,
         "Use the electricity on site at the leisure centre", ThisProject, -50, kNone},
        {"sharedlives-carers", "sharedlives", "Too few carers come forward", "Cost of living pushes people to paid work",
         "Recruitment targets are missed", "Older people wait for placements", {4, 4}, kNone, "sophie", Reduce,
         "Local radio campaign and a refer-a-friend payment", Imminent, -60, kNone},
        {"sharedlives-breakdown", "sharedlives", "A placement breaks down and harms a resident",
         "A poor match between carer and resident", "A placement ends in crisis", "Harm to the resident",
         {2, 5}, Score{1, 5}, "sophie", Reduce, "Matching panel; monthly visits in the first six months", ThisProject,
         -440, kNone},
        {"sharedlives-dbs", "sharedlives", "Slow checks delay carer approval", "DBS checks done one at a time",
         "Carers wait months to be approved", "Applicants drop out", {3, 3}, kNone, "sophie", Reduce,
         "HR fast-tracks Shared Lives checks", ThisStage, -400, -140},
        {"fleet-range", "fleet", "Vans' range too short for rural rounds", "Long rural refuse rounds",
         "Vans run out of charge on the round", "Rounds missed", {3, 4}, Score{2, 3}, "gareth", Reduce,
         "Keep diesel on the two longest rounds until range improves", ThisProject, -780, -400},
        {"fleet-supply", "fleet", "Depot electricity supply too small", "Old depot substation",
         "Chargers cannot all run at night", "Vans not charged for the morning", {3, 4}, kNone, "gareth", Reduce,
         "Substation upgrade before the second batch of vans", ThisStage, -760, -650},
        {"lac-casework", "lac", "Coordinators absorbed into statutory casework", "Pressure on social work teams",
         "Coordinators are given care assessments to do", "Prevention work stops", {3, 4}, Score{2, 3}, "sophie",
         Avoid, "Coordinators report to the prevention lead, not social work", ThisProject, -880, -100},
        {"lac-funding", "lac", "Funding ends after the evaluation", "Pilot funded from one-off reserves",
         "No budget after the pilot", "Coordinators leave", {3, 5}, kNone, "priya", Reduce,
         "Evaluate savings early enough for the budget round", Beyond, -700, -110},
        {"smartbins-savings", "smartbins", "Savings smaller than forecast", "Supplier's figures come from other towns",
         "Collection trips fall less than 20%", "The sensors never pay back", {3, 4}, kNone, "gareth", Accept,
         "A three-month evaluation with a stop or scale decision", ThisStage, -250, kNone},
        {"smartbins-vandalism", "smartbins", "Sensors vandalised", "Bins in the night-time economy area",
         "Sensors broken or stolen", "Gaps in the data", {2, 2}, kNone, "gareth", Accept,
         "Sensors fitted inside the bin lid", ThisProject, -180, -35},
    };
    return rows;
}

}  // namespace

void writeRisks(DemoContext& demo) {
    for (const RiskRow& row : riskRows()) {
        const Id innovationId = demo.innovations.at(row.innovation);
        const Id actor = demo.actorFor(innovationId, Action::EditDelivery);
        Risk risk;
        risk.innovationId = innovationId;
        risk.title = std::string(row.title);
        risk.cause = std::string(row.cause);
        risk.event = std::string(row.event);
        risk.effect = std::string(row.effect);
        risk.inherentLikelihood = row.inherent.likelihood;
        risk.inherentImpact = row.inherent.impact;
        if (row.residual) {
            risk.residualLikelihood = row.residual->likelihood;
            risk.residualImpact = row.residual->impact;
        }
        risk.ownerId = demo.people.at(row.owner);
        risk.response = row.response;
        risk.mitigation = std::string(row.mitigation);
        risk.proximity = row.proximity;
        risk.raisedOn = demo.day(row.raisedIn);
        const Id id = demo.portfolio.addRisk(actor, risk).id;
        demo.risks[row.key] = id;
        ++demo.summary.risks;
        if (row.closedIn) {
            demo.portfolio.closeRisk(actor, id, demo.day(*row.closedIn));
            ++demo.summary.risksClosed;
        }
    }
}

}  // namespace innotrack::demo
