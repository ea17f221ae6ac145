// The demo council's people (one or more in every role) and the three long-term ambitions of
// its 20-year plan.
#include "demo_context.hpp"

#include <array>

namespace innotrack::demo {
namespace {

struct PersonRow {
    std::string_view key;
    std::string_view name;
    Role role;
    std::string_view portfolio;
    std::string_view emailName;  // before the @ of the council's email domain
};

// The leader comes first: a new portfolio's first person must be the leader.
const std::array<PersonRow, 6> kPeople = {{
    {"leader", "Cllr Helen Marsh", Role::Leader, "Leader of the council", "helen.marsh"},
    {"priya", "Cllr Priya Shah", Role::Cabinet, "Adult social care", "priya.shah"},
    {"tom", "Cllr Tom Okafor", Role::Cabinet, "Climate and environment", "tom.okafor"},
    {"gareth", "Gareth Evans", Role::Officer, "", "gareth.evans"},
    {"sophie", "Sophie Turner", Role::Officer, "", "sophie.turner"},
    {"amira", "Amira Hussain", Role::Viewer, "", "amira.hussain"},
}};

struct AmbitionRow {
    std::string_view key;
    std::string_view title;
    std::string_view description;
    int horizonYear;
    std::string_view communityConcern;
};

const std::array<AmbitionRow, 3> kAmbitions = {{
    {"netzero", "Net zero borough by 2045",
     "The council's own buildings, fleet and homes reach net zero first, then we help residents "
     "and businesses follow.",
     2045, "Rising energy bills, and summer flash floods on the {town} estate"},
    {"independent", "Every older person lives independently at home",
     "Care and support come to people's homes and neighbourhoods, so nobody moves into a care home "
     "for want of help they could have had at home.",
     2045, "Long waits for home care, and older people stuck in hospital when they are well enough to leave"},
    {"towncentre", "A thriving town centre economy",
     "Fewer empty shops, more people living and working in the town centre, and more of the "
     "council's spending staying with local firms.",
     2045, "Empty shops on Market Street, and young people leaving the borough for work"},
}};

Person toPerson(const DemoContext& demo, const PersonRow& row) {
    Person person;
    person.name = std::string(row.name);
    person.role = row.role;
    person.portfolio = std::string(row.portfolio);
    person.email = std::string(row.emailName) + "@" + std::string(demo.variant.emailDomain);
    return person;
}

}  // namespace

void writePeopleAndAmbitions(DemoContext& demo) {
    const Person leader = demo.portfolio.initialise(toPerson(demo, kPeople.front()));
    demo.leader = leader.id;
    // Set before anything is tagged: the tags are Wales's.
    if (demo.variant.nation != Nation::England) demo.portfolio.setNation(demo.leader, demo.variant.nation);
    demo.people[kPeople.front().key] = leader.id;
    ++demo.summary.people;
    for (std::size_t i = 1; i < kPeople.size(); ++i) {
        demo.people[kPeople[i].key] = demo.portfolio.addPerson(demo.leader, toPerson(demo, kPeople[i])).id;
        ++demo.summary.people;
    }

    for (const AmbitionRow& row : kAmbitions) {
        Ambition ambition;
        ambition.title = std::string(row.title);
        ambition.description = std::string(row.description);
        ambition.horizonYear = row.horizonYear;
        ambition.communityConcern = demo.variant.placed(row.communityConcern);
        const WellbeingTags tags = demo.variant.ambitionTagsOf(row.key);
        ambition.goals = tags.goals;
        ambition.ways = tags.ways;
        demo.ambitions[row.key] = demo.portfolio.addAmbition(demo.leader, ambition).id;
        ++demo.summary.ambitions;
    }
}

}  // namespace innotrack::demo
