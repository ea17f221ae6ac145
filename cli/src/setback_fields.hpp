// The options that describe a setback, shared by `setback log`, `setback update` and
// `risk occurred` (a risk that occurred becomes a setback).
#pragma once

#include "cli/context.hpp"

namespace innotrack::cli::commands {

// --what, --kind, --on, --response and the five intelligent-failure questions.
void declareSetbackFields(Options& options, Need need);
void applySetbackFields(const Context& context, Setback& setback);

}  // namespace innotrack::cli::commands
