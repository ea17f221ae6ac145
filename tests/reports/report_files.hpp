// Test helpers every report's format tests can share: golden files, and well-formed XML.
#pragma once

#include <string>

namespace innotrack::testing {

std::string readFile(const std::string& path);

// Compares `actual` with tests/reports/golden/NAME byte for byte, or rewrites the file when the
// environment has UPDATE_GOLDEN=1 (then read the diff before committing it).
void checkGolden(const std::string& name, const std::string& actual);

// Parses `document` as XML with expat: "" when it is well formed, else the error and its line.
std::string xmlError(const std::string& document);

}  // namespace innotrack::testing
