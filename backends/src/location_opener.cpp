// Choosing the backend from the location string; see location_opener.hpp.
#include "backends/location_opener.hpp"

#include "exchange/portfolio_document.hpp"
#include "storage/file_backend.hpp"
#include "storage_pg/server_backend.hpp"
#include "tracker/errors.hpp"

namespace innotrack::backends {

namespace {

// A shared portfolio's backup is a portfolio file made from its records, ids and audit trail kept.
void copyToNewFile(const PortfolioStore& from, const std::string& path) {
    const auto file = [&] {
        try {
            return storage::openFileBackend(path, OpenPurpose::Create);
        } catch (const ConflictError& taken) {
            throw StorageError(taken.what());  // a backup never overwrites, as a file's own does not
        }
    }();
    exchange::restorePortfolioDocument(exchange::readPortfolio(from), file->store());
}

}  // namespace

std::unique_ptr<PortfolioBackend> LocationOpener::open(const std::string& location, OpenPurpose purpose) const {
    switch (locationKind(location)) {
        case LocationKind::File: return storage::openFileBackend(location, purpose);
        case LocationKind::Server: return storage_pg::openServerBackend(location, purpose, copyToNewFile);
    }
    throw StorageError("Cannot open '" + location + "': unknown kind of location");
}

std::unique_ptr<PortfolioBackend> LocationOpener::openScratch() const { return storage::openInMemoryBackend(); }

}  // namespace innotrack::backends
