// Reads the files inside a zip archive (an .xlsx workbook) with zlib, so the workbook tests can
// look at the XML libxlsxwriter wrote without an unzip program.
#pragma once

#include <map>
#include <string>

namespace innotrack::testing {

// Every entry's name and uncompressed bytes. Handles what libxlsxwriter writes (stored or
// deflated entries, no ZIP64); throws std::runtime_error on anything else.
std::map<std::string, std::string> zipEntries(const std::string& archive);

}  // namespace innotrack::testing
