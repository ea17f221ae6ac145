// The column lists of each register. Headers are plain words a programme office would type in
// Excel; people, ambitions and innovations are named, never numbered, so a sheet reads on its own.
// Each column is one of its record's fields (tracker/record_fields.hpp), named by the field's key.
#include "exchange/registers.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace innotrack::exchange {

namespace {

using K = CellKind;

constexpr std::array kRegisters{Register::Innovations, Register::Milestones,  Register::Risks,
                                Register::Setbacks,    Register::Lessons,     Register::Benefits,
                                Register::Engagements, Register::Ideas,       Register::Decisions,
                                Register::Ambitions};

constexpr std::array<Column, 16> kInnovationColumns{{
    {"title", "Title", K::Text, true, "what the innovation is called"},
    {"summary", "Summary", K::Text, false, "what it is, in a sentence or two"},
    {"ambition_id", "Ambition", K::Name, false, "the long-term ambition it serves, by title"},
    {"stage", "Stage", K::Scale, false, "idea, exploring, piloting, scaling, mainstreamed or stopped (default idea)"},
    {"priority", "Priority", K::Number, false, "1 (highest) to 5 (lowest), default 3"},
    {"confidence", "Confidence", K::Scale, false, "delivery confidence: green, amber-green, amber, amber-red or red (default amber)"},
    {"cabinet_lead_id", "Cabinet lead", K::Name, false, "the cabinet member or leader who leads it, by name"},
    {"lead_officer_id", "Lead officer", K::Name, false, "the project officer who runs it, by name"},
    {"start_date", "Start date", K::Date, false, "when work started"},
    {"target_date", "Target date", K::Date, false, "when it should be delivered"},
    {"budget_pence", "Budget", K::Money, false, "money earmarked, in pounds"},
    {"staff_days", "Staff days", K::Number, false, "staff time earmarked, in days"},
    {"inspired_by", "Inspired by", K::Text, false, "where the idea came from: another council, a case study"},
    {"expected_benefits", "Expected benefits", K::Text, false, "what it should achieve"},
    {"wellbeing_goals", "Well-being goals", K::ScaleList, false,
     "Wales: the well-being goals it serves, separated by ';' (prosperous, resilient, healthier, more-equal, "
     "cohesive, culture-language or globally-responsible, or their names), none in an English portfolio"},
    {"ways_of_working", "Ways of working", K::ScaleList, false,
     "Wales: the ways of working it shows, separated by ';' (long-term, prevention, integration, collaboration "
     "or involvement), none in an English portfolio"},
}};

constexpr std::array<Column, 5> kMilestoneColumns{{
    {"innovation_id", "Innovation", K::Name, true, "the innovation it belongs to, by title"},
    {"title", "Title", K::Text, true, "what will be done"},
    {"baseline_due", "Baseline due", K::Date, false, "the date first agreed (default: the due date)"},
    {"due", "Due", K::Date, true, "the date it is due now"},
    {"completed_on", "Completed on", K::Date, false, "when it was done, if it is"},
}};

constexpr std::array<Column, 16> kRiskColumns{{
    {"innovation_id", "Innovation", K::Name, true, "the innovation it threatens, by title"},
    {"title", "Title", K::Text, true, "the risk in a few words"},
    {"cause", "Cause", K::Text, false, "because of ..."},
    {"event", "Event", K::Text, false, "... this may happen ..."},
    {"effect", "Effect", K::Text, false, "... which would mean ..."},
    {"inherent_likelihood", "Likelihood", K::Number, true, "before mitigation, 1 (rare) to 5 (almost certain)"},
    {"inherent_impact", "Impact", K::Number, true, "before mitigation, 1 (negligible) to 5 (severe)"},
    {"residual_likelihood", "Residual likelihood", K::Number, false, "after mitigation, 1 to 5 (give both or neither)"},
    {"residual_impact", "Residual impact", K::Number, false, "after mitigation, 1 to 5 (give both or neither)"},
    {"owner_id", "Owner", K::Name, true, "the person who manages it, by name"},
    {"response", "Response", K::Scale, false, "avoid, reduce, fallback, transfer, accept or share (default reduce)"},
    {"mitigation", "Mitigation", K::Text, false, "what is being done about it"},
    {"proximity", "Proximity", K::Scale, false, "imminent, this-stage, this-project or beyond (default this-project)"},
    {"status", "Status", K::Scale, false,
     "open, closed or occurred (default open); an occurred risk stays open until its setback is imported"},
    {"raised_on", "Raised on", K::Date, false, "when it was first recorded (default today)"},
    {"closed_on", "Closed on", K::Date, false, "when it was closed"},
}};

constexpr std::array<Column, 12> kSetbackColumns{{
    {"innovation_id", "Innovation", K::Name, true, "the innovation it happened to, by title"},
    {"occurred_on", "Occurred on", K::Date, true, "when it happened"},
    {"what_happened", "What happened", K::Text, true, "what went wrong"},
    {"kind", "Kind", K::Scale, true, "basic, complex or intelligent failure"},
    {"risk_id", "Risk", K::Name, false, "the innovation's risk that occurred, by title, if it was foreseen"},
    {"response", "Response", K::Text, false, "what was done about it"},
    {"new_territory", "New territory", K::YesNo, false, "intelligent failure test: it happened in new territory"},
    {"credible_opportunity", "Credible opportunity", K::YesNo, false, "intelligent failure test: pursuing a credible opportunity"},
    {"informed", "Informed by knowledge", K::YesNo, false, "intelligent failure test: informed by what was known"},
    {"small", "Small as possible", K::YesNo, false, "intelligent failure test: the failure was as small as it could be"},
    {"learned", "Learned from", K::YesNo, false, "intelligent failure test: it has been learned from"},
    {"logged_by_id", "Logged by", K::Name, false, "who logged it, by name (default: the person importing)"},
}};

constexpr std::array<Column, 11> kLessonColumns{{
    {"innovation_id", "Innovation", K::Name, true, "the innovation it was learned on, by title"},
    {"source", "Source", K::Scale, false, "setback, success or other (default other)"},
    {"what_happened", "What happened", K::Text, true, "what happened"},
    {"effect", "Effect", K::Text, false, "what it led to"},
    {"cause", "Cause", K::Text, false, "its cause or trigger"},
    {"early_warnings", "Early warnings", K::Text, false, "the signs that could have been seen sooner"},
    {"recommendation", "Recommendation", K::Text, false, "what to do next time (every lesson needs one)"},
    {"identified_as_risk", "Identified as risk", K::YesNo, false, "whether it had been identified as a risk"},
    {"tags", "Tags", K::List, false, "words to find it by, separated by ';'"},
    {"recorded_by_id", "Recorded by", K::Name, false, "who recorded it, by name (default: the person importing)"},
    {"recorded_on", "Recorded on", K::Date, false, "when it was recorded (default today)"},
}};

constexpr std::array<Column, 7> kBenefitColumns{{
    {"innovation_id", "Innovation", K::Name, true, "the innovation that should bring it, by title"},
    {"measure", "Measure", K::Text, true, "what is measured, e.g. delayed discharges per month"},
    {"unit", "Unit", K::Text, false, "people, £, %"},
    {"baseline", "Baseline", K::Decimal, false, "the measure before"},
    {"target", "Target", K::Decimal, false, "the measure aimed for"},
    {"actual", "Actual", K::Decimal, false, "the measure reached, once realised"},
    {"realised_on", "Realised on", K::Date, false, "when the benefit was realised"},
}};

constexpr std::array<Column, 9> kEngagementColumns{{
    {"innovation_id", "Innovation", K::Name, true, "the innovation it was about, by title"},
    {"held_on", "Date", K::Date, true, "the day it was held"},
    {"audience", "Audience", K::Scale, true,
     "cabinet, ruling-group, all-members, scrutiny, staff, trade-unions, residents or partners"},
    {"form", "Form", K::Scale, true, "briefing, workshop, consultation, newsletter or public-meeting"},
    {"led_by_id", "Led by", K::Name, true, "who led it, by name"},
    {"participants", "How many took part", K::Number, false, "empty where nobody counted"},
    {"stance", "Stance heard", K::Scale, true, "support, mixed or opposed"},
    {"concerns", "Concerns raised", K::Text, false, "what people were worried about"},
    {"response", "Response", K::Text, false, "what the council said or did about it"},
}};

// An idea's life as the service replays it (import_ideas.cpp). Its scores are not columns: each
// is an assessor's own, given in their name, which one row cannot carry for several assessors;
// the portfolio JSON keeps them.
constexpr std::array<Column, 15> kIdeaColumns{{
    {"title", "Title", K::Text, true, "what the idea is called"},
    {"problem", "Problem", K::Text, true, "the problem it answers"},
    {"proposal", "Proposal", K::Text, true, "what it proposes to do"},
    {"source", "Source", K::Scale, false, "own, other-council, case-study, resident or partner (default own)"},
    {"reference", "Reference", K::Text, false, "where it is written up elsewhere"},
    {"ambition_id", "Ambition", K::Name, false, "the ambition it would serve, by title"},
    {"submitted_by_id", "Submitted by", K::Name, false, "who submitted it: only the person importing, or empty"},
    {"submitted_on", "Submitted on", K::Date, false, "the day it was submitted (default today)"},
    {"status", "Status", K::Scale, false, "submitted, parked, promoted or declined (default submitted)"},
    {"parked_on", "Parked on", K::Date, false, "the last day it was parked, kept after a decision"},
    {"look_again_on", "Look again on", K::Date, false, "while parked: when to look at it again"},
    {"decided_on", "Decided on", K::Date, false, "the day it was promoted or declined (default today)"},
    {"decided_by_id", "Decided by", K::Name, false, "who decided: only the person importing, or empty"},
    {"decision_reason", "Reason", K::Text, false,
     "why it was declined, or why promoted below the gate or unscored (then required)"},
    {"innovation_id", "Innovation", K::Name, false,
     "the innovation it was promoted to, by title: promoting creates it, named as the idea"},
}};

// A decision's life as the service replays it (import_decisions.cpp): added with its notice, then
// its short notice's route, then its record. Whether it is key is worked out, never typed.
constexpr std::array<Column, 24> kDecisionColumns{{
    {"innovation_id", "Innovation", K::Name, true, "the innovation it is about, by title"},
    {"matter", "Matter", K::Text, true, "what is to be decided"},
    {"maker_id", "Decision maker", K::Name, false, "the cabinet member or the leader who decides, by name"},
    {"maker_body", "Deciding body", K::Text, false, "or the body that decides, such as Cabinet"},
    {"maker_members", "Members", K::Text, false, "the deciding body's members"},
    {"planned_on", "To be made on", K::Date, true, "the day it is to be made"},
    {"amount_pence", "Amount", K::Money, false, "the spending or savings it involves, in pounds (default 0)"},
    {"affects_two_or_more_wards", "Two or more wards", K::YesNo, false,
     "whether it significantly affects communities in two or more wards"},
    {"key_decision", "Key decision", K::YesNo, false,
     "yes or no, worked out from the amount (against the key decision threshold) and the wards, and not read on "
     "import", true},
    {"key_reasons", "Why key", K::Text, false, "why it is a key decision, in words, and not read on import", true},
    {"notice_on", "Notice published on", K::Date, false, "the day its notice was published (the Forward Plan)"},
    {"documents", "Documents", K::Text, false, "the documents to be submitted to the decision maker"},
    {"documents_from", "Copies from", K::Text, false, "where copies can be had, and how to ask for other documents"},
    {"route", "Route", K::Scale, false,
     "a short notice's route: none, general-exception or special-urgency (England only; default none)"},
    {"scrutiny_chair", "Scrutiny chair", K::Text, false, "with a route: the chair of the scrutiny committee"},
    {"chair_on", "Chair told or agreed on", K::Date, false,
     "with a route: the day the chair was told (general exception) or agreed (special urgency)"},
    {"urgency_reason", "Why it cannot wait", K::Text, false, "with special urgency: why it cannot reasonably wait"},
    {"review_id", "Weekly review", K::Date, false,
     "the day of the weekly review whose decision led to it (a review held in this portfolio)"},
    {"made_on", "Made on", K::Date, false, "the day it was made: the decision record starts here"},
    {"decision", "Decision", K::Text, false, "the decision made (required with Made on)"},
    {"reasons", "Reasons", K::Text, false, "the reasons for it (required with Made on)"},
    {"alternatives_rejected", "Alternatives rejected", K::Text, false, "the alternatives considered and rejected"},
    {"conflicts_declared", "Conflicts of interest", K::Text, false, "any conflict of interest declared, and by whom"},
    {"dispensation", "Dispensation", K::Text, false, "any dispensation granted for them"},
}};

// The leader's long-term ambitions, which innovations name by title: import them first.
constexpr std::array<Column, 6> kAmbitionColumns{{
    {"title", "Title", K::Text, true, "what the ambition is, in a line"},
    {"description", "Description", K::Text, false, "what it means for residents"},
    {"horizon_year", "Horizon year", K::Number, true, "the year it looks to, such as 2045 (2000 to 2100)"},
    {"community_concern", "Community concern", K::Text, false, "what residents said that it answers"},
    {"wellbeing_goals", "Well-being goals", K::ScaleList, false,
     "Wales: the well-being goals it serves, separated by ';' (as the innovations register), none in an English "
     "portfolio"},
    {"ways_of_working", "Ways of working", K::ScaleList, false,
     "Wales: the ways of working it shows, separated by ';' (as the innovations register), none in an English "
     "portfolio"},
}};

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

std::span<const Register> allRegisters() { return kRegisters; }

std::string_view nameOf(Register reg) {
    switch (reg) {
        case Register::Innovations: return "innovations";
        case Register::Milestones: return "milestones";
        case Register::Risks: return "risks";
        case Register::Setbacks: return "setbacks";
        case Register::Lessons: return "lessons";
        case Register::Benefits: return "benefits";
        case Register::Engagements: return "engagements";
        case Register::Ideas: return "ideas";
        case Register::Decisions: return "decisions";
        case Register::Ambitions: return "ambitions";
    }
    return "innovations";
}

std::string_view titleOf(Register reg) {
    switch (reg) {
        case Register::Innovations: return "Innovations";
        case Register::Milestones: return "Milestones";
        case Register::Risks: return "Risks";
        case Register::Setbacks: return "Setbacks";
        case Register::Lessons: return "Lessons learned";
        case Register::Benefits: return "Benefits";
        case Register::Engagements: return "Engagements";
        case Register::Ideas: return "Ideas";
        case Register::Decisions: return "Decisions";
        case Register::Ambitions: return "Ambitions";
    }
    return "Innovations";
}

std::optional<Register> parseRegister(std::string_view name) {
    const std::string wanted = lowered(name);
    for (Register reg : kRegisters)
        if (nameOf(reg) == wanted) return reg;
    return std::nullopt;
}

std::string registerNames() {
    std::string out;
    for (std::size_t i = 0; i < kRegisters.size(); ++i) {
        if (i > 0) out += i + 1 == kRegisters.size() ? " or " : ", ";
        out += nameOf(kRegisters[i]);
    }
    return out;
}

std::span<const Column> columnsOf(Register reg) {
    switch (reg) {
        case Register::Innovations: return kInnovationColumns;
        case Register::Milestones: return kMilestoneColumns;
        case Register::Risks: return kRiskColumns;
        case Register::Setbacks: return kSetbackColumns;
        case Register::Lessons: return kLessonColumns;
        case Register::Benefits: return kBenefitColumns;
        case Register::Engagements: return kEngagementColumns;
        case Register::Ideas: return kIdeaColumns;
        case Register::Decisions: return kDecisionColumns;
        case Register::Ambitions: return kAmbitionColumns;
    }
    return kInnovationColumns;
}

}  // namespace innotrack::exchange
