// The public summary's model and its words (reports/public_summary.hpp).
#include "reports/public_summary.hpp"

#include <algorithm>
#include <cstdio>

namespace innotrack::reports {
namespace {

// A number as people write it: 75, 75.5, 12,000.
std::string plainNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    std::string text = buffer;
    if (text.find_first_of("eE") != std::string::npos) return text;
    const std::size_t point = text.find('.');
    const std::size_t digitsEnd = point == std::string::npos ? text.size() : point;
    const std::size_t digitsStart = text[0] == '-' ? 1 : 0;
    for (std::size_t at = digitsEnd; at > digitsStart + 3; at -= 3) text.insert(at - 3, ",");
    return text;
}

std::string withUnit(double value, const std::string& unit) {
    if (unit.empty()) return plainNumber(value);
    if (unit == "£") return "£" + plainNumber(value);
    if (unit == "%") return plainNumber(value) + "%";
    return plainNumber(value) + " " + unit;
}

std::string dayWords(Date day) {
    return std::to_string(day.day().as_number()) + " " + day.month().as_long_string() + " " +
           std::to_string(static_cast<int>(day.year()));
}

}  // namespace

PublicSummary buildPublicSummary(const PortfolioStore& store, Date on) {
    PublicSummary summary;
    summary.on = on;
    for (const Innovation& innovation : store.listInnovations({})) {
        if (!innovation.isPublic) continue;
        PublicInnovation shown;
        shown.title = innovation.title;
        shown.description = innovation.publicDescription;
        shown.stage = innovation.stage;
        for (const Benefit& benefit : store.listBenefits(innovation.id))
            if (benefit.realisedOn && benefit.actual && *benefit.realisedOn <= on)
                shown.benefitsRealised.push_back(
                    {benefit.measure, benefit.unit, benefit.baseline, benefit.target, *benefit.actual, *benefit.realisedOn});
        std::stable_sort(shown.benefitsRealised.begin(), shown.benefitsRealised.end(),
                         [](const PublicBenefit& a, const PublicBenefit& b) { return a.realisedOn < b.realisedOn; });
        summary.innovations.push_back(std::move(shown));
    }
    return summary;
}

std::string publicTitle(const PublicSummary& summary) {
    return "What the council is trying, " + std::string(summary.on.month().as_long_string()) + " " +
           std::to_string(static_cast<int>(summary.on.year()));
}

std::string publicIntroduction(const PublicSummary& summary) {
    return "New ways of working the council is trying, how far each has got and what has come of it so far, as at " +
           dayWords(summary.on) + ".";
}

std::string stageInPlainEnglish(Stage stage) {
    switch (stage) {
        case Stage::Idea: return "An idea the council is considering";
        case Stage::Exploring: return "Being looked into";
        case Stage::Piloting: return "Being tried out on a small scale";
        case Stage::Scaling: return "Being rolled out more widely";
        case Stage::Mainstreamed: return "Now part of how the council works";
        case Stage::Stopped: return "Tried, and the council decided not to carry on";
    }
    return "";
}

std::string benefitInPlainEnglish(const PublicBenefit& b) {
    // "from 0 to 23 people": a unit in words is said once, after the second number.
    const bool wordUnit = !b.unit.empty() && b.unit != "£" && b.unit != "%";
    return b.measure + ": from " + (wordUnit ? plainNumber(b.baseline) : withUnit(b.baseline, b.unit)) + " to " + withUnit(b.actual, b.unit) +
           " (the aim was " + withUnit(b.target, b.unit) + "), by " + dayWords(b.realisedOn) + ".";
}

}  // namespace innotrack::reports
