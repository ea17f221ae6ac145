// Names of record kinds and sets of them; see changes.hpp.
#include "tracker/changes.hpp"

namespace innotrack {

const char* nameOf(RecordKind kind) {
    switch (kind) {
        case RecordKind::People: return "people";
        case RecordKind::Ambitions: return "ambitions";
        case RecordKind::Innovations: return "innovations";
        case RecordKind::Milestones: return "milestones";
        case RecordKind::Risks: return "risks";
        case RecordKind::Setbacks: return "setbacks";
        case RecordKind::Lessons: return "lessons";
        case RecordKind::Benefits: return "benefits";
        case RecordKind::Engagements: return "engagements";
        case RecordKind::Reviews: return "reviews";
        case RecordKind::Checklist: return "checklist";
        case RecordKind::Settings: return "settings";
        case RecordKind::Audit: return "audit";
        case RecordKind::Decisions: return "decisions";
        case RecordKind::Ideas: return "ideas";
    }
    return "?";
}

std::string Changes::describe() const {
    if (empty()) return "nothing";
    if (isAll()) return "everything";
    std::string words;
    for (int at = 0; at < kRecordKindCount; ++at) {
        const auto kind = static_cast<RecordKind>(at);
        if (contains(kind)) words += (words.empty() ? "" : ", ") + std::string(nameOf(kind));
    }
    return words;
}

}  // namespace innotrack
