// Risks (the register) and setbacks, which may link to each other both ways.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kSelectRisk =
    "SELECT id, innovation_id, title, cause, event, effect, inherent_likelihood, inherent_impact, "
    "residual_likelihood, residual_impact, owner_id, response, mitigation, proximity, status, raised_on, "
    "closed_on, setback_id FROM risks";

Risk readRisk(const SQLite::Statement& row) {
    Risk risk;
    risk.id = id(row, "id");
    risk.innovationId = id(row, "innovation_id");
    risk.title = text(row, "title");
    risk.cause = text(row, "cause");
    risk.event = text(row, "event");
    risk.effect = text(row, "effect");
    risk.inherentLikelihood = integer(row, "inherent_likelihood");
    risk.inherentImpact = integer(row, "inherent_impact");
    risk.residualLikelihood = optionalInteger(row, "residual_likelihood");
    risk.residualImpact = optionalInteger(row, "residual_impact");
    risk.ownerId = id(row, "owner_id");
    risk.response = key<RiskResponse>(row, "response");
    risk.mitigation = text(row, "mitigation");
    risk.proximity = key<Proximity>(row, "proximity");
    risk.status = key<RiskStatus>(row, "status");
    risk.raisedOn = date(row, "raised_on");
    risk.closedOn = optionalDate(row, "closed_on");
    risk.setbackId = optionalId(row, "setback_id");
    return risk;
}

void bindRisk(SQLite::Statement& statement, const Risk& risk) {
    bindParam(statement, ":innovation_id", risk.innovationId);
    bindParam(statement, ":title", risk.title);
    bindParam(statement, ":cause", risk.cause);
    bindParam(statement, ":event", risk.event);
    bindParam(statement, ":effect", risk.effect);
    bindParam(statement, ":inherent_likelihood", risk.inherentLikelihood);
    bindParam(statement, ":inherent_impact", risk.inherentImpact);
    bindParam(statement, ":residual_likelihood", risk.residualLikelihood);
    bindParam(statement, ":residual_impact", risk.residualImpact);
    bindParam(statement, ":owner_id", risk.ownerId);
    bindParam(statement, ":response", risk.response);
    bindParam(statement, ":mitigation", risk.mitigation);
    bindParam(statement, ":proximity", risk.proximity);
    bindParam(statement, ":status", risk.status);
    bindParam(statement, ":raised_on", risk.raisedOn);
    bindParam(statement, ":closed_on", risk.closedOn);
    bindParam(statement, ":setback_id", risk.setbackId);
}

constexpr const char* kSelectSetback =
    "SELECT id, innovation_id, occurred_on, what_happened, kind, risk_id, response, new_territory, "
    "credible_opportunity, informed_by_knowledge, small_as_possible, learned_from, logged_by_id FROM setbacks";

Setback readSetback(const SQLite::Statement& row) {
    Setback setback;
    setback.id = id(row, "id");
    setback.innovationId = id(row, "innovation_id");
    setback.occurredOn = date(row, "occurred_on");
    setback.whatHappened = text(row, "what_happened");
    setback.kind = key<FailureKind>(row, "kind");
    setback.riskId = optionalId(row, "risk_id");
    setback.response = text(row, "response");
    setback.test.newTerritory = flag(row, "new_territory");
    setback.test.credibleOpportunity = flag(row, "credible_opportunity");
    setback.test.informedByKnowledge = flag(row, "informed_by_knowledge");
    setback.test.smallAsPossible = flag(row, "small_as_possible");
    setback.test.learnedFrom = flag(row, "learned_from");
    setback.loggedById = id(row, "logged_by_id");
    return setback;
}

void bindSetback(SQLite::Statement& statement, const Setback& setback) {
    bindParam(statement, ":innovation_id", setback.innovationId);
    bindParam(statement, ":occurred_on", setback.occurredOn);
    bindParam(statement, ":what_happened", setback.whatHappened);
    bindParam(statement, ":kind", setback.kind);
    bindParam(statement, ":risk_id", setback.riskId);
    bindParam(statement, ":response", setback.response);
    bindParam(statement, ":new_territory", setback.test.newTerritory);
    bindParam(statement, ":credible_opportunity", setback.test.credibleOpportunity);
    bindParam(statement, ":informed_by_knowledge", setback.test.informedByKnowledge);
    bindParam(statement, ":small_as_possible", setback.test.smallAsPossible);
    bindParam(statement, ":learned_from", setback.test.learnedFrom);
    bindParam(statement, ":logged_by_id", setback.loggedById);
}

}  // namespace

