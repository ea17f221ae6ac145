// Risks (the register) and setbacks, which may link to each other both ways, as
// storage/src/risks_setbacks.cpp keeps them in a file.
#include "pg_store.hpp"

namespace innotrack::storage_pg {

namespace {

constexpr const char* kSelectRisk =
    "SELECT id, innovation_id, title, cause, event, effect, inherent_likelihood, inherent_impact, "
    "residual_likelihood, residual_impact, owner_id, response, mitigation, proximity, status, raised_on, "
    "closed_on, setback_id FROM risks";

constexpr const char* kRiskValues =
    "innovation_id = :innovation_id, title = :title, cause = :cause, event = :event, effect = :effect, "
    "inherent_likelihood = :inherent_likelihood, inherent_impact = :inherent_impact, "
    "residual_likelihood = :residual_likelihood, residual_impact = :residual_impact, owner_id = :owner_id, "
    "response = :response, mitigation = :mitigation, proximity = :proximity, status = :status, "
    "raised_on = :raised_on, closed_on = :closed_on, setback_id = :setback_id";

Risk readRisk(const pq::Row& row) {
    Risk risk;
    risk.id = row["id"].integer();
    risk.innovationId = row["innovation_id"].integer();
    risk.title = row["title"].text();
    risk.cause = row["cause"].text();
    risk.event = row["event"].text();
    risk.effect = row["effect"].text();
    risk.inherentLikelihood = static_cast<int>(row["inherent_likelihood"].integer());
    risk.inherentImpact = static_cast<int>(row["inherent_impact"].integer());
    risk.residualLikelihood = row["residual_likelihood"].optionalInteger();
    risk.residualImpact = row["residual_impact"].optionalInteger();
    risk.ownerId = row["owner_id"].integer();
    risk.response = key<RiskResponse>(row["response"], "response");
    risk.mitigation = row["mitigation"].text();
    risk.proximity = key<Proximity>(row["proximity"], "proximity");
    risk.status = key<RiskStatus>(row["status"], "status");
    risk.raisedOn = row["raised_on"].date();
    risk.closedOn = row["closed_on"].optionalDate();
    risk.setbackId = row["setback_id"].optionalId();
    return risk;
}

void bindRisk(pq::Statement& statement, const Risk& risk) {
    statement.bind(":innovation_id", risk.innovationId);
    statement.bind(":title", risk.title);
    statement.bind(":cause", risk.cause);
    statement.bind(":event", risk.event);
    statement.bind(":effect", risk.effect);
    statement.bind(":inherent_likelihood", risk.inherentLikelihood);
    statement.bind(":inherent_impact", risk.inherentImpact);
    statement.bind(":residual_likelihood", risk.residualLikelihood);
    statement.bind(":residual_impact", risk.residualImpact);
    statement.bind(":owner_id", risk.ownerId);
    statement.bind(":response", risk.response);
    statement.bind(":mitigation", risk.mitigation);
    statement.bind(":proximity", risk.proximity);
    statement.bind(":status", risk.status);
    statement.bind(":raised_on", risk.raisedOn);
    statement.bind(":closed_on", risk.closedOn);
    statement.bind(":setback_id", risk.setbackId);
}

constexpr const char* kSelectSetback =
    "SELECT id, innovation_id, occurred_on, what_happened, kind, risk_id, response, new_territory, "
    "credible_opportunity, informed_by_knowledge, small_as_possible, learned_from, logged_by_id FROM setbacks";

constexpr const char* kSetbackValues =
    "innovation_id = :innovation_id, occurred_on = :occurred_on, what_happened = :what_happened, kind = :kind, "
    "risk_id = :risk_id, response = :response, new_territory = :new_territory, "
    "credible_opportunity = :credible_opportunity, informed_by_knowledge = :informed_by_knowledge, "
    "small_as_possible = :small_as_possible, learned_from = :learned_from, logged_by_id = :logged_by_id";

Setback readSetback(const pq::Row& row) {
    Setback setback;
    setback.id = row["id"].integer();
    setback.innovationId = row["innovation_id"].integer();
    setback.occurredOn = row["occurred_on"].date();
    setback.whatHappened = row["what_happened"].text();
    setback.kind = key<FailureKind>(row["kind"], "kind");
    setback.riskId = row["risk_id"].optionalId();
    setback.response = row["response"].text();
    setback.test.newTerritory = row["new_territory"].flag();
    setback.test.credibleOpportunity = row["credible_opportunity"].flag();
    setback.test.informedByKnowledge = row["informed_by_knowledge"].flag();
    setback.test.smallAsPossible = row["small_as_possible"].flag();
    setback.test.learnedFrom = row["learned_from"].flag();
    setback.loggedById = row["logged_by_id"].integer();
    return setback;
}

void bindSetback(pq::Statement& statement, const Setback& setback) {
    statement.bind(":innovation_id", setback.innovationId);
    statement.bind(":occurred_on", setback.occurredOn);
    statement.bind(":what_happened", setback.whatHappened);
    statement.bind(":kind", setback.kind);
    statement.bind(":risk_id", setback.riskId);
    statement.bind(":response", setback.response);
    statement.bind(":new_territory", setback.test.newTerritory);
    statement.bind(":credible_opportunity", setback.test.credibleOpportunity);
    statement.bind(":informed_by_knowledge", setback.test.informedByKnowledge);
    statement.bind(":small_as_possible", setback.test.smallAsPossible);
    statement.bind(":learned_from", setback.test.learnedFrom);
    statement.bind(":logged_by_id", setback.loggedById);
}

// Every row when no innovation is given, else that innovation's (bound as :filter_id).
std::string ofInnovation(const OptionalId& innovationId) {
    return innovationId ? " WHERE innovation_id = :filter_id" : "";
}

}  // namespace

Id PgStore::insertRisk(const Risk& risk) {
    auto& s = *session_;
    return s.change("add the risk '" + risk.title + "'", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO risks (id, innovation_id, title, cause, event, effect, "
                                         "inherent_likelihood, inherent_impact, residual_likelihood, "
                                         "residual_impact, owner_id, response, mitigation, proximity, status, "
                                         "raised_on, closed_on, setback_id) VALUES (") +
                                 nextIdSql("risks") +
                                 ", :innovation_id, :title, :cause, :event, :effect, :inherent_likelihood, "
                                 ":inherent_impact, :residual_likelihood, :residual_impact, :owner_id, :response, "
                                 ":mitigation, :proximity, :status, :raised_on, :closed_on, :setback_id) RETURNING id");
        bindRisk(insert, risk);
        insert.bind(":id", givenId(risk.id));
        return insertRow(s, insert, "risks", risk.id);
    });
}

