// The lessons library's model; see lessons_model.hpp.
#include "gui/lessons_model.hpp"

#include <set>
#include <unordered_map>

namespace innotrack::gui {

void LessonsModel::search(const PortfolioStore& store, const LessonFilter& filter, bool reloadTags) {
    filter_ = filter;
    std::unordered_map<Id, std::string> titles;
    for (const Innovation& innovation : store.listInnovations({})) titles.emplace(innovation.id, innovation.title);
    std::unordered_map<Id, std::string> names;
    for (const Person& person : store.listPeople()) names.emplace(person.id, person.name);
    std::unordered_map<Id, FailureKind> kinds;
    for (const Setback& setback : store.listSetbacks(std::nullopt)) kinds.emplace(setback.id, setback.kind);

    rows_.clear();
    for (Lesson& lesson : store.listLessons(filter)) {
        LessonRow row;
        row.innovation = titles.count(lesson.innovationId) ? titles.at(lesson.innovationId) : std::string();
        row.recordedBy = names.count(lesson.recordedById) ? names.at(lesson.recordedById) : std::string();
        if (lesson.setbackId && kinds.count(*lesson.setbackId)) row.kind = kinds.at(*lesson.setbackId);
        row.lesson = std::move(lesson);
        rows_.push_back(std::move(row));
    }
    if (reloadTags) {
        std::set<std::string> all;
        for (const Lesson& lesson : store.listLessons({}))
            all.insert(lesson.tags.begin(), lesson.tags.end());
        tags_.assign(all.begin(), all.end());
    }
}

}  // namespace innotrack::gui
