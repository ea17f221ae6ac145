// Golden files and the XML check for the report format tests.
#include "report_files.hpp"

#include <catch2/catch.hpp>
#include <expat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace innotrack::testing {

std::string readFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

void checkGolden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(INNOTRACK_GOLDEN_DIR) + "/" + name;
    const char* update = std::getenv("UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path);
        return;
    }
    const std::string expected = readFile(path);
    INFO("golden file " << path << " (run with UPDATE_GOLDEN=1 to rewrite it)");
    REQUIRE_FALSE(expected.empty());
    CHECK(actual == expected);
}

std::string xmlError(const std::string& document) {
    XML_Parser parser = XML_ParserCreate("UTF-8");
    const bool ok = XML_Parse(parser, document.data(), static_cast<int>(document.size()), 1) == XML_STATUS_OK;
    std::string error = ok ? "" : std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                                      std::to_string(XML_GetCurrentLineNumber(parser));
    XML_ParserFree(parser);
    return error;
}

}  // namespace innotrack::testing
