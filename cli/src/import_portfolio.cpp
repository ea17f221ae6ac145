// import --all FILE.json: a whole portfolio, as export --format json wrote it, restored into a new
// file or an empty portfolio with every id, date and audit entry as it was.
#include "exchange_commands.hpp"

#include "cli/context.hpp"
#include "exchange/portfolio_document.hpp"
#include "tracker/errors.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace innotrack::cli::commands {
namespace {

class ImportPortfolio final : public Command {
public:
    // The people come from the file, so there is nobody to act as yet: no --as. The target may
    // be new or an empty portfolio, as for `demo`; the restore refuses anything else.
    ImportPortfolio()
        : Command({"import"},
                  "Restore a whole portfolio from export --format json into a new or empty file",
                  "--all FILE.json", Access::CreatesOrFills) {
        declare()
            .flag("all", "restore the whole portfolio (without it, import REGISTER FILE.csv adds rows to one register)")
            .file("the JSON file to restore, as innotrack export --format json wrote it; also taken as the word "
                  "after the command. See docs/PORTFOLIO_JSON.md");
    }

    void execute(Context& context) const override {
        if (!context.flag("all"))
            throw UsageError("import --all FILE.json restores a whole portfolio; import REGISTER FILE.csv adds rows "
                             "to one register (see: innotrack import --help)");
        if (const auto format = context.text("format"); format && *format != "text")
            throw UsageError("--format: import --all reports in text only, not '" + format->substr(0, 40) + "'");
        const auto file = context.text("file");
        if (!file) throw UsageError("missing FILE.json, the portfolio to restore (see: innotrack import --help)");

        // The whole file is read and checked before the target is opened, so a refused file
        // never creates a portfolio or changes one.
        std::error_code ignored;
        if (std::filesystem::is_directory(*file, ignored))
            throw ValidationError("file", *file, "Cannot read '" + *file + "': it is a folder, not a file");
        std::ifstream in(*file, std::ios::binary);
        if (!in) throw NotFound("Cannot read '" + *file + "': " + std::strerror(errno));
        exchange::PortfolioDocument document;
        try {
            document = exchange::parsePortfolioJson(in);
        } catch (const ValidationError& error) {
            throw ValidationError(error.field(), error.value(), *file + ": " + error.what());
        }

        const exchange::RestoreSummary restored =
            exchange::restorePortfolioDocument(document, context.portfolio().store());
        context.out() << "Restored the portfolio from " << *file << ": " << restored.records << " records and "
                      << restored.auditEntries << " audit entries.\n";
    }
};

}  // namespace

Made importPortfolio() { return std::make_unique<ImportPortfolio>(); }

}  // namespace innotrack::cli::commands
