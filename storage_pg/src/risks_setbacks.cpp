// Risks (the register) and setbacks, which may link to each other both ways, as
// storage/src/risks_setbacks.cpp keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

Id PgStore::insertRisk(const Risk& risk) {
    auto& s = *session_;
    return s.change("add the risk '" + risk.title + "'", [&] { return insertRecord(s, risk); });
}

void PgStore::updateRisk(const Risk& risk) {
    auto& s = *session_;
    s.change("update the risk '" + risk.title + "'", [&] { updateRecord(s, risk, "risk"); });
}

std::optional<Risk> PgStore::findRisk(Id riskId) const {
    auto& s = *session_;
    return s.run("read a risk", [&] { return findRecord<Risk>(s, riskId); });
}

void PgStore::forEachRisk(OptionalId innovationId, const RecordVisitor<Risk>& visit) const {
    auto& s = *session_;
    s.run("list the risks", [&] { forEachRecord<Risk>(s, innovationId, "innovation_id", "id", visit); });
}

Id PgStore::insertSetback(const Setback& setback) {
    auto& s = *session_;
    return s.change("log the setback", [&] { return insertRecord(s, setback); });
}

void PgStore::updateSetback(const Setback& setback) {
    auto& s = *session_;
    s.change("update the setback", [&] { updateRecord(s, setback, "setback"); });
}

std::optional<Setback> PgStore::findSetback(Id setbackId) const {
    auto& s = *session_;
    return s.run("read a setback", [&] { return findRecord<Setback>(s, setbackId); });
}

void PgStore::forEachSetback(OptionalId innovationId, const RecordVisitor<Setback>& visit) const {
    auto& s = *session_;
    s.run("list the setbacks",
          [&] { forEachRecord<Setback>(s, innovationId, "innovation_id", "occurred_on, id", visit); });
}

}  // namespace innotrack::storage_pg
