// Small helpers for the one-line confirmations and messages commands print.
#pragma once

#include "tracker/ids.hpp"
#include "tracker/scales.hpp"

#include <string>

namespace innotrack::cli {

// 'Pilot launch', cut to a readable length so a confirmation stays one line.
std::string quoted(const std::string& text);

// "3 milestones", "1 milestone".
std::string counted(long long count, const std::string& singular, const std::string& plural = "");

template <typename E>
std::string label(E value) {
    return std::string(labelOf(value));
}

inline std::string number(Id id) { return std::to_string(id); }

}  // namespace innotrack::cli
