// The Ambitions and People views' models; see ambitions_people_model.hpp.
#include "gui/ambitions_people_model.hpp"

#include "gui/undo_steps.hpp"
#include "tracker/errors.hpp"

#include <charconv>
#include <memory>
#include <unordered_map>

namespace innotrack::gui {

std::vector<AmbitionRow> loadAmbitions(const PortfolioStore& store) {
    std::vector<AmbitionRow> rows;
    std::unordered_map<Id, std::size_t> index;
    for (Ambition& ambition : store.listAmbitions()) {
        index.emplace(ambition.id, rows.size());
        rows.push_back(AmbitionRow{std::move(ambition), 0, 0, 0});
    }
    for (const Innovation& innovation : store.listInnovations({})) {
        if (!innovation.ambitionId) continue;
        const auto found = index.find(*innovation.ambitionId);
        if (found == index.end()) continue;
        AmbitionRow& row = rows[found->second];
        if (innovation.stage == Stage::Mainstreamed) ++row.mainstreamed;
        else if (innovation.stage == Stage::Stopped) ++row.stopped;
        else ++row.active;
    }
    return rows;
}

std::vector<PersonRow> loadPeople(const PortfolioStore& store) {
    std::unordered_map<Id, int> leading;
    for (const Innovation& innovation : store.listInnovations({})) {
        if (innovation.cabinetLeadId) ++leading[*innovation.cabinetLeadId];
        if (innovation.leadOfficerId && innovation.leadOfficerId != innovation.cabinetLeadId) ++leading[*innovation.leadOfficerId];
    }
    std::vector<PersonRow> rows;
    for (Person& person : store.listPeople()) {
        const int count = leading.count(person.id) ? leading.at(person.id) : 0;
        rows.push_back(PersonRow{std::move(person), count});
    }
    return rows;
}

AmbitionDraft draftOf(const Ambition& ambition) {
    return AmbitionDraft{ambition.id, ambition.title, ambition.description, std::to_string(ambition.horizonYear),
                         ambition.communityConcern, {}};
}

PersonDraft draftOf(const Person& person) {
    return PersonDraft{person.id, person.name, person.role, person.portfolio, person.email, person.login, {}};
}

bool saveAmbition(AppState& state, AmbitionDraft& draft) {
    draft.errors.clear();
    Ambition ambition;
    ambition.id = draft.id;
    ambition.title = draft.title;
    ambition.description = draft.description;
    ambition.communityConcern = draft.communityConcern;
    const char* first = draft.horizonYear.data();
    const char* last = first + draft.horizonYear.size();
    const auto [end, error] = std::from_chars(first, last, ambition.horizonYear);
    if (error != std::errc() || end != last || draft.horizonYear.empty()) {
        draft.errors.byField["horizon year"] = "horizon year: '" + draft.horizonYear + "' is not a year such as 2045";
        return false;
    }
    const bool adding = ambition.id == 0;
    auto before = std::make_shared<Ambition>();  // read on the worker, for the undo
    return state.saveRecord<Ambition>(
        (adding ? "Adding the ambition '" : "Saving the ambition '") + ambition.title + "'", RecordKind::Ambitions,
        [ambition, adding, before](Portfolio& portfolio, Id actor) {
            if (adding) return portfolio.addAmbition(actor, ambition);
            *before = portfolio.ambition(ambition.id);
            return portfolio.updateAmbition(actor, ambition);
        },
        [&state, &draft, adding, before](const Ambition& saved) {
            draft.id = saved.id;
            if (adding) state.confirm(additionUndo(saved, "Added the ambition '" + saved.title + "'"));
            else state.confirm(ambitionEditUndo(*before, saved, "Saved the ambition '" + saved.title + "'"));
        },
        &draft.errors);
}

bool savePerson(AppState& state, PersonDraft& draft) {
    draft.errors.clear();
    Person person;
    person.id = draft.id;
    person.name = draft.name;
    person.role = draft.role;
    person.portfolio = draft.portfolio;
    person.email = draft.email;
    person.login = draft.login;
    const bool adding = person.id == 0;
    auto before = std::make_shared<Person>();  // read on the worker, for the undo
    return state.saveRecord<Person>(
        (adding ? "Adding " : "Saving the details of ") + person.name, RecordKind::People,
        [person, adding, before](Portfolio& portfolio, Id actor) {
            if (adding) return portfolio.addPerson(actor, person);
            *before = portfolio.person(person.id);
            return portfolio.updatePerson(actor, person);
        },
        [&state, &draft, adding, before](const Person& saved) {
            draft.id = saved.id;
            if (adding) state.confirm(additionUndo(saved, "Added " + saved.name));
            else state.confirm(personEditUndo(*before, saved, "Saved the details of " + saved.name));
        },
        &draft.errors);
}

}  // namespace innotrack::gui
