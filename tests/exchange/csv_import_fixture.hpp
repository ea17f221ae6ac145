// Helpers for the CSV import tests: a small portfolio in memory with a person in every role,
// an import of CSV text into it, and the problems of a result as lines to compare.
#pragma once

#include "../tracker/portfolio_fixture.hpp"

#include "exchange/csv_import.hpp"
#include "tracker/errors.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace innotrack::testing {

struct ImportFixture : PortfolioFixture {
    exchange::ImportResult import(exchange::Register reg, const std::string& csv, Id actor = 0, bool dryRun = false) {
        std::istringstream in(csv);
        exchange::ImportOptions options;
        options.dryRun = dryRun;
        return exchange::importRegister(reg, in, portfolio, actor == 0 ? leader.id : actor, options);
    }

    // The store's record count of each kind, to show an import wrote nothing.
    std::size_t records() const {
        return store->listInnovations({}).size() + store->listMilestones(std::nullopt).size() +
               store->listRisks(std::nullopt).size() + store->listSetbacks(std::nullopt).size() +
               store->listLessons({}).size() + store->listBenefits(std::nullopt).size() + auditCount();
    }
};

// "3: Due: is empty; every row needs it" for each problem, in order.
inline std::vector<std::string> problemLines(const exchange::ImportResult& result) {
    std::vector<std::string> out;
    for (const auto& problem : result.problems)
        out.push_back(std::to_string(problem.line) + ": " + (problem.column.empty() ? "" : problem.column + ": ") +
                      problem.reason);
    return out;
}

inline std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += line + "\n";
    return out;
}

}  // namespace innotrack::testing
