// Money typed by people (pounds) and shown to them, held as whole pence.
#pragma once

#include "tracker/ids.hpp"

#include <string>
#include <string_view>

namespace innotrack {

// Accepts "250000", "250000.5", "250000.50", "£250,000" and "£1,250,000.75" (commas only as
// thousands separators). Rejects negatives, more than two decimal places and amounts over
// £100 billion with ValidationError naming `field`.
Pence parsePounds(std::string_view field, std::string_view text);

// "£1,250,000.00".
std::string formatPounds(Pence pence);

}  // namespace innotrack
