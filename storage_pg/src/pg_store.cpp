// The store's own operations: write transactions (savepoints inside them), the settings, and the
// server's consistency checks.
#include "pg_store.hpp"

#include <utility>

namespace innotrack::storage_pg {

namespace {

constexpr const char* kModerate = "risk_bands.moderate_from";
constexpr const char* kHigh = "risk_bands.high_from";
constexpr const char* kCritical = "risk_bands.critical_from";
constexpr const char* kPortfolioKey = "portfolio.key";

std::string savepointName(int level) { return "innotrack_" + std::to_string(level); }

// One level of the nesting. Holds the session weakly: if the store closes first, the server has
// already rolled back whatever was not committed. Inside a bulk write a nested level's SAVEPOINT
// and RELEASE are sent ahead with the rows (Session::send), so a lesson with its tags or an audit
// entry costs no round trip of its own; only giving one up waits for the server.
class PgWriteTransaction final : public WriteTransaction {
public:
    PgWriteTransaction(std::weak_ptr<Session> session, int level) : session_(std::move(session)), level_(level) {}
    PgWriteTransaction(const PgWriteTransaction&) = delete;
    PgWriteTransaction& operator=(const PgWriteTransaction&) = delete;

    ~PgWriteTransaction() override {
        if (finished_) return;
        const auto session = session_.lock();
        if (!session || session->connection().writeDepth < level_) return;
        auto& connection = session->connection();
        try {
            if (level_ == 1) {
                connection.abandonSent();
                session->endBulk();
                session->forgetSequences();
                connection.execute("ROLLBACK");
            } else {
                connection.execute("ROLLBACK TO " + savepointName(level_) + "; RELEASE " + savepointName(level_));
            }
        } catch (const pq::Failure&) {
            // The server went away, and with it the transaction.
        }
        connection.writeDepth = level_ - 1;
    }

