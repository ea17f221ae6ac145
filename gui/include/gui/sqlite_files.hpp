// PortfolioFiles on SQLite portfolio files (innotrack::storage::SqliteStore). Only the program's
// main(), the tests and the benchmark link it; the views see only the PortfolioFiles port.
#pragma once

#include "gui/portfolio_files.hpp"

namespace innotrack::gui {

class SqlitePortfolioFiles final : public PortfolioFiles {
public:
    std::unique_ptr<PortfolioConnection> open(const std::string& path) override;
    std::unique_ptr<PortfolioConnection> create(const std::string& path) override;
    std::unique_ptr<PortfolioConnection> createInMemory() override;
};

}  // namespace innotrack::gui
