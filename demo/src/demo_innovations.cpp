// The demo's twelve priority innovations, across every stage, and their moves between stages.
#include "demo_context.hpp"

namespace innotrack::demo {

const std::vector<InnovationRow>& innovationRows() {
    using enum Stage;
    using enum Confidence;
    static const std::vector<InnovationRow> rows = {
        {.key = "library",
         .title = "Library of Things in Central Library",
         .summary = "Residents borrow drills, carpet cleaners and camping gear for a small fee instead of "
                    "buying them, from a counter in Central Library.",
         .ambition = "towncentre", .cabinetLead = "leader", .leadOfficer = "gareth",
         .priority = 4, .startIn = -20, .targetIn = 300, .budgetPounds = 15'000, .staffDays = 20,
         .inspiredBy = "Library of Things, the borrowing shops in London community spaces",
         .expectedBenefits = "Cheaper access to tools for residents, less waste, and more visits to the "
                             "town centre.",
         .steps = {},
         .confidenceEightWeeksAgo = Amber, .confidenceNow = AmberGreen,
         .latestComment = "Early survey replies show demand for tools and garden equipment.",
         .latestDecision = "Agree the counter space with the library service this week."},
        {.key = "heatpumps",
         .title = "Heat pump street pilot",
         .summary = "Replace gas boilers with air source heat pumps in one street of 40 council homes, "
                    "with insulation first, and publish what it cost.",
         .ambition = "netzero", .cabinetLead = "tom", .leadOfficer = "gareth",
         .priority = 3, .startIn = -10, .targetIn = 540, .budgetPounds = 450'000, .staffDays = 120,
         .inspiredBy = "Energy Systems Catapult's Electrification of Heat demonstration",
         .expectedBenefits = "Lower bills and carbon for 40 households, and a tested route other "
                             "landlords in the borough can copy.",
         .steps = {},
         .confidenceEightWeeksAgo = Amber, .confidenceNow = Amber,
         .latestComment = "Depends on the heat decarbonisation grant; tenants' association supportive.",
         .latestDecision = "Choose the street before the grant bid goes in."},
        {.key = "cwb",
         .title = "Community wealth building in council procurement",
         .summary = "Weight social value in every contract over £100,000 and break large contracts into "
                    "lots that local firms can bid for.",
         .ambition = "towncentre", .cabinetLead = "leader", .leadOfficer = "gareth",
         .priority = 2, .startIn = -120, .targetIn = 365, .budgetPounds = 60'000, .staffDays = 90,
         .inspiredBy = "Preston City Council's community wealth building (the Preston model)",
         .expectedBenefits = "More of the council's spending stays in the borough: local suppliers' "
                             "share up from 22% to 35%.",
         .steps = {{Exploring, -75, "Spend analysis done; the hospital and the college will join"}},
         .confidenceEightWeeksAgo = AmberGreen, .confidenceNow = Amber,
         .latestComment = "Social value policy due today; finance's comments still awaited.",
         .latestDecision = "Head of procurement to chase finance and bring the policy to next week's review."},
        {.key = "assembly",
         .title = "Citizens' assembly on the climate",
         .summary = "Fifty residents chosen by civic lottery hear the evidence over two weekends and "
                    "recommend what the borough should do first to reach net zero.",
         .ambition = "netzero", .cabinetLead = "tom", .leadOfficer = "gareth",
         .priority = 3, .startIn = -100, .targetIn = 150, .budgetPounds = 85'000, .staffDays = 60,
         .inspiredBy = "Camden Council's citizens' assembly on the climate crisis, 2019",
         .expectedBenefits = "A climate action plan residents have shaped and will support.",
         .steps = {{Exploring, -60, "Facilitator appointed; cabinet agreed the question"}},
         .confidenceEightWeeksAgo = Amber, .confidenceNow = AmberGreen,
         .latestComment = "Second mailing is bringing in younger residents.",
         .latestDecision = "Confirm the venue for the first weekend."},
        {.key = "neighbourhood",
         .title = "Neighbourhood care teams",
         .summary = "Small self-managing teams of nurses and carers look after everyone needing care "
                    "in their ward, with time to get to know people.",
         .ambition = "independent", .cabinetLead = "priya", .leadOfficer = "sophie",
         .priority = 1, .startIn = -300, .targetIn = 420, .budgetPounds = 1'200'000, .staffDays = 400,
         .inspiredBy = "Buurtzorg neighbourhood nursing in the Netherlands",
         .expectedBenefits = "Fewer emergency readmissions, more people staying at home, and carers who "
                             "stay in the job.",
         .steps = {{Exploring, -270, "Business case approved by cabinet"},
                   {Piloting, -150, "Two teams live in Westfield and Abbey wards"}},
         .confidenceEightWeeksAgo = AmberGreen, .confidenceNow = Amber,
         .latestComment = "Overtime rising in the Westfield team; evaluation report nearly ready.",
         .latestDecision = "Lead officer to agree standby agency cover before the discharge peak."},
        {.key = "sensors",
         .title = "Falls prevention sensors at home",
         .summary = "Sensors in the homes of older people at risk of falling alert a responder before a "
                    "fall becomes a hospital stay.",
         .ambition = "independent", .cabinetLead = "priya", .leadOfficer = "sophie",
         .priority = 2, .startIn = -240, .targetIn = 200, .budgetPounds = 310'000, .staffDays = 150,
         .inspiredBy = "Hampshire County Council's technology enabled care service",
         .expectedBenefits = "Fewer falls needing an ambulance, and fewer admissions to care homes.",
         .steps = {{Exploring, -200, "Supplier market tested"},
                   {Piloting, -110, "Sensors installed in the first 100 homes"}},
         .confidenceEightWeeksAgo = AmberRed, .confidenceNow = Amber,
         .latestComment = "Room sensors are working where pendants were not worn.",
         .latestDecision = "Carry on; interim evaluation moved by a month to gather enough data."},
        {.key = "meanwhile",
         .title = "Meanwhile use of empty shops",
         .summary = "Let empty shops to start-ups, makers and community groups on short, cheap "
                    "licences while the landlord looks for a long-term tenant.",
         .ambition = "towncentre", .cabinetLead = "leader", .leadOfficer = "gareth",
         .priority = 2, .startIn = -200, .targetIn = 250, .budgetPounds = 120'000, .staffDays = 80,
         .inspiredBy = "Altrincham's market-led town centre revival",
         .expectedBenefits = "Fewer empty units on Market Street and more footfall for the shops around them.",
         .steps = {{Exploring, -180, "Six landlords willing to take part"},
                   {Piloting, -90, "First three pop-up shops open"}},
         .confidenceEightWeeksAgo = Amber, .confidenceNow = AmberGreen,
         .latestComment = "Market Street pop-ups are trading well; footfall count due next week.",
         .latestDecision = "Open the fourth shop; keep new lets to Market Street."},
        {.key = "solar",
         .title = "Solar canopies on council car parks",
         .summary = "Solar panel canopies over six council car parks, powering the leisure centre and "
                    "electric vehicle chargers.",
         .ambition = "netzero", .cabinetLead = "tom", .leadOfficer = "gareth",
         .priority = 1, .startIn = -500, .targetIn = 330, .budgetPounds = 2'400'000, .staffDays = 250,
         .inspiredBy = "Warrington Borough Council's investment in solar farms",
         .expectedBenefits = "1,200 MWh of clean electricity a year and a new income from selling it.",
         .steps = {{Exploring, -470, "Feasibility study commissioned"},
                   {Piloting, -380, "Pilot canopy approved at the Civic Centre car park"},
                   {Scaling, -60, "Pilot generated 12% above forecast; five more car parks approved"}},
         .confidenceEightWeeksAgo = Green, .confidenceNow = Amber,
         .latestComment = "Station Road grid connection delayed; three car parks late as a result.",
         .latestDecision = "Ask the network operator for a flexible connection; report back in two weeks."},
        {.key = "sharedlives",
         .title = "Shared Lives carers for older people",
         .summary = "Approved carers share their home and family life with an older person who needs "
                    "support, by the day or to live with them.",
         .ambition = "independent", .cabinetLead = "priya", .leadOfficer = "sophie",
         .priority = 2, .startIn = -450, .targetIn = 360, .budgetPounds = 540'000, .staffDays = 300,
         .inspiredBy = "Shared Lives Plus schemes across England",
         .expectedBenefits = "Sixty older people supported at home at lower cost than residential care.",
         .steps = {{Exploring, -420, "Cabinet agreed to test the model"},
                   {Piloting, -330, "First placements made"},
                   {Scaling, -45, "University evaluation positive; recruit borough-wide"}},
         .confidenceEightWeeksAgo = AmberGreen, .confidenceNow = Amber,
         .latestComment = "Recruitment behind plan: 18 carers approved against 25.",
         .latestDecision = "Run the refer-a-friend campaign on local radio."},
        {.key = "fleet",
         .title = "Electric council fleet",
         .summary = "Replace the council's diesel vans and pool cars with electric vehicles charged at "
                    "the depot.",
         .ambition = "netzero", .cabinetLead = "tom", .leadOfficer = "gareth",
         .priority = 3, .startIn = -800, .targetIn = -80, .budgetPounds = 3'100'000, .staffDays = 220,
         .inspiredBy = "Nottingham City Council's electric fleet",
         .expectedBenefits = "Lower fuel costs and fleet carbon emissions more than halved.",
         .steps = {{Exploring, -780, "Fleet replacement cycle gives the chance"},
                   {Piloting, -640, "First 20 electric vans ordered"},
                   {Scaling, -420, "Drivers' feedback good; range fine for urban rounds"},
                   {Mainstreamed, -80, "Fleet management now buys electric by default"}},
         .confidenceEightWeeksAgo = Green, .confidenceNow = Green,
         .latestComment = "", .latestDecision = ""},
        {.key = "lac",
         .title = "Local Area Coordination",
         .summary = "Local area coordinators help people find support in their community before they "
                    "need formal care.",
         .ambition = "independent", .cabinetLead = "priya", .leadOfficer = "sophie",
         .priority = 2, .startIn = -900, .targetIn = -100, .budgetPounds = 780'000, .staffDays = 500,
         .inspiredBy = "Derby City Council's Local Area Coordination",
         .expectedBenefits = "Fewer people needing a formal care package after first contact.",
         .steps = {{Exploring, -880, "Visit to Derby; cabinet interested"},
                   {Piloting, -700, "Coordinators working in three neighbourhoods"},
                   {Scaling, -480, "Independent evaluation showed fewer care packages"},
                   {Mainstreamed, -100, "Funded from the adult social care base budget"}},
         .confidenceEightWeeksAgo = Green, .confidenceNow = Green,
         .latestComment = "", .latestDecision = ""},
        {.key = "smartbins",
         .title = "Sensor-fitted smart litter bins",
         .summary = "Fill-level sensors in town centre litter bins so crews empty only the bins that "
                    "need it, cutting collection trips.",
         .ambition = "netzero", .cabinetLead = "tom", .leadOfficer = "gareth",
         .priority = 4, .startIn = -260, .targetIn = 100, .budgetPounds = 95'000, .staffDays = 40,
         .inspiredBy = "Smart bin trials in several UK town centres",
         .expectedBenefits = "A fifth fewer collection trips, paying back the sensors in three years.",
         .steps = {{Exploring, -240, "Supplier offered a low-cost trial"},
                   {Piloting, -170, "Sensors fitted to 200 bins"},
                   {Stopped, -35,
                    "Trips fell by 4%, far short of the 20% needed to repay the sensors; £38,000 "
                    "returned to the innovation fund and the sensors reused for flood gullies"}},
         .confidenceEightWeeksAgo = AmberRed, .confidenceNow = Red,
         .latestComment = "Evaluation shows 4% fewer trips against 20% needed.",
         .latestDecision = "Recommend stopping at the planned decision point."},
    };
    return rows;
}

namespace {

Innovation toInnovation(const DemoContext& demo, const InnovationRow& row) {
    Innovation innovation;
    innovation.title = std::string(row.title);
    innovation.summary = std::string(row.summary);
    innovation.ambitionId = demo.ambitions.at(row.ambition);
    innovation.priority = row.priority;
    innovation.confidence = row.confidenceEightWeeksAgo;
    innovation.cabinetLeadId = demo.people.at(row.cabinetLead);
    innovation.leadOfficerId = demo.people.at(row.leadOfficer);
    innovation.startDate = demo.day(row.startIn);
    innovation.targetDate = demo.day(row.targetIn);
    innovation.budgetPence = row.budgetPounds * 100;
    innovation.staffDays = row.staffDays;
    innovation.inspiredBy = std::string(row.inspiredBy);
    innovation.expectedBenefits = std::string(row.expectedBenefits);
    const WellbeingTags tags = demo.variant.innovationTagsOf(row.key);
    innovation.goals = tags.goals;
    innovation.ways = tags.ways;
    return innovation;
}

void moveStage(DemoContext& demo, Id innovationId, const StageStep& step) {
    const Id actor = demo.actorFor(innovationId, Action::ChangeStage);
    demo.portfolio.changeStage(actor, innovationId, step.to, std::string(step.reason), demo.day(step.daysFromToday));
    ++demo.summary.stageChanges;
}

}  // namespace

void writeInnovations(DemoContext& demo) {
    for (const InnovationRow& row : innovationRows()) {
        Innovation proposed = toInnovation(demo, row);
        // A cabinet lead adds the innovations in their own portfolio; the leader adds their own.
        const Person cabinetLead = demo.portfolio.person(*proposed.cabinetLeadId);
        const Id actor = permits(cabinetLead, Action::AddInnovation, &proposed) ? cabinetLead.id : demo.leader;
        const Id id = demo.portfolio.addInnovation(actor, proposed).id;
        demo.innovations[row.key] = id;
        ++demo.summary.innovations;
        for (const StageStep& step : row.steps)
            if (isActive(step.to)) moveStage(demo, id, step);
    }
}

void finishInnovations(DemoContext& demo) {
    for (const InnovationRow& row : innovationRows())
        for (const StageStep& step : row.steps)
            if (!isActive(step.to)) moveStage(demo, demo.innovations.at(row.key), step);
}

}  // namespace innotrack::demo
