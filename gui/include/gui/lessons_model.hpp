// The lessons library's model: every lesson in the portfolio, searched by text, tag and the kind of
// failure it came from, so one team can "plagiarise with pride" from another. No ImGui here.
#pragma once

#include "tracker/store.hpp"

#include <map>
#include <string>
#include <vector>

namespace innotrack::gui {

struct LessonRow {
    Lesson lesson;
    std::string innovation;  // its title
    std::string recordedBy;
    std::optional<FailureKind> kind;  // of the setback it came from
};

class LessonsModel {
public:
    // Re-reads the lessons that match `filter`; the tags to choose from are read when `reloadTags`.
    void search(const PortfolioStore& store, const LessonFilter& filter, bool reloadTags);
    const LessonFilter& filter() const { return filter_; }
    const std::vector<LessonRow>& rows() const { return rows_; }
    const std::vector<std::string>& tags() const { return tags_; }

private:
    LessonFilter filter_;
    std::vector<LessonRow> rows_;
    std::vector<std::string> tags_;
};

}  // namespace innotrack::gui
