// Records written straight into a store for the stage board's tests, so every date and status is
// exactly what a test says, dates after the day a board is as of included (which the Portfolio
// service, keeping to today, would refuse). Closing a review and logging a setback leave the audit
// entries the service would, so what is written after a review closed is new since it.
#pragma once

#include "tracker/store.hpp"

#include <optional>
#include <string>
#include <utility>

namespace innotrack::testing {

using Score = std::pair<int, int>;  // likelihood, impact

class RecordWriter {
public:
    explicit RecordWriter(PortfolioStore& store) : store_(store) {}

    // The first officer written leads every innovation written after, owns its risks and logs its
    // setbacks; the first leader chairs the reviews and changes stages.
    Id person(const std::string& name, Role role);
    Id innovation(const std::string& title, Stage stage, int priority, OptionalId cabinetLead,
                  Confidence confidence = Confidence::Amber, const std::string& stopReason = "");
    Id milestone(Id innovationId, const std::string& title, Date due, std::optional<Date> completedOn = {});
    // Moves the milestone's due date to `to` on `movedOn`, keeping the move as history.
    void moveMilestone(Id milestoneId, Date to, Date movedOn);
    void stageChange(Id innovationId, Stage from, Stage to, Date on);
    // An occurred risk gets the setback it became, on its closing day.
    Id risk(Id innovationId, Score inherent, std::optional<Score> residual, RiskStatus status, Date raisedOn,
            std::optional<Date> closedOn = {});
    // A closed review records `recorded` (a review closed with nothing recorded was abandoned).
    Id review(Date heldOn, std::optional<Date> closedOn, OptionalId recorded = std::nullopt);
    Id setback(Id innovationId, Date occurredOn, OptionalId riskId = {});

private:
    PortfolioStore& store_;
    Id officer_ = 0;
    Id leader_ = 0;
};

}  // namespace innotrack::testing
