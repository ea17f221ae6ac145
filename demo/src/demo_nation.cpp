// What differs between the English demo council and the Welsh one, written once: where the demo
// names a place, the well-being tags a Welsh council gives its ambitions and innovations, and
// whether the Forward Plan's 28 clear days rule applies (England's only, DOMAIN.md). Everything
// else, people, innovations, their history, is the same council's.
#include "demo_context.hpp"

namespace innotrack::demo {
namespace {

using G = WellbeingGoal;
using W = WayOfWorking;

const DemoVariant kEngland{
    .nation = Nation::England, .town = "Northbrook", .emailDomain = "northbrook.gov.uk",
    .copiesFrom = "Democratic Services, Northbrook Town Hall, High Street, Northbrook NB1 1AA; "
                  "democracy@northbrook.gov.uk, 01632 960 123",
    .forwardPlan = true,
    .ambitionTags = {},  // England has no well-being goals
    .innovationTags = {},
};

// A made-up county borough in the south Wales valleys. It tags every ambition and most of its
// innovations; nothing it does serves "a Wales of vibrant culture and thriving Welsh language",
// so the well-being report has a goal nothing serves to show the cabinet.
const DemoVariant kWales{
    .nation = Nation::Wales, .town = "Glanafon", .emailDomain = "glanafon.gov.wales",
    .copiesFrom = "Democratic Services, Glanafon Civic Centre, Castle Street, Glanafon GF1 1AA; "
                  "democracy@glanafon.gov.wales, 01632 960 123",
    .forwardPlan = false,
    .ambitionTags = {
        {"netzero", {{G::Resilient, G::GloballyResponsible}, {W::LongTerm, W::Prevention}}},
        {"independent", {{G::Healthier, G::MoreEqual}, {W::Prevention, W::Integration}}},
        {"towncentre", {{G::Prosperous, G::Cohesive}, {W::LongTerm, W::Collaboration}}},
    },
    .innovationTags = {
        {"library", {{G::Cohesive, G::GloballyResponsible}, {W::Involvement}}},
        {"heatpumps", {{G::Resilient, G::MoreEqual}, {W::LongTerm, W::Prevention}}},
        {"cwb", {{G::Prosperous}, {W::Collaboration, W::Integration}}},
        {"assembly", {{G::Cohesive}, {W::Involvement, W::LongTerm}}},
        {"neighbourhood", {{G::Healthier}, {W::Integration, W::Prevention, W::Collaboration}}},
        {"sensors", {{G::Healthier}, {W::Prevention}}},
        {"meanwhile", {{G::Prosperous, G::Cohesive}, {W::Collaboration, W::Involvement}}},
        {"solar", {{G::GloballyResponsible, G::Resilient}, {W::LongTerm}}},
        {"sharedlives", {{G::Healthier, G::Cohesive}, {W::Involvement, W::Prevention}}},
        {"fleet", {{G::GloballyResponsible}, {W::LongTerm}}},
        {"lac", {{G::Healthier, G::MoreEqual}, {W::Prevention, W::Involvement}}},
        // smartbins, stopped, was never tagged.
    },
};

}  // namespace

const DemoVariant& demoVariant(Nation nation) {
    return nation == Nation::Wales ? kWales : kEngland;
}

WellbeingTags DemoVariant::tagsOf(const std::map<std::string_view, WellbeingTags>& table, std::string_view key) {
    const auto found = table.find(key);
    return found == table.end() ? WellbeingTags{} : found->second;
}

std::string DemoVariant::placed(std::string_view text) const {
    constexpr std::string_view kTown = "{town}";
    std::string out(text);
    for (std::size_t at = out.find(kTown); at != std::string::npos; at = out.find(kTown, at + town.size()))
        out.replace(at, kTown.size(), town);
    return out;
}

}  // namespace innotrack::demo
