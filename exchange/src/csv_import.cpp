// The import of one register from CSV: read the header, then every row through its register's
// importer inside one outer write transaction, committed only when no row had a problem.
#include "exchange/csv_import.hpp"

#include "import_rows.hpp"

#include "exchange/csv_reader.hpp"
#include "tracker/permissions.hpp"

#include <algorithm>

namespace innotrack::exchange {
namespace {

using namespace detail;

std::unique_ptr<RowImporter> importerFor(Register reg, ImportScope& scope) {
    switch (reg) {
        case Register::Innovations: return innovationImporter(scope);
        case Register::Milestones: return milestoneImporter(scope);
        case Register::Risks: return riskImporter(scope);
        case Register::Setbacks: return setbackImporter(scope);
        case Register::Lessons: return lessonImporter(scope);
        case Register::Benefits: return benefitImporter(scope);
        case Register::Engagements: return engagementImporter(scope);
        case Register::Ideas: return ideaImporter(scope);
        case Register::Decisions: return decisionImporter(scope);
        case Register::Ambitions: return ambitionImporter(scope);
    }
    return innovationImporter(scope);
}

// One refusal for a person who may add nothing to the register, rather than one per row. Anyone
// may submit ideas; a row that parks or decides one is checked as the service checks it.
Action actionOfImporting(Register reg) {
    switch (reg) {
        case Register::Innovations: return Action::AddInnovation;
        case Register::Ideas: return Action::SubmitIdea;
        case Register::Decisions: return Action::RecordDecision;
        case Register::Ambitions: return Action::ManageAmbitions;
        default: return Action::EditDelivery;
    }
}

void requireMayImport(Register reg, const Person& actor) { require(permitsOnSome(actor, actionOfImporting(reg))); }

// A problem that stops the reading: its line, and its column when it is in one cell.
void addReadProblem(ImportResult& result, const CsvError& error, const Layout* layout) {
    std::string_view column;
    if (layout != nullptr && error.cell()) column = layout->headerAt(*error.cell());
    addProblem(result, error.line(), column, error.what());
}

}  // namespace

ImportResult importRegister(Register reg, std::istream& csv, Portfolio& portfolio, Id actor,
                            const ImportOptions& options) {
    ImportResult result;
    const Person person = portfolio.person(actor);
    requireMayImport(reg, person);

    CsvReader reader(csv);
    CsvRecord record;
    std::optional<Layout> layout;
    // Declared before the transaction so that, on any way out, the rows are rolled back first.
    std::unique_ptr<WriteTransaction> transaction;
    try {
        if (!reader.next(record)) {
            addProblem(result, 1, "",
                       "the file is empty; its first row must name the columns, such as: " + expectedHeaders(reg));
            return result;
        }
        layout.emplace(reg, record, result, reader.delimiter());
        if (!layout->usable()) return result;

        transaction = portfolio.store().beginWrite();
        Directory names(portfolio.store());
        ImportScope scope{portfolio, person, *layout, names, result};
        const auto importer = importerFor(reg, scope);
        const std::size_t every = std::max<std::size_t>(options.progressEvery, 1);
        while (reader.next(record)) {
            if (record.blank()) continue;  // Excel leaves empty rows behind
            ++result.rows;
            Row row(record, *layout, result, portfolio.clock());
            importer->import(row);
            if (options.progress && result.rows % every == 0) options.progress(result.rows);
        }
    } catch (const CsvError& error) {
        addReadProblem(result, error, layout ? &*layout : nullptr);
    }
    if (options.progress) options.progress(result.rows);

    // Rows are read in order, but a reading problem can be found after a later row's problems.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (result.ok() && !options.dryRun && transaction) {
        transaction->commit();
        result.written = true;
    }
    return result;
}

}  // namespace innotrack::exchange
