// The app's port to portfolio files: open, create and watch them. Only main() (and the tests) choose
// the backend that implements it, so the views never name SQLite.
#pragma once

#include "tracker/board_queries.hpp"
#include "tracker/checklist_queries.hpp"
#include "tracker/queries.hpp"
#include "tracker/stage_board_queries.hpp"
#include "tracker/store.hpp"

#include <memory>
#include <string>

namespace innotrack::gui {

// One open portfolio: its records, the report and stage board queries, and a way to notice other programs' changes.
class PortfolioConnection {
public:
    virtual ~PortfolioConnection() = default;

    virtual PortfolioStore& store() = 0;
    virtual const PortfolioQueries& tallyQueries() const = 0;
    virtual const ChecklistQueries& checklistQueries() const = 0;
    virtual const BoardQueries& boardQueries() const = 0;
    virtual const StageBoardQueries& stageBoardQueries() const = 0;
    // True when another program (the command line) has saved a change since the previous call.
    virtual bool changedOutside() = 0;
    // The file's path, or a description such as "demo portfolio (in memory)".
    virtual std::string location() const = 0;
};

// Opening refuses, with StorageError, anything that is not a portfolio; creating refuses a path
// that already exists. Both throw only innotrack's typed errors.
class PortfolioFiles {
public:
    virtual ~PortfolioFiles() = default;

    virtual std::unique_ptr<PortfolioConnection> open(const std::string& path) = 0;
    virtual std::unique_ptr<PortfolioConnection> create(const std::string& path) = 0;
    // An empty portfolio that lives only while the app runs (for the demo and for trying things).
    virtual std::unique_ptr<PortfolioConnection> createInMemory() = 0;
};

}  // namespace innotrack::gui
