// Risks (the register) and setbacks, which may link to each other both ways.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

Id SqliteStore::insertRisk(const Risk& risk) {
    auto& c = *connection_;
    return c.run("add the risk '" + risk.title + "'", [&] { return insertRecord(c, risk); });
}

void SqliteStore::updateRisk(const Risk& risk) {
    auto& c = *connection_;
    c.run("update the risk '" + risk.title + "'", [&] { updateRecord(c, risk, "risk"); });
}

std::optional<Risk> SqliteStore::findRisk(Id riskId) const {
    auto& c = *connection_;
    return c.run("read a risk", [&] { return findRecord<Risk>(c, riskId); });
}

void SqliteStore::forEachRisk(OptionalId innovationId, const RecordVisitor<Risk>& visit) const {
    auto& c = *connection_;
    c.run("list the risks", [&] { forEachRecord<Risk>(c, innovationId, "innovation_id", "id", visit); });
}

Id SqliteStore::insertSetback(const Setback& setback) {
    auto& c = *connection_;
    return c.run("log the setback", [&] { return insertRecord(c, setback); });
}

void SqliteStore::updateSetback(const Setback& setback) {
    auto& c = *connection_;
    c.run("update the setback", [&] { updateRecord(c, setback, "setback"); });
}

std::optional<Setback> SqliteStore::findSetback(Id setbackId) const {
    auto& c = *connection_;
    return c.run("read a setback", [&] { return findRecord<Setback>(c, setbackId); });
}

void SqliteStore::forEachSetback(OptionalId innovationId, const RecordVisitor<Setback>& visit) const {
    auto& c = *connection_;
    c.run("list the setbacks",
          [&] { forEachRecord<Setback>(c, innovationId, "innovation_id", "occurred_on, id", visit); });
}

}  // namespace innotrack::storage
