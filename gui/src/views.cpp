// Every view of the app, registered in one place, in the order of the tabs.
#include "gui/app.hpp"
#include "gui/ambitions_view.hpp"
#include "gui/stage_board_view.hpp"
#include "gui/decisions_view.hpp"
#include "gui/engagement_view.hpp"
#include "gui/history_view.hpp"
#include "gui/ideas_view.hpp"
#include "gui/innovation_view.hpp"
#include "gui/lessons_view.hpp"
#include "gui/people_view.hpp"
#include "gui/reports_view.hpp"
#include "gui/review_view.hpp"
#include "gui/setback_view.hpp"

namespace innotrack::gui {

std::vector<std::unique_ptr<View>> makeViews() {
    std::vector<std::unique_ptr<View>> views;
    views.push_back(std::make_unique<StageBoardView>());
    views.push_back(std::make_unique<ReviewView>());
    views.push_back(std::make_unique<InnovationView>());
    views.push_back(std::make_unique<SetbackView>());
    views.push_back(std::make_unique<LessonsView>());
    views.push_back(std::make_unique<IdeasView>());
    views.push_back(std::make_unique<EngagementView>());
    views.push_back(std::make_unique<DecisionsView>());
    views.push_back(std::make_unique<ReportsView>());
    views.push_back(std::make_unique<AmbitionsView>());
    views.push_back(std::make_unique<PeopleView>());
    views.push_back(std::make_unique<HistoryView>());
    return views;
}

std::vector<std::string> viewNames() {
    std::vector<std::string> names;
    for (const auto& view : makeViews()) names.emplace_back(view->name());
    return names;
}

}  // namespace innotrack::gui
