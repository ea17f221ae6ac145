// copy --to LOCATION: a whole portfolio into a new file or an empty database, every record with
// its id and the whole audit trail as it was, in one transaction: how a council moves from a file
// to a shared portfolio on a server, and back.
#include "exchange_commands.hpp"

#include "cli/context.hpp"
#include "exchange/portfolio_document.hpp"
#include "tracker/text.hpp"

namespace innotrack::cli::commands {
namespace {

class CopyPortfolio final : public Command {
public:
    // Nobody acts: the records and their audit trail are copied as they are, so no --as.
    CopyPortfolio()
        : Command({"copy"}, "Copy a whole portfolio, with its ids and audit trail, to a new file or database",
                  "--to LOCATION [--from LOCATION]", Access::Reads) {
        declare()
            .text("to", "LOCATION",
                  "where the copy goes: a new file's path, or an empty database on a server "
                  "(postgresql://host/council)",
                  Need::Required)
            .text("from", "LOCATION", "the portfolio to copy (default: --db, as for every command)");
    }

    void execute(Context& context) const override {
        const auto given = context.text("from");
        const std::string from = given ? *given : context.location();
        const std::string to = *context.text("to");
        const auto source = context.opener().open(from, OpenPurpose::Read);
        // Read in full before the target is touched, so a source that cannot be read leaves nothing made.
        const exchange::PortfolioDocument document = exchange::readPortfolio(source->store());
        const auto target = context.opener().open(to, OpenPurpose::CreateOrFill);
        const exchange::RestoreSummary copied = exchange::restorePortfolioDocument(document, target->store());
        context.out() << "Copied " << copied.records << " records and " << copied.auditEntries
                      << " audit entries from " << source->location() << " to " << target->location() << ".\n";
    }
};

}  // namespace

Made copyPortfolio() { return std::make_unique<CopyPortfolio>(); }

}  // namespace innotrack::cli::commands