    void commit() override {
        const auto session = session_.lock();
        if (!session) throw StorageError("Could not save the change: the portfolio was closed first");
        if (finished_) throw StorageError("Could not save the change: it was already saved");
        auto& connection = session->connection();
        if (connection.writeDepth != level_)
            throw StorageError("Could not save the change: a change started inside it is still open");
        if (level_ == 1) session->run("save the change", [&] { connection.settle(); });
        if (connection.inFailedTransaction())
            throw StorageError("Could not save the change: an earlier error already undid it; try again");
        session->run("save the change", [&] {
            if (level_ == 1) {
                session->moveSequences();
                connection.execute("COMMIT");
            } else if (session->bulk()) {
                pq::Statement release(connection, "RELEASE " + savepointName(level_));
                session->send(release);
            } else {
                connection.execute("RELEASE " + savepointName(level_));
            }
        });
        if (level_ == 1) session->endBulk();
        finished_ = true;
        connection.writeDepth = level_ - 1;
    }

private:
    std::weak_ptr<Session> session_;
    int level_;
    bool finished_ = false;
};

}  // namespace

PgStore::PgStore(std::shared_ptr<Session> session) : session_(std::move(session)) {}

PgStore::~PgStore() = default;

std::unique_ptr<WriteTransaction> PgStore::beginWrite() {
    auto& s = *session_;
    s.requireWritable("change the portfolio");
    auto& connection = s.connection();
    const int level = connection.writeDepth + 1;
    // Serializable: two desks changing the same records at once cannot both win, so nobody's
    // change is silently overwritten; the one that loses is told, and may try again.
    // Each change then takes its turn to extend the audit chain, before its snapshot is taken
    // (LOCK TABLE takes none), so it chains from the entry committed last (schema.cpp, step 9).
    s.run("start a change", [&] {
        if (level == 1) {
            connection.execute("BEGIN ISOLATION LEVEL SERIALIZABLE");
            try {
                connection.execute("LOCK TABLE audit_chain_turn IN EXCLUSIVE MODE");
            } catch (const pq::Failure&) {
                if (connection.healthy()) connection.execute("ROLLBACK");
                throw;
            }
        } else if (s.bulk()) {
            pq::Statement savepoint(connection, "SAVEPOINT " + savepointName(level));
            s.send(savepoint);
        } else {
            connection.execute("SAVEPOINT " + savepointName(level));
        }
    });
    connection.writeDepth = level;
    return std::make_unique<PgWriteTransaction>(session_, level);
}

std::unique_ptr<WriteTransaction> PgStore::beginBulkWrite() {
    const bool outermost = session_->connection().writeDepth == 0;
    auto transaction = beginWrite();
    if (outermost) session_->beginBulk();
    return transaction;
}

RiskBands PgStore::riskBands() const {
    auto& s = *session_;
    return s.run("read the risk bands", [&] {
        RiskBands bands;  // a missing setting keeps its default
        pq::Statement query(s.connection(), "SELECT key, value FROM settings WHERE key IN (:moderate, :high, :critical)");
        query.bind(":moderate", std::string(kModerate));
        query.bind(":high", std::string(kHigh));
        query.bind(":critical", std::string(kCritical));
        const pq::Result rows = query.run();
        for (int at = 0; at < rows.rows(); ++at) {
            const pq::Row row(rows, at);
            const std::string key = row["key"].text();
            const int value = static_cast<int>(row["value"].integer());
            if (key == kModerate) bands.moderateFrom = value;
            else if (key == kHigh) bands.highFrom = value;
            else if (key == kCritical) bands.criticalFrom = value;
        }
        return bands;
    });
}

void PgStore::setRiskBands(const RiskBands& bands) {
    auto transaction = beginWrite();
    auto& s = *session_;
    for (const auto& [key, value] :
         {std::pair{kModerate, bands.moderateFrom}, std::pair{kHigh, bands.highFrom}, std::pair{kCritical, bands.criticalFrom}}) {
        s.change("save the risk bands", [&] {
            pq::Statement save(s.connection(), "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                               "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
            save.bind(":key", std::string(key));
            save.bind(":value", std::to_string(value));
            save.run();
        });
    }
    transaction->commit();
}

std::string PgStore::portfolioKey() const {
    auto& s = *session_;
    return s.run("read the portfolio key", [&] {
        pq::Statement query(s.connection(), "SELECT value FROM settings WHERE key = :key");
        query.bind(":key", std::string(kPortfolioKey));
        const pq::Result found = query.run();
        if (found.rows() == 0)
            throw StorageError("The shared portfolio has no portfolio key (setting 'portfolio.key'); run innotrack "
                               "check, or restore it from a backup");
        return pq::Row(found, 0)["value"].text();
    });
}

void PgStore::setPortfolioKey(const std::string& key) {
    auto transaction = beginWrite();
    auto& s = *session_;
    if (auditChainHead().entries != 0)
        throw StorageError("The portfolio key cannot change once the audit trail holds an entry: the trail's chain "
                           "starts from it");
    s.change("save the portfolio key", [&] {
        pq::Statement save(s.connection(), "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
        save.bind(":key", std::string(kPortfolioKey));
        save.bind(":value", key);
        save.run();
    });
    transaction->commit();
}

// The server keeps its own keys and checks at every statement, so a record cannot point at
// nothing; what is left to look for is a constraint someone switched off by hand.
std::vector<Problem> PgStore::checkStorage() const {
    auto& s = *session_;
    return s.run("check the shared portfolio", [&] {
        const pq::Result found = s.connection().query(
            "SELECT c.conrelid::regclass::text AS table_name, c.conname AS name FROM pg_catalog.pg_constraint c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated ORDER BY 1, 2");
        return readAll(found, [](const pq::Row& row) {
            return Problem{"the rule '" + row["name"].text() + "' on " + row["table_name"].text() +
                           " is not being checked by the server"};
        });
    });
}

}  // namespace innotrack::storage_pg
