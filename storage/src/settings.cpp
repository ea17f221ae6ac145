// The portfolio's settings: the risk bands, which councils draw differently, and the portfolio key.
#include "storage/sqlite_store.hpp"

#include "columns.hpp"
#include "connection.hpp"

namespace innotrack::storage {

using detail::Query;

namespace {

constexpr const char* kModerate = "risk_bands.moderate_from";
constexpr const char* kHigh = "risk_bands.high_from";
constexpr const char* kCritical = "risk_bands.critical_from";
constexpr const char* kPortfolioKey = "portfolio.key";

}  // namespace

RiskBands SqliteStore::riskBands() const {
    auto& connection = *connection_;
    return connection.run("read the risk bands", [&] {
        RiskBands bands;  // a missing setting keeps its default
        Query query(connection, "SELECT key, value FROM settings WHERE key LIKE 'risk\\_bands.%' ESCAPE '\\'");
        while (query.step()) {
            const std::string key = detail::text(*query, "key");
            const int value = detail::integer(*query, "value");
            if (key == kModerate) bands.moderateFrom = value;
            else if (key == kHigh) bands.highFrom = value;
            else if (key == kCritical) bands.criticalFrom = value;
        }
        return bands;
    });
}

std::string SqliteStore::portfolioKey() const {
    auto& connection = *connection_;
    return connection.run("read the portfolio key", [&] {
        Query query(connection, "SELECT value FROM settings WHERE key = :key");
        detail::bindParam(*query, ":key", std::string(kPortfolioKey));
        // Schema 5 made the key; a file without one has been edited by hand.
        if (!query.step())
            throw StorageError("The portfolio file has no portfolio key (setting 'portfolio.key'); run innotrack "
                               "check, or restore it from a backup");
        return detail::text(*query, "value");
    });
}

void SqliteStore::setPortfolioKey(const std::string& key) {
    auto transaction = beginWrite();
    auto& connection = *connection_;
    if (auditChainHead().entries != 0)
        throw StorageError("The portfolio key cannot change once the audit trail holds an entry: the trail's chain "
                           "starts from it");
    connection.run("save the portfolio key", [&] {
        Query query(connection,
                    "INSERT INTO settings (key, value) VALUES (:key, :value) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        detail::bindParam(*query, ":key", std::string(kPortfolioKey));
        detail::bindParam(*query, ":value", key);
        query.exec();
    });
    transaction->commit();
}

void SqliteStore::setRiskBands(const RiskBands& bands) {
    auto transaction = beginWrite();
    auto& connection = *connection_;
    connection.run("save the risk bands", [&] {
        Query query(connection,
                    "INSERT INTO settings (key, value) VALUES (:key, :value) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        for (const auto& [key, value] : {std::pair{kModerate, bands.moderateFrom}, std::pair{kHigh, bands.highFrom},
                                         std::pair{kCritical, bands.criticalFrom}}) {
            detail::bindParam(*query, ":key", std::string(key));
            detail::bindParam(*query, ":value", value);
            query.exec();
            query->reset();
        }
    });
    transaction->commit();
}

}  // namespace innotrack::storage
