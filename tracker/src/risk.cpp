// Risk score bands: a portfolio setting, validated so every score falls in exactly one band.
#include "tracker/risk.hpp"

#include "tracker/errors.hpp"

namespace innotrack {

void RiskBands::validate() const {
    const std::string shown = std::to_string(moderateFrom) + "/" + std::to_string(highFrom) + "/" +
                              std::to_string(criticalFrom);
    if (!(1 < moderateFrom && moderateFrom < highFrom && highFrom < criticalFrom && criticalFrom <= 25))
        throw ValidationError("risk bands", shown,
                              "risk bands: Moderate, High and Critical must start at rising scores between 2 and "
                              "25 (given " + shown + ")");
}

}  // namespace innotrack
