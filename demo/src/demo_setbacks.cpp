// The demo's setbacks of every kind, the risks that became them, and the lessons learned,
// including lessons from successes that another team could copy.
#include "demo_context.hpp"

#include <algorithm>
#include <optional>

namespace innotrack::demo {
namespace {

struct LessonText {
    std::string_view effect;
    std::string_view cause;
    std::string_view earlyWarnings;
    std::string_view recommendation;
    std::vector<std::string> tags;
};

struct SetbackRow {
    std::string_view innovation;
    int occurredIn;               // days from today
    std::string_view risk;        // key of the risk that occurred; empty when unforeseen
    FailureKind kind;
    std::string_view whatHappened;
    std::string_view response;
    LessonText lesson;            // recorded two days after the setback, or today if sooner
};

// The five answers for a setback that was not intelligent: it happened in known territory and
// was bigger than it needed to be, even though it has been learned from.
constexpr IntelligentFailureTest kNotIntelligent{.newTerritory = false, .credibleOpportunity = true,
                                                 .informedByKnowledge = false, .smallAsPossible = false,
                                                 .learnedFrom = true};
constexpr IntelligentFailureTest kIntelligent{.newTerritory = true, .credibleOpportunity = true,
                                              .informedByKnowledge = true, .smallAsPossible = true,
                                              .learnedFrom = true};

const std::vector<SetbackRow>& setbackRows() {
    using enum FailureKind;
    static const std::vector<SetbackRow> rows = {
        {"fleet", -300, "", Basic,
         "Electric vans charged on the peak tariff for two months because the depot charger timers were never set",
         "Timers set the same day; the energy supplier credited part of the difference",
         {"About £4,000 of avoidable electricity cost", "Commissioning checklist had no step for charger timers",
          "The depot electricity bill doubled in the first month", "Add charger timers to the depot commissioning checklist",
          {"checklist", "energy-costs", "fleet"}}},
        {"solar", -370, "", Basic,
         "Planning application for the pilot canopy was returned because it had no heritage statement",
         "Resubmitted with the statement four weeks later",
         {"Consent four weeks late", "The team did not check the conservation area validation list",
          "The planning officer asked about the conservation area at pre-application",
          "Use the planning validation checklist for every application in a conservation area",
          {"checklist", "planning"}}},
        {"sharedlives", -150, "", Complex,
         "Carer recruitment reached half its target: the cost of living pushed applicants to paid work while "
         "background checks took ten weeks",
         "Carer allowance raised; HR now fast-tracks Shared Lives checks",
         {"Placements three months behind plan", "Several pressures at once in a familiar recruitment process",
          "Enquiries fell for two months in a row", "Watch enquiry numbers monthly and act on two bad months",
          {"recruitment", "workforce"}}},
        {"sensors", -55, "sensors-uptake", Intelligent,
         "Only 30% of residents in the pilot wore the falls pendant; most kept it in a drawer",
         "Switched to room sensors that need nothing worn for the next 50 homes",
         {"Six weeks of pendant data of little use", "People felt the pendant marked them out as frail",
          "Residents asked at installation whether they had to wear it",
          "Co-design devices with residents before buying at scale",
          {"co-design", "technology-enabled-care"}}},
        {"smartbins", -50, "smartbins-savings", Intelligent,
         "Sensor-fitted bins cut collection trips by 4%, against the 20% the business case needed",
         "Stopped at the planned decision point; sensors reused to monitor flood gullies",
         {"£57,000 spent on a pilot that will not scale", "Town centre bins fill evenly, so sensors add little",
          "Crews said the busy bins were always the same ones",
          "Ask the crews before buying sensors; test small with a fixed stop date",
          {"evaluation", "stop-decision"}}},
        {"assembly", -45, "", Basic,
         "Invitations for the civic lottery were printed from last year's address list, so 300 went to empty or "
         "wrong addresses",
         "Reprinted from the current register and sent a second mailing",
         {"Recruitment two weeks late and £2,000 of extra postage", "An old extract was left in the shared folder",
          "The file name had last year's date", "Always take a fresh extract and check its date before a mailing",
          {"checklist", "data-quality", "engagement"}}},
        {"meanwhile", -40, "meanwhile-traders", Intelligent,
         "The pop-up bakery on Bridge Street closed after six weeks: footfall on that street was too low",
         "New lets kept to Market Street; footfall data now shared with traders before they sign",
         {"One trader lost their stock and the unit is empty again", "Bridge Street has a third of Market Street's footfall",
          "Takings were below plan in the first fortnight", "Share footfall counts with traders before they choose a unit",
          {"footfall", "town-centre"}}},
        {"cwb", -38, "", Basic,
         "Spend figures sent to the anchor institutions' round table were a year out of date",
         "Corrected figures sent the next day with an apology",
         {"Partners questioned the council's numbers at the first meeting", "Report run from last year's ledger",
          "The total did not match the published accounts", "Check totals against the published accounts before sharing",
          {"checklist", "data-quality", "procurement"}}},
        {"solar", -28, "solar-grid", Complex,
         "Grid connection for Station Road delayed: the network operator needs a capacity study, and the "
         "installer's electrical subcontractor went into administration",
         "Second subcontractor appointed; asked the operator for a flexible connection",
         {"Three car parks will generate months late", "Network capacity and a supplier failure came together",
          "The operator's quote took twice as long as usual",
          "Apply for grid connections before tendering, and check subcontractors' accounts",
          {"grid", "supply-chain"}}},
        {"cwb", -4, "", Basic,
         "The draft social value policy went to legal without finance's comments and came back for a second round",
         "Finance and legal now review the draft together",
         {"Policy a week late", "Comments were gathered one team after another",
          "Finance's deadline fell after legal's", "Review policies with all teams at one meeting",
          {"governance", "procurement"}}},
        {"neighbourhood", -3, "neighbourhood-staff", Complex,
         "Two carers left the Westfield team in the same week as a surge in hospital discharges",
         "Agency cover for four weeks; joint recruitment with the NHS trust brought forward",
         {"Higher cost and less continuity for 40 people", "Staff turnover and winter discharge pressure combined",
          "Overtime rose for three weeks before the resignations",
          "Agree standby cover with a preferred agency before winter",
          {"nhs-partnership", "workforce"}}},
    };
    return rows;
}

struct SuccessRow {
    std::string_view innovation;
    int recordedIn;
    std::string_view whatHappened;
    LessonText lesson;
};

const std::vector<SuccessRow>& successRows() {
    static const std::vector<SuccessRow> rows = {
        {"fleet", -400, "Drivers who test-drove the electric vans became the scheme's champions",
         {"Every depot asked for electric vans", "Drivers trusted colleagues more than managers",
          "", "Let front-line staff try new kit early and tell their colleagues",
          {"engagement", "fleet"}}},
        {"lac", -105, "The independent evaluation secured permanent funding from the base budget",
         {"Local Area Coordination is now business as usual", "Savings were measured before the budget round",
          "", "Time evaluations so their results land before the budget is set",
          {"evaluation", "funding"}}},
    };
    return rows;
}

Lesson toLesson(const DemoContext& demo, Id innovationId, std::string_view whatHappened, const LessonText& text,
                int recordedIn) {
    Lesson lesson;
    lesson.innovationId = innovationId;
    lesson.whatHappened = std::string(whatHappened);
    lesson.effect = std::string(text.effect);
    lesson.cause = std::string(text.cause);
    lesson.earlyWarnings = std::string(text.earlyWarnings);
    lesson.recommendation = std::string(text.recommendation);
    lesson.tags = text.tags;
    lesson.recordedOn = demo.day(recordedIn < 0 ? recordedIn : 0);
    return lesson;
}

Setback logSetback(DemoContext& demo, const SetbackRow& row, Id innovationId, Id actor) {
    Setback setback;
    setback.innovationId = innovationId;
    setback.occurredOn = demo.day(row.occurredIn);
    setback.whatHappened = std::string(row.whatHappened);
    setback.kind = row.kind;
    setback.response = std::string(row.response);
    setback.test = row.kind == FailureKind::Intelligent ? kIntelligent : kNotIntelligent;
    setback.loggedById = actor;
    if (row.risk.empty()) return demo.portfolio.logSetback(actor, setback);
    return demo.portfolio.riskOccurred(actor, demo.risks.at(row.risk), setback);
}

}  // namespace

void writeSetbacksAndLessons(DemoContext& demo, Written when) {
    const std::vector<SetbackRow>& rows = setbackRows();
    demo.setbacks.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SetbackRow& row = rows[i];
        const Id innovationId = demo.innovations.at(row.innovation);
        const Id actor = demo.actorFor(innovationId, Action::EditDelivery);
        const bool foreseen = !row.risk.empty();
        if (writtenWhen(row.occurredIn) == when) {
            demo.setbacks[i] = logSetback(demo, row, innovationId, actor).id;
            ++demo.summary.setbacks;
            if (foreseen) ++demo.summary.risksOccurred;
        }
        const int lessonIn = std::min(row.occurredIn + 2, 0);
        if (writtenWhen(lessonIn) != when) continue;
        Lesson lesson = toLesson(demo, innovationId, row.whatHappened, row.lesson, lessonIn);
        lesson.setbackId = demo.setbacks[i];
        lesson.source = LessonSource::Setback;
        lesson.identifiedAsRisk = foreseen;
        lesson.recordedById = actor;
        demo.portfolio.addLesson(actor, lesson);
        ++demo.summary.lessons;
    }

    for (const SuccessRow& row : successRows()) {
        if (writtenWhen(std::min(row.recordedIn, 0)) != when) continue;
        const Id innovationId = demo.innovations.at(row.innovation);
        const Id actor = demo.actorFor(innovationId, Action::EditDelivery);
        Lesson lesson = toLesson(demo, innovationId, row.whatHappened, row.lesson, row.recordedIn);
        lesson.source = LessonSource::Success;
        lesson.recordedById = actor;
        demo.portfolio.addLesson(actor, lesson);
        ++demo.summary.lessons;
    }
}

}  // namespace innotrack::demo
