// The rules of an innovation's stage that both the service and the desktop board ask.
#include "tracker/innovation.hpp"

namespace innotrack {

std::optional<std::string> stageChangeRefusal(const Innovation& innovation) {
    if (innovation.stage != Stage::Stopped) return std::nullopt;
    return "'" + innovation.title + "' is stopped (" + innovation.stopReason +
           "); a stopped innovation cannot move to another stage";
}

}  // namespace innotrack