void PgStore::updateRisk(const Risk& risk) {
    auto& s = *session_;
    s.change("update the risk '" + risk.title + "'", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE risks SET ") + kRiskValues + " WHERE id = :id");
        bindRisk(update, risk);
        update.bind(":id", risk.id);
        updateRow(update, "risk", risk.id);
    });
}

std::optional<Risk> PgStore::findRisk(Id riskId) const {
    auto& s = *session_;
    return s.run("read a risk", [&] {
        pq::Statement find(s.connection(), std::string(kSelectRisk) + " WHERE id = :id");
        find.bind(":id", riskId);
        return readOne(find.run(), readRisk);
    });
}

std::vector<Risk> PgStore::listRisks(OptionalId innovationId) const {
    auto& s = *session_;
    return s.run("list the risks", [&] {
        pq::Statement list(s.connection(), kSelectRisk + ofInnovation(innovationId) + " ORDER BY id");
        if (innovationId) list.bind(":filter_id", innovationId);
        return readAll(list.run(), readRisk);
    });
}

Id PgStore::insertSetback(const Setback& setback) {
    auto& s = *session_;
    return s.change("log the setback", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO setbacks (id, innovation_id, occurred_on, what_happened, kind, "
                                         "risk_id, response, new_territory, credible_opportunity, "
                                         "informed_by_knowledge, small_as_possible, learned_from, logged_by_id) "
                                         "VALUES (") +
                                 nextIdSql("setbacks") +
                                 ", :innovation_id, :occurred_on, :what_happened, :kind, :risk_id, :response, "
                                 ":new_territory, :credible_opportunity, :informed_by_knowledge, :small_as_possible, "
                                 ":learned_from, :logged_by_id) RETURNING id");
        bindSetback(insert, setback);
        insert.bind(":id", givenId(setback.id));
        return insertRow(s, insert, "setbacks", setback.id);
    });
}

void PgStore::updateSetback(const Setback& setback) {
    auto& s = *session_;
    s.change("update the setback", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE setbacks SET ") + kSetbackValues + " WHERE id = :id");
        bindSetback(update, setback);
        update.bind(":id", setback.id);
        updateRow(update, "setback", setback.id);
    });
}

std::optional<Setback> PgStore::findSetback(Id setbackId) const {
    auto& s = *session_;
    return s.run("read a setback", [&] {
        pq::Statement find(s.connection(), std::string(kSelectSetback) + " WHERE id = :id");
        find.bind(":id", setbackId);
        return readOne(find.run(), readSetback);
    });
}

std::vector<Setback> PgStore::listSetbacks(OptionalId innovationId) const {
    auto& s = *session_;
    return s.run("list the setbacks", [&] {
        pq::Statement list(s.connection(), kSelectSetback + ofInnovation(innovationId) + " ORDER BY occurred_on, id");
        if (innovationId) list.bind(":filter_id", innovationId);
        return readAll(list.run(), readSetback);
    });
}

}  // namespace innotrack::storage_pg
