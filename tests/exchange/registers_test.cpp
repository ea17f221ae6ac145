#include "exchange/registers.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace innotrack::exchange;

TEST_CASE("every register is named on the command line and back", "[exchange]") {
    for (Register reg : allRegisters()) {
        CHECK(parseRegister(nameOf(reg)) == reg);
        CHECK(parseRegister(std::string(nameOf(reg)) == "risks" ? "RISKS" : nameOf(reg)) == reg);
    }
    CHECK_FALSE(parseRegister("risk").has_value());
    CHECK(registerNames() == "innovations, milestones, risks, setbacks, lessons, benefits, engagements, ideas, decisions or ambitions");
}

TEST_CASE("a register's headers are unique without regard to case and name what is required", "[exchange]") {
    for (Register reg : allRegisters()) {
        std::set<std::string> seen;
        bool anyRequired = false;
        for (const Column& column : columnsOf(reg)) {
            std::string lower;
            for (char c : column.header) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            CHECK(seen.insert(lower).second);
            CHECK_FALSE(column.meaning.empty());
            anyRequired = anyRequired || column.required;
            // Import passes over a column innotrack works out, so none can be required.
            CHECK_FALSE((column.derived && column.required));
        }
        CHECK(anyRequired);
    }
}
