// The History view's model: the audit trail, newest first, narrowed by kind of record, person and
// text. Long trails are capped at the newest kHistoryLimit entries. No ImGui here.
#pragma once

#include "tracker/store.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace innotrack::gui {

inline constexpr std::size_t kHistoryLimit = 5000;

struct HistoryFilter {
    std::optional<std::string> entity;  // "innovation", "milestone", …
    OptionalId actorId;
    std::string text;  // in the field, old and new values, without regard to case

    bool operator==(const HistoryFilter&) const = default;
};

class HistoryModel {
public:
    // Reads the newest entries matching the entity and person; the text narrows them in memory.
    void load(const PortfolioStore& store, const HistoryFilter& filter);
    // Applies a new filter, reading again only when the entity or person changed.
    void setFilter(const PortfolioStore& store, const HistoryFilter& filter);
    const HistoryFilter& filter() const { return filter_; }

    const std::vector<const AuditEntry*>& shown() const { return shown_; }  // newest first
    bool capped() const { return entries_.size() >= kHistoryLimit; }
    const std::string& nameOf(Id person) const;
    const std::vector<Person>& people() const { return people_; }

private:
    void applyText();

    HistoryFilter filter_;
    std::vector<AuditEntry> entries_;
    std::vector<const AuditEntry*> shown_;
    std::vector<Person> people_;
    std::unordered_map<Id, std::string> names_;
};

// The kinds of record the trail names, for the filter.
const std::vector<std::string>& auditEntities();

}  // namespace innotrack::gui
