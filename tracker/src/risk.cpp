// Risk score bands: a portfolio setting, validated so every score falls in exactly one band.
#include "tracker/risk.hpp"

#include "tracker/errors.hpp"

namespace innotrack {

void RiskBands::validate() const {
    const std::string shown = std::to_string(moderateFrom) + "/" + std::to_string(highFrom) + "/" +
                              std::to_string(criticalFrom);
    if (!(kMinRiskScore < moderateFrom && moderateFrom < highFrom && highFrom < criticalFrom &&
          criticalFrom <= kMaxRiskScore))
        throw ValidationError("risk bands", shown,
                              "risk bands: Moderate, High and Critical must start at rising scores between " +
                                  std::to_string(kMinRiskScore + 1) + " and " + std::to_string(kMaxRiskScore) +
                                  " (given " + shown + ")");
}

}  // namespace innotrack
