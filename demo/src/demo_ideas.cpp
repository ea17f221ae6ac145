// The demo's ideas funnel: 25 ideas over the last year from staff, residents, partners and, for a
// third of them, other councils; scored by two or three of the cabinet; promoted (one below the
// gate, with its reason, and some since moved on to Piloting and beyond), declined (one submitted
// again), parked, and some still waiting, so the ideas report has something to say.
#include "demo_context.hpp"

#include <array>

namespace innotrack::demo {
namespace {

enum class Outcome { Waiting, Promote, Decline, Park };

struct ScoreRow {
    std::string_view assessor;  // key of a person
    std::array<int, 5> criteria;  // fit, benefit, feasibility, cost to try, evidence
    int daysAgo;
};

struct IdeaRow {
    std::string_view title;
    std::string_view problem;
    std::string_view proposal;
    IdeaSource source;
    std::string_view reference;
    std::string_view ambition;   // key of an ambition, or empty
    std::string_view submitter;  // key of a person
    int submittedDaysAgo;
    std::vector<ScoreRow> scores = {};
    Outcome outcome = Outcome::Waiting;
    int decidedDaysAgo = 0;        // promoted, declined or parked
    std::string_view reason = {};  // why declined, or why promoted below the gate
    int lookAgainIn = 0;           // parked: days from today
    std::vector<StageStep> steps = {};  // promoted: where its innovation went since
};

using enum IdeaSource;
using enum Outcome;

const std::vector<IdeaRow>& ideaRows() {
    static const std::vector<IdeaRow> rows = {
        {"Warm spaces in every library", "Older residents sit in cold homes all winter.",
         "Open library reading rooms as warm spaces with a hot drink, November to March.", OtherCouncil,
         "Warm Welcome spaces, Leeds City Council", "independent", "amira", 330,
         {{"priya", {4, 5, 5, 5, 4}, 320}, {"leader", {4, 4, 5, 5, 4}, 318}}, Promote, 310, "", 0,
         {{Stage::Exploring, -280, "Six libraries signed up"}, {Stage::Piloting, -240, "Pilot in three libraries"},
          {Stage::Scaling, -120, "All eleven libraries open as warm spaces"}}},
        {"Social prescribing link workers in GP surgeries", "GPs see patients whose trouble is loneliness, not illness.",
         "Fund two link workers who connect patients to clubs, groups and advice.", CaseStudy,
         "NHS England social prescribing case studies", "independent", "sophie", 300,
         {{"priya", {5, 4, 4, 3, 5}, 290}, {"tom", {3, 4, 4, 3, 5}, 288}}, Promote, 280, "", 0,
         {{Stage::Exploring, -250, "Two practices agreed to host"}, {Stage::Piloting, -180, "Link workers in post"}}},
        {"Car-free school streets", "Parents' cars crowd school gates at drop-off and pick-up.",
         "Close the street outside five primary schools to traffic for 45 minutes twice a day.", OtherCouncil,
         "School Streets, London Borough of Hackney", "netzero", "gareth", 280,
         {{"tom", {5, 4, 4, 5, 5}, 270}, {"leader", {4, 4, 3, 5, 5}, 268}, {"priya", {4, 3, 4, 5, 4}, 265}}, Promote,
         260, "", 0, {{Stage::Exploring, -200, "Five head teachers on board"}}},
        {"Repair café in the market hall", "Residents throw away things a volunteer could fix in minutes.",
         "A monthly repair café in the market hall run with the makers' group.", Resident, "Suggested at the area forum",
         "towncentre", "amira", 250, {{"tom", {3, 3, 3, 3, 2}, 240}, {"leader", {3, 3, 3, 2, 2}, 239}}, Promote, 230,
         "Below the gate, but it costs almost nothing to try and brings people into the market hall", 0, {}},
        {"Micro-enterprises in home care", "Rural villages cannot get home care visits.",
         "Help local people set up small care businesses, with training and a quality mark.", OtherCouncil,
         "Community Catalysts with Somerset Council", "independent", "sophie", 240,
         {{"priya", {5, 5, 3, 4, 5}, 230}, {"leader", {5, 4, 3, 4, 5}, 228}}, Promote, 200, "", 0,
         {{Stage::Exploring, -170, "Fifteen people at the first information evening"},
          {Stage::Piloting, -100, "Eight micro-enterprises trading"}}},
        {"Solar roof on the leisure centre", "The leisure centre pays the highest energy bill of any council building.",
         "Cover the leisure centre's flat roof with solar panels owned by the community energy co-operative.",
         Partner, "Proposal from the community energy co-operative", "netzero", "gareth", 200,
         {{"tom", {5, 3, 3, 2, 4}, 190}, {"leader", {4, 3, 3, 2, 4}, 185}}, Promote, 150, "", 0, {}},
        {"Digital inclusion lending scheme", "Residents without a laptop cannot apply for jobs or benefits online.",
         "Lend refurbished laptops with data from libraries, with a volunteer to help set them up.", OtherCouncil,
         "Devices Dot Now; Camden's device lending", "towncentre", "amira", 160,
         {{"leader", {4, 4, 4, 4, 4}, 150}, {"priya", {4, 5, 4, 3, 4}, 149}}, Promote, 60, "", 0, {}},
        {"Four-day week for the planning team", "The planning team cannot recruit or keep staff.",
         "Trial a four-day week with no loss of pay, measuring decisions made on time.", OtherCouncil,
         "South Cambridgeshire District Council's trial", "", "gareth", 290,
         {{"leader", {2, 2, 3, 4, 4}, 280}, {"tom", {2, 3, 3, 4, 3}, 279}}, Decline, 270,
         "Not while the government's guidance advises against it; we will look at flexible hours instead"},
        {"A council-run energy company", "Residents pay too much for energy.",
         "Set up a council energy supply company.", CaseStudy, "Robin Hood Energy, Nottingham", "netzero", "amira",
         260, {{"tom", {3, 4, 1, 1, 2}, 250}, {"leader", {2, 3, 1, 1, 1}, 249}}, Decline, 245,
         "Robin Hood Energy's collapse cost Nottingham over £38m: too large a risk for this council"},
        {"Free town centre parking on Saturdays", "Shoppers go to the out-of-town retail park instead.",
         "Make council car parks free on Saturdays.", Resident, "Petition to the council, 1,200 names",
         "towncentre", "amira", 220, {{"leader", {2, 3, 4, 1, 2}, 210}, {"tom", {1, 3, 4, 1, 1}, 208}}, Decline, 205,
         "It would cost £400,000 a year and work against the net zero ambition; we will try a shuttle instead"},
        {"Drones to inspect council roofs", "Scaffolding to inspect roofs is slow and costly.",
         "Use drones for the first look at every council building's roof.", Partner,
         "Offer from a local surveying firm", "", "gareth", 180, {{"tom", {2, 2, 3, 3, 3}, 170}}, Decline, 168,
         "The buildings team already has a contract that includes drone surveys"},
        {"Pop-up shops in empty units", "A fifth of the high street's shop units are empty.",
         "Let empty units rent-free for three months to new traders.", OtherCouncil,
         "Meanwhile use leases, Stockton-on-Tees", "towncentre", "sophie", 150,
         {{"leader", {3, 3, 2, 3, 3}, 140}, {"tom", {3, 3, 2, 2, 3}, 139}}, Decline, 130,
         "The landlords of the empty units are not the council; bring it back with the landlords' forum on board"},
        // The declined pop-up shops, submitted again with the landlords' forum behind it.
        {"Pop-up shops with the landlords' forum", "A fifth of the high street's shop units are empty.",
         "With the landlords' forum, let empty units to new traders for three months at a peppercorn rent.",
         OtherCouncil, "Meanwhile use leases, Stockton-on-Tees; landlords' forum minutes", "towncentre", "sophie", 90,
         {{"leader", {4, 4, 4, 3, 3}, 80}, {"tom", {4, 3, 4, 3, 3}, 78}}},
        {"Tool library for community gardens", "Community gardens each buy tools they use twice a year.",
         "One shared tool store for the borough's eleven community gardens.", Resident, "Allotments association",
         "netzero", "amira", 140, {{"tom", {3, 3, 4, 4, 2}, 130}}, Park, 120, "", 120},
        {"Participatory budgeting for parks", "Residents feel they have no say in how parks money is spent.",
         "Let residents vote on how £100,000 of the parks budget is spent.", OtherCouncil,
         "Participatory budgeting, Tower Hamlets", "towncentre", "sophie", 200,
         {{"leader", {4, 4, 3, 3, 4}, 190}, {"tom", {3, 4, 3, 3, 4}, 188}}, Park, 175, "", 30},
        {"Night-time economy ambassadors", "Some people feel unsafe in the town centre at night.",
         "Paid ambassadors on Friday and Saturday nights, with the police and the pubs.", Partner,
         "Business improvement district board", "towncentre", "gareth", 110,
         {{"leader", {3, 3, 3, 2, 3}, 100}, {"priya", {3, 3, 3, 2, 3}, 99}}, Park, 95, "", 90},
        {"Hospital discharge flats", "Patients wait in hospital for care to be arranged at home.",
         "Furnish two council flats where patients stay for a week after discharge.", OtherCouncil,
         "Step-down flats, Wirral Council", "independent", "sophie", 75,
         {{"priya", {5, 4, 4, 3, 4}, 60}, {"leader", {4, 4, 4, 3, 4}, 58}}},
        {"Electric bikes for care workers", "Care workers lose time parking between visits.",
         "Lend electric bikes to care workers in the town centre round.", Own, "", "independent", "gareth", 60,
         {{"priya", {3, 4, 4, 4, 2}, 50}, {"tom", {4, 3, 4, 4, 2}, 48}}},
        {"Tree planting with schools", "The borough has the lowest tree cover in the county.",
         "Every primary school plants and looks after 30 trees on council land.", Own, "", "netzero", "amira", 45,
         {{"tom", {4, 3, 5, 5, 3}, 30}}},
        {"Apprenticeships in council trades", "Young people leave the borough to find a trade.",
         "Twenty apprenticeships a year in the council's building maintenance team.", CaseStudy,
         "Local Government Association apprenticeship case studies", "towncentre", "gareth", 40,
         {{"leader", {4, 4, 3, 3, 4}, 25}, {"priya", {3, 4, 3, 3, 4}, 20}}},
        {"Food waste collection from flats", "Flats have no food waste collection at all.",
         "Communal food waste bins for every block of flats.", OtherCouncil, "Flats recycling, Bristol City Council",
         "netzero", "sophie", 35, {{"tom", {4, 4, 3, 3, 4}, 15}}},
        {"Befriending calls by volunteers", "Housebound residents may speak to nobody for days.",
         "Volunteers phone housebound residents every week.", Resident, "Suggested by a resident at a ward surgery",
         "independent", "amira", 20, {}},
        {"Green roofs on bus shelters", "Bus shelters are bare concrete in the hottest streets.",
         "Planted roofs on the twenty busiest bus shelters.", OtherCouncil, "Bee bus stops, Leicester City Council",
         "netzero", "amira", 12, {}},
        {"Shared office for voluntary groups", "Small charities each pay rent for rooms they rarely use.",
         "Let the empty floor of the civic centre to voluntary groups as a shared office.", Partner,
         "Council for Voluntary Service", "towncentre", "sophie", 8, {}},
        {"Text reminders for bin days", "Residents miss their bin day and bins overflow.",
         "A free text reminder the evening before each collection.", Own, "", "netzero", "gareth", 3, {}},
    };
    return rows;
}

IdeaScore scoreOf(const DemoContext& demo, Id ideaId, const ScoreRow& row) {
    IdeaScore score;
    score.ideaId = ideaId;
    score.strategicFit = row.criteria[0];
    score.residentBenefit = row.criteria[1];
    score.feasibility = row.criteria[2];
    score.costToTry = row.criteria[3];
    score.evidence = row.criteria[4];
    score.scoredOn = demo.day(-row.daysAgo);
    return score;
}

// The decisions are the leader's where no score names another assessor first.
Id decider(const DemoContext& demo, const IdeaRow& row) {
    return row.scores.empty() ? demo.leader : demo.people.at(row.scores.front().assessor);
}

}  // namespace

void writeIdeas(DemoContext& demo) {
    Portfolio& portfolio = demo.portfolio;
    for (const IdeaRow& row : ideaRows()) {
        Idea draft;
        draft.title = row.title;
        draft.problem = row.problem;
        draft.proposal = row.proposal;
        draft.source = row.source;
        draft.reference = row.reference;
        if (!row.ambition.empty()) draft.ambitionId = demo.ambitions.at(row.ambition);
        draft.submittedOn = demo.day(-row.submittedDaysAgo);
        const Idea idea = portfolio.submitIdea(demo.people.at(row.submitter), draft);
        for (const ScoreRow& score : row.scores)
            portfolio.scoreIdea(demo.people.at(score.assessor), scoreOf(demo, idea.id, score));
        const Date decidedOn = demo.day(-row.decidedDaysAgo);
        const Id actor = decider(demo, row);
        if (row.outcome == Promote) {
            const Idea promoted = portfolio.promoteIdea(actor, idea.id, std::string(row.reason), decidedOn);
            // The cabinet lead then earmarks time and money and names a lead officer.
            Innovation earmarked = portfolio.innovation(*promoted.innovationId);
            earmarked.leadOfficerId = demo.people.at(row.submitter == "sophie" ? "sophie" : "gareth");
            earmarked.startDate = decidedOn;
            earmarked.targetDate = decidedOn + boost::gregorian::days(540);
            earmarked.budgetPence = 2'500'000;
            earmarked.staffDays = 40;
            earmarked.priority = 5;  // new to the portfolio: after the council's own priorities
            portfolio.updateInnovation(actor, earmarked);
            demo.fromIdeas.emplace_back(earmarked.id, decidedOn);
            for (const StageStep& step : row.steps)
                portfolio.changeStage(actor, *promoted.innovationId, step.to, std::string(step.reason),
                                      demo.day(step.daysFromToday));
            ++demo.summary.innovations;
            demo.summary.stageChanges += 1 + static_cast<int>(row.steps.size());  // its arrival at Idea, then its moves
        } else if (row.outcome == Decline) {
            portfolio.declineIdea(actor, idea.id, std::string(row.reason), decidedOn);
        } else if (row.outcome == Park) {
            portfolio.parkIdea(actor, idea.id, demo.day(row.lookAgainIn), decidedOn);
        }
        ++demo.summary.ideas;
    }
}

}  // namespace innotrack::demo
