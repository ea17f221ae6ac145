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
    std::string_view email;
};

// The leader comes first: a new portfolio's first person must be the leader.
const std::array<PersonRow, 6> kPeople = {{
    {"leader", "Cllr Helen Marsh", Role::Leader, "Leader of the council", "helen.marsh@northbrook.gov.uk"},
    {"priya", "Cllr Priya Shah", Role::Cabinet, "Adult social care", "priya.shah@northbrook.gov.uk"},
    {"tom", "Cllr Tom Okafor", Role::Cabinet, "Climate and environment", "tom.okafor@northbrook.gov.uk"},
    {"gareth", "Gareth Evans", Role::Officer, "", "gareth.evans@northbrook.gov.uk"},
    {"sophie", "Sophie Turner", Role::Officer, "", "sophie.turner@northbrook.gov.uk"},
    {"amira", "Amira Hussain", Role::Viewer, "", "amira.hussain@northbrook.gov.uk"},
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
     2045, "Rising energy bills, and summer flash floods on the Northbrook estate"},
    {"independent", "Every older person lives independently at home",
     "Care and support come to people's homes and neighbourhoods, so nobody moves into a care home "
     "for want of help they could have had at home.",
     2045, "Long waits for home care, and older people stuck in hospital when they are well enough to leave"},
    {"towncentre", "A thriving town centre economy",
     "Fewer empty shops, more people living and working in the town centre, and more of the "
     "council's spending staying with local firms.",
     2045, "Empty shops on Market Street, and young people leaving the borough for work"},
}};

Person toPerson(const PersonRow& row) {
    Person person;
    person.name = std::string(row.name);
    person.role = row.role;
    person.portfolio = std::string(row.portfolio);
    person.email = std::string(row.email);
    return person;
}

}  // namespace

void writePeopleAndAmbitions(DemoContext& demo) {
    const Person leader = demo.portfolio.initialise(toPerson(kPeople.front()));
    demo.leader = leader.id;
    demo.people[kPeople.front().key] = leader.id;
    ++demo.summary.people;
    for (std::size_t i = 1; i < kPeople.size(); ++i) {
        demo.people[kPeople[i].key] = demo.portfolio.addPerson(demo.leader, toPerson(kPeople[i])).id;
        ++demo.summary.people;
    }

    for (const AmbitionRow& row : kAmbitions) {
        Ambition ambition;
        ambition.title = std::string(row.title);
        ambition.description = std::string(row.description);
        ambition.horizonYear = row.horizonYear;
        ambition.communityConcern = std::string(row.communityConcern);
        demo.ambitions[row.key] = demo.portfolio.addAmbition(demo.leader, ambition).id;
        ++demo.summary.ambitions;
    }
}

}  // namespace innotrack::demo
