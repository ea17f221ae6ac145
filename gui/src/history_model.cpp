// The History view's model; see history_model.hpp.
#include "gui/history_model.hpp"

namespace innotrack::gui {
namespace {

// Lower case for ASCII letters; other characters (é, ŵ) stay as typed.
std::string lowerCase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

const std::vector<std::string>& auditEntities() {
    static const std::vector<std::string> entities = {"innovation", "milestone", "risk",     "setback", "lesson",
                                                      "benefit",    "review",    "ambition", "person",  "settings"};
    return entities;
}

void HistoryModel::load(const PortfolioStore& store, const HistoryFilter& filter) {
    filter_ = filter;
    AuditFilter query;
    query.entity = filter.entity;
    query.actorId = filter.actorId;
    query.limit = kHistoryLimit;
    entries_ = store.listAudit(query);
    people_ = store.listPeople();
    names_.clear();
    for (const Person& person : people_) names_.emplace(person.id, person.name);
    applyText();
}

void HistoryModel::setFilter(const PortfolioStore& store, const HistoryFilter& filter) {
    if (filter == filter_) return;
    if (filter.entity != filter_.entity || filter.actorId != filter_.actorId) {
        load(store, filter);
        return;
    }
    filter_ = filter;
    applyText();
}

void HistoryModel::applyText() {
    const std::string needle = lowerCase(filter_.text);
    shown_.clear();
    for (auto entry = entries_.rbegin(); entry != entries_.rend(); ++entry) {
        if (!needle.empty() &&
            lowerCase(entry->field + '\n' + entry->oldValue + '\n' + entry->newValue + '\n' + entry->action).find(needle) ==
                std::string::npos)
            continue;
        shown_.push_back(&*entry);
    }
}

const std::string& HistoryModel::nameOf(Id person) const {
    static const std::string unknown = "someone no longer in the portfolio";
    const auto found = names_.find(person);
    return found == names_.end() ? unknown : found->second;
}

}  // namespace innotrack::gui
