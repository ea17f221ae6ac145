// A fresh portfolio file in a temporary folder, and the real innotrack binary to run against it
// with "today" fixed, so every end-to-end test is repeatable.
#pragma once

#include "backend_under_test.hpp"
#include "process.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace innotrack::testing {

inline constexpr const char* kToday = "2026-03-02";

class CliFixture {
public:
    CliFixture();

    const std::filesystem::path& dir() const { return dir_.path(); }
    // Where the portfolio is: a file in dir(), or an empty database on the server under test.
    const std::string& db() const { return place_.location; }

    // Runs innotrack with --db pointing at this fixture's file (unless `withDb` is false).
    RunResult run(const std::vector<std::string>& arguments, bool withDb = true) const;
    // Runs with --as PERSON.
    RunResult as(const std::string& person, std::vector<std::string> arguments) const;
    // Runs a read command with --format json and parses its output; fails the test otherwise.
    nlohmann::json json(std::vector<std::string> arguments) const;

    // The data a bad input must leave unchanged: the JSON of a list and of the whole history.
    std::string snapshot(const std::vector<std::string>& listCommand) const;
    // The whole portfolio as its exported JSON document: every record, setting and audit entry,
    // for a refusal that must leave everything as it was.
    std::string wholePortfolio() const;

    // init with leader "Cllr Ann Jones" (1), then cabinet "Cllr Bob Hughes" (2),
    // officer "Olly Officer" (3), viewer "Vera Viewer" (4).
    void setUpPeople() const;
    // setUpPeople, an ambition (1) and innovation 1 led by 2 and 3.
    void setUpInnovation() const;

    EnvironmentChanges environment;

private:
    TempDir dir_;
    EmptyPlace place_;
};

// The rules every refusal keeps (issue 13): the documented exit status, and words a councillor
// reads, never "SQLite", "schema" or "internal" in any case.
void requirePlainRefusal(const RunResult& result, int exitCode);

// Fails the test (with the output) unless the command succeeded.
void requireOk(const RunResult& result);

// Whether `part` appears in a program's output.
inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace innotrack::testing
