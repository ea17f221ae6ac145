// The one place that knows which backends this build has: it opens a portfolio from a location
// string with the backend the location names. The programs' main() functions (and the tests, the
// fuzz targets and the benchmarks) hand it to the layers that only know tracker's opener port.
#pragma once

#include "tracker/backend.hpp"

namespace innotrack::backends {

class LocationOpener final : public PortfolioOpener {
public:
    // A file path opens a portfolio file, a postgresql:// address a shared portfolio on a server;
    // anything else of the form "word://" is refused (see tracker's locationKind).
    std::unique_ptr<PortfolioBackend> open(const std::string& location, OpenPurpose purpose) const override;
    // A portfolio file's backend, in memory.
    std::unique_ptr<PortfolioBackend> openScratch() const override;
};

}  // namespace innotrack::backends