Id SqliteStore::insertRisk(const Risk& risk) {
    auto& c = *connection_;
    return c.run("add the risk '" + risk.title + "'", [&] {
        Query query(c,
                    "INSERT INTO risks (id, innovation_id, title, cause, event, effect, inherent_likelihood, "
                    "inherent_impact, residual_likelihood, residual_impact, owner_id, response, mitigation, "
                    "proximity, status, raised_on, closed_on, setback_id) VALUES (:id, :innovation_id, :title, :cause, "
                    ":event, :effect, :inherent_likelihood, :inherent_impact, :residual_likelihood, "
                    ":residual_impact, :owner_id, :response, :mitigation, :proximity, :status, :raised_on, "
                    ":closed_on, :setback_id)");
        bindRisk(*query, risk);
        bindParam(*query, ":id", givenId(risk.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updateRisk(const Risk& risk) {
    auto& c = *connection_;
    c.run("update the risk '" + risk.title + "'", [&] {
        Query query(c,
                    "UPDATE risks SET innovation_id = :innovation_id, title = :title, cause = :cause, "
                    "event = :event, effect = :effect, inherent_likelihood = :inherent_likelihood, "
                    "inherent_impact = :inherent_impact, residual_likelihood = :residual_likelihood, "
                    "residual_impact = :residual_impact, owner_id = :owner_id, response = :response, "
                    "mitigation = :mitigation, proximity = :proximity, status = :status, raised_on = :raised_on, "
                    "closed_on = :closed_on, setback_id = :setback_id WHERE id = :id");
        bindRisk(*query, risk);
        bindParam(*query, ":id", risk.id);
        updateRow(query, "risk", risk.id);
    });
}

std::optional<Risk> SqliteStore::findRisk(Id riskId) const {
    auto& c = *connection_;
    return c.run("read a risk", [&] {
        Query query(c, std::string(kSelectRisk) + " WHERE id = :id");
        bindParam(*query, ":id", riskId);
        return readOne(query, readRisk);
    });
}

std::vector<Risk> SqliteStore::listRisks(OptionalId innovationId) const {
    auto& c = *connection_;
    return c.run("list the risks", [&] {
        Query query(c, kSelectRisk + optionalIdClause(innovationId, "innovation_id") + " ORDER BY id");
        if (innovationId) bindParam(*query, ":filter_id", innovationId);
        return readAll(query, readRisk);
    });
}

Id SqliteStore::insertSetback(const Setback& setback) {
    auto& c = *connection_;
    return c.run("log the setback", [&] {
        Query query(c,
                    "INSERT INTO setbacks (id, innovation_id, occurred_on, what_happened, kind, risk_id, response, "
                    "new_territory, credible_opportunity, informed_by_knowledge, small_as_possible, learned_from, "
                    "logged_by_id) VALUES (:id, :innovation_id, :occurred_on, :what_happened, :kind, :risk_id, "
                    ":response, :new_territory, :credible_opportunity, :informed_by_knowledge, :small_as_possible, "
                    ":learned_from, :logged_by_id)");
        bindSetback(*query, setback);
        bindParam(*query, ":id", givenId(setback.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updateSetback(const Setback& setback) {
    auto& c = *connection_;
    c.run("update the setback", [&] {
        Query query(c,
                    "UPDATE setbacks SET innovation_id = :innovation_id, occurred_on = :occurred_on, "
                    "what_happened = :what_happened, kind = :kind, risk_id = :risk_id, response = :response, "
                    "new_territory = :new_territory, credible_opportunity = :credible_opportunity, "
                    "informed_by_knowledge = :informed_by_knowledge, small_as_possible = :small_as_possible, "
                    "learned_from = :learned_from, logged_by_id = :logged_by_id WHERE id = :id");
        bindSetback(*query, setback);
        bindParam(*query, ":id", setback.id);
        updateRow(query, "setback", setback.id);
    });
}

std::optional<Setback> SqliteStore::findSetback(Id setbackId) const {
    auto& c = *connection_;
    return c.run("read a setback", [&] {
        Query query(c, std::string(kSelectSetback) + " WHERE id = :id");
        bindParam(*query, ":id", setbackId);
        return readOne(query, readSetback);
    });
}

std::vector<Setback> SqliteStore::listSetbacks(OptionalId innovationId) const {
    auto& c = *connection_;
    return c.run("list the setbacks", [&] {
        Query query(c, kSelectSetback + optionalIdClause(innovationId, "innovation_id") + " ORDER BY occurred_on, id");
        if (innovationId) bindParam(*query, ":filter_id", innovationId);
        return readAll(query, readSetback);
    });
}

}  // namespace innotrack::storage
