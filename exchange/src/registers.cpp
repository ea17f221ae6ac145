// The column lists of each register. Headers are plain words a programme office would type in
// Excel; people, ambitions and innovations are named, never numbered, so a sheet reads on its own.
#include "exchange/registers.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace innotrack::exchange {

namespace {

using K = CellKind;

constexpr std::array kRegisters{Register::Innovations, Register::Milestones, Register::Risks,
                                Register::Setbacks,    Register::Lessons,    Register::Benefits};

constexpr std::array<Column, 14> kInnovationColumns{{
    {"Title", K::Text, true, "what the innovation is called"},
    {"Summary", K::Text, false, "what it is, in a sentence or two"},
    {"Ambition", K::Name, false, "the long-term ambition it serves, by title"},
    {"Stage", K::Scale, false, "idea, exploring, piloting, scaling, mainstreamed or stopped (default idea)"},
    {"Priority", K::Number, false, "1 (highest) to 5 (lowest), default 3"},
    {"Confidence", K::Scale, false, "delivery confidence: green, amber-green, amber, amber-red or red (default amber)"},
    {"Cabinet lead", K::Name, false, "the cabinet member or leader who leads it, by name"},
    {"Lead officer", K::Name, false, "the project officer who runs it, by name"},
    {"Start date", K::Date, false, "when work started"},
    {"Target date", K::Date, false, "when it should be delivered"},
    {"Budget", K::Money, false, "money earmarked, in pounds"},
    {"Staff days", K::Number, false, "staff time earmarked, in days"},
    {"Inspired by", K::Text, false, "where the idea came from: another council, a case study"},
    {"Expected benefits", K::Text, false, "what it should achieve"},
}};

constexpr std::array<Column, 5> kMilestoneColumns{{
    {"Innovation", K::Name, true, "the innovation it belongs to, by title"},
    {"Title", K::Text, true, "what will be done"},
    {"Baseline due", K::Date, false, "the date first agreed (default: the due date)"},
    {"Due", K::Date, true, "the date it is due now"},
    {"Completed on", K::Date, false, "when it was done, if it is"},
}};

constexpr std::array<Column, 16> kRiskColumns{{
    {"Innovation", K::Name, true, "the innovation it threatens, by title"},
    {"Title", K::Text, true, "the risk in a few words"},
    {"Cause", K::Text, false, "because of ..."},
    {"Event", K::Text, false, "... this may happen ..."},
    {"Effect", K::Text, false, "... which would mean ..."},
    {"Likelihood", K::Number, true, "before mitigation, 1 (rare) to 5 (almost certain)"},
    {"Impact", K::Number, true, "before mitigation, 1 (negligible) to 5 (severe)"},
    {"Residual likelihood", K::Number, false, "after mitigation, 1 to 5 (give both or neither)"},
    {"Residual impact", K::Number, false, "after mitigation, 1 to 5 (give both or neither)"},
    {"Owner", K::Name, true, "the person who manages it, by name"},
    {"Response", K::Scale, false, "avoid, reduce, fallback, transfer, accept or share (default reduce)"},
    {"Mitigation", K::Text, false, "what is being done about it"},
    {"Proximity", K::Scale, false, "imminent, this-stage, this-project or beyond (default this-project)"},
    {"Status", K::Scale, false,
     "open, closed or occurred (default open); an occurred risk stays open until its setback is imported"},
    {"Raised on", K::Date, false, "when it was first recorded (default today)"},
    {"Closed on", K::Date, false, "when it was closed"},
}};

constexpr std::array<Column, 12> kSetbackColumns{{
    {"Innovation", K::Name, true, "the innovation it happened to, by title"},
    {"Occurred on", K::Date, true, "when it happened"},
    {"What happened", K::Text, true, "what went wrong"},
    {"Kind", K::Scale, true, "basic, complex or intelligent failure"},
    {"Risk", K::Name, false, "the innovation's risk that occurred, by title, if it was foreseen"},
    {"Response", K::Text, false, "what was done about it"},
    {"New territory", K::YesNo, false, "intelligent failure test: it happened in new territory"},
    {"Credible opportunity", K::YesNo, false, "intelligent failure test: pursuing a credible opportunity"},
    {"Informed by knowledge", K::YesNo, false, "intelligent failure test: informed by what was known"},
    {"Small as possible", K::YesNo, false, "intelligent failure test: the failure was as small as it could be"},
    {"Learned from", K::YesNo, false, "intelligent failure test: it has been learned from"},
    {"Logged by", K::Name, false, "who logged it, by name (default: the person importing)"},
}};

constexpr std::array<Column, 11> kLessonColumns{{
    {"Innovation", K::Name, true, "the innovation it was learned on, by title"},
    {"Source", K::Scale, false, "setback, success or other (default other)"},
    {"What happened", K::Text, true, "what happened"},
    {"Effect", K::Text, false, "what it led to"},
    {"Cause", K::Text, false, "its cause or trigger"},
    {"Early warnings", K::Text, false, "the signs that could have been seen sooner"},
    {"Recommendation", K::Text, false, "what to do next time (every lesson needs one)"},
    {"Identified as risk", K::YesNo, false, "whether it had been identified as a risk"},
    {"Tags", K::List, false, "words to find it by, separated by ';'"},
    {"Recorded by", K::Name, false, "who recorded it, by name (default: the person importing)"},
    {"Recorded on", K::Date, false, "when it was recorded (default today)"},
}};

constexpr std::array<Column, 7> kBenefitColumns{{
    {"Innovation", K::Name, true, "the innovation that should bring it, by title"},
    {"Measure", K::Text, true, "what is measured, e.g. delayed discharges per month"},
    {"Unit", K::Text, false, "people, £, %"},
    {"Baseline", K::Decimal, false, "the measure before"},
    {"Target", K::Decimal, false, "the measure aimed for"},
    {"Actual", K::Decimal, false, "the measure reached, once realised"},
    {"Realised on", K::Date, false, "when the benefit was realised"},
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
    }
    return kInnovationColumns;
}

}  // namespace innotrack::exchange
