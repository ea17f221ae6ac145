// Choosing the backend from the location string; see location_opener.hpp.
#include "backends/location_opener.hpp"

#include "storage/file_backend.hpp"
#include "tracker/errors.hpp"
#include "tracker/text.hpp"

namespace innotrack::backends {

std::unique_ptr<PortfolioBackend> LocationOpener::open(const std::string& location, OpenPurpose purpose) const {
    switch (locationKind(location)) {
        case LocationKind::File: return storage::openFileBackend(location, purpose);
        case LocationKind::Server: break;
    }
    throw StorageError("'" + ellipsize(location, 80) +
                       "' is a shared portfolio on a server, which this version of innotrack cannot open yet: "
                       "give the path of a portfolio file instead");
}

std::unique_ptr<PortfolioBackend> LocationOpener::openScratch() const { return storage::openInMemoryBackend(); }

}  // namespace innotrack::backends
