// The end-to-end fixture: the binary's path comes from CMake (INNOTRACK_BIN).
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

namespace innotrack::testing {

CliFixture::CliFixture() : place_(emptyPlace(dir_)) {
    // The child must never see the developer's own portfolio or identity.
    environment = {{"INNOTRACK_TODAY", std::string(kToday)},
                   {"INNOTRACK_DB", std::nullopt},
                   {"INNOTRACK_USER", std::nullopt},
                   {"XDG_DATA_HOME", std::nullopt},
                   {"HOME", dir_.path().string()}};
}

RunResult CliFixture::run(const std::vector<std::string>& arguments, bool withDb) const {
    std::vector<std::string> all;
    all.reserve(arguments.size() + 2);
    if (withDb) {
        all.push_back("--db");
        all.push_back(db());
    }
    for (const std::string& argument : arguments) all.push_back(argument);
    return runProgram(INNOTRACK_BIN, all, environment, dir_.path());
}

RunResult CliFixture::as(const std::string& person, std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), {"--as", person});
    return run(arguments);
}

nlohmann::json CliFixture::json(std::vector<std::string> arguments) const {
    arguments.insert(arguments.end(), {"--format", "json"});
    const RunResult result = run(arguments);
    INFO("stderr: " << result.err);
    REQUIRE(result.exitCode == 0);
    return nlohmann::json::parse(result.out);
}

std::string CliFixture::snapshot(const std::vector<std::string>& listCommand) const {
    return json(listCommand).dump() + "\n" + json({"history"}).dump();
}

std::string CliFixture::wholePortfolio() const {
    const std::filesystem::path path = dir() / "whole.json";
    requireOk(run({"export", "--format", "json", "--out", path.string()}));
    return readFile(path);
}

void requirePlainRefusal(const RunResult& result, int exitCode) {
    INFO("stderr: " << result.err);
    CHECK(result.exitCode == exitCode);
    std::string lower = result.err;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* word : {"sqlite", "schema", "internal"}) {
        INFO("word: " << word);
        CHECK(lower.find(word) == std::string::npos);
    }
}

void requireOk(const RunResult& result) {
    INFO("stdout: " << result.out);
    INFO("stderr: " << result.err);
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.err.empty());
}

void CliFixture::setUpPeople() const {
    requireOk(run({"init", "--leader", "Cllr Ann Jones"}));
    requireOk(as("1", {"person", "add", "--name", "Cllr Bob Hughes", "--role", "cabinet", "--portfolio",
                       "Adult social care"}));
    requireOk(as("1", {"person", "add", "--name", "Olly Officer", "--role", "officer"}));
    requireOk(as("1", {"person", "add", "--name", "Vera Viewer", "--role", "viewer"}));
}

void CliFixture::setUpInnovation() const {
    setUpPeople();
    requireOk(as("1", {"ambition", "add", "--title", "Healthy ageing", "--horizon", "2045"}));
    requireOk(as("2", {"innovation", "add", "--title", "Virtual wards", "--ambition", "1", "--cabinet-lead", "2",
                       "--lead-officer", "Olly Officer"}));
}

}  // namespace innotrack::testing
