// A PRINCE2-style risk, its score and the portfolio's score bands.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/limits.hpp"
#include "tracker/scales.hpp"

#include <optional>
#include <string>

namespace innotrack {

struct Risk {
    Id id = 0;
    Id innovationId = 0;
    std::string title;
    std::string cause;
    std::string event;
    std::string effect;
    int inherentLikelihood = 3;
    int inherentImpact = 3;
    std::optional<int> residualLikelihood;  // after mitigation; both or neither
    std::optional<int> residualImpact;
    Id ownerId = 0;
    RiskResponse response = RiskResponse::Reduce;
    std::string mitigation;
    Proximity proximity = Proximity::ThisProject;
    RiskStatus status = RiskStatus::Open;
    Date raisedOn;
    std::optional<Date> closedOn;   // when closed or when it occurred
    OptionalId setbackId;           // the setback it became, when it occurred

    int inherentScore() const { return inherentLikelihood * inherentImpact; }
    bool hasResidual() const { return residualLikelihood && residualImpact; }
    // The register and the reports use the residual score where one is set.
    int score() const { return hasResidual() ? *residualLikelihood * *residualImpact : inherentScore(); }
    int likelihood() const { return hasResidual() ? *residualLikelihood : inherentLikelihood; }
    int impact() const { return hasResidual() ? *residualImpact : inherentImpact; }

    bool operator==(const Risk&) const = default;
};

// Lowest score of each band above Low. Councils draw these lines differently, so they are a
// setting of the portfolio file. Defaults: 1–4 Low, 5–9 Moderate, 10–14 High, 15–25 Critical.
struct RiskBands {
    int moderateFrom = 5;
    int highFrom = 10;
    int criticalFrom = 15;

    RiskBand bandOf(int score) const {
        if (score >= criticalFrom) return RiskBand::Critical;
        if (score >= highFrom) return RiskBand::High;
        if (score >= moderateFrom) return RiskBand::Moderate;
        return RiskBand::Low;
    }
    // Throws ValidationError unless 1 < moderate < high < critical <= 25.
    void validate() const;

    bool operator==(const RiskBands&) const = default;
};

}  // namespace innotrack
