// The stage board (StageBoardQueries): every card's place from one scan of a narrow covering index,
// and whole cards, whose figures come from the SQL the board paper uses (board_sql.hpp), for the
// innovations asked about. The same answers as the file backend's
// (storage/src/stage_board_queries.cpp).
#include "pg_store.hpp"

#include "board_sql.hpp"

#include "sql/stage_board_flags_sql.hpp"

#include <functional>

namespace innotrack::storage_pg {

using namespace detail;

namespace {

// Every innovation in scope, whatever its stage, in the board's order (innovations_for_stage_board
// covers it); the council's board tests no condition per row.
std::string placesSql(bool oneCabinetLead) {
    return std::string("SELECT i.id, ") + kStageOnDay + " AS stage_on, i.cabinet_lead_id, i.ambition_id "
           "FROM innovations i" + (oneCabinetLead ? " WHERE i.cabinet_lead_id = :cabinet" : "") +
           " ORDER BY i.priority, i.id";
}

// The whole cards of the innovations `shown` lists (a CTE body with an id column): what the
// innovation says now, its stage on the day, and the board paper's next milestone, overdue count
// and new setbacks (shownFiguresCtes), with its open risks counted at the Critical line.
std::string cardsSql(const std::string& shown) {
    return "WITH shown AS (" + shown + "),\n" + shownFiguresCtes("shown") + R"sql(,
critical AS (
    SELECT innovation_id, COUNT(*) AS count FROM open_risks WHERE score >= :critical GROUP BY innovation_id)
SELECT i.id, i.title, )sql" + kStageOnDay + R"sql( AS stage_on, i.priority, i.confidence, i.cabinet_lead_id,
       COALESCE(p.name, '') AS cabinet_lead, i.ambition_id, i.stop_reason,
       nm.id AS next_id, COALESCE(mt.title, '') AS next_title, nm.due_on AS next_due,
       COALESCE(od.count, 0) AS overdue_count, COALESCE(cr.count, 0) AS critical_count,
       COALESCE(ns.count, 0) AS setback_count
  FROM shown s
  JOIN innovations i ON i.id = s.id
  LEFT JOIN people p ON p.id = i.cabinet_lead_id
  LEFT JOIN next_milestone nm ON nm.innovation_id = s.id
  LEFT JOIN milestones mt ON mt.id = nm.id
  LEFT JOIN overdue od ON od.innovation_id = s.id
  LEFT JOIN critical cr ON cr.innovation_id = s.id
  LEFT JOIN new_setbacks ns ON ns.innovation_id = s.id
 ORDER BY i.priority, i.id)sql";
}

std::vector<StageBoardPlace> readPlaces(pq::Connection& connection, const StageBoardScope& scope) {
    pq::Statement query(connection, placesSql(scope.cabinetLeadId.has_value()));
    query.bind(":on", scope.on);
    if (scope.cabinetLeadId) query.bind(":cabinet", scope.cabinetLeadId);
    const pq::Result result = query.run();
    // Column positions once, not a look-up by name per card: 100,000 cards at a reload.
    const int id = result.column("id"), stage = result.column("stage_on"),
              cabinetLead = result.column("cabinet_lead_id"), ambition = result.column("ambition_id");
    std::vector<StageBoardPlace> places;
    places.reserve(static_cast<std::size_t>(result.rows()));
    for (int at = 0; at < result.rows(); ++at) {
        const pq::Row row(result, at);
        places.push_back(StageBoardPlace{row.at(id).integer(), key<Stage>(row.at(stage), "stage"),
                                         row.at(cabinetLead).optionalId(), row.at(ambition).optionalId()});
    }
    return places;
}

// Column positions, looked up once per statement rather than once per card.
struct CardColumns {
    int id, title, stage, priority, confidence, cabinetLeadId, cabinetLead, ambition, stopReason, nextId, nextTitle,
        nextDue, overdue, critical, setbacks;
    explicit CardColumns(const pq::Result& result)
        : id(result.column("id")),
          title(result.column("title")),
          stage(result.column("stage_on")),
          priority(result.column("priority")),
          confidence(result.column("confidence")),
          cabinetLeadId(result.column("cabinet_lead_id")),
          cabinetLead(result.column("cabinet_lead")),
          ambition(result.column("ambition_id")),
          stopReason(result.column("stop_reason")),
          nextId(result.column("next_id")),
          nextTitle(result.column("next_title")),
          nextDue(result.column("next_due")),
          overdue(result.column("overdue_count")),
          critical(result.column("critical_count")),
          setbacks(result.column("setback_count")) {}
};

std::vector<StageBoardCard> readCards(pq::Connection& connection, const std::string& shown, Date on,
                                      const std::optional<BoardReview>& since, int criticalFrom,
                                      const std::function<void(pq::Statement&)>& bindShown) {
    pq::Statement query(connection, cardsSql(shown));
    query.bind(":on", on);
    bindSince(query, since);
    query.bind(":critical", criticalFrom);
    bindShown(query);
    const pq::Result result = query.run();
    const CardColumns at(result);
    std::vector<StageBoardCard> cards;
    cards.reserve(static_cast<std::size_t>(result.rows()));
    for (int index = 0; index < result.rows(); ++index) {
        const pq::Row row(result, index);
        StageBoardCard& card = cards.emplace_back();
        card.innovationId = row.at(at.id).integer();
        card.title = row.at(at.title).text();
        card.stage = key<Stage>(row.at(at.stage), "stage");
        card.priority = static_cast<int>(row.at(at.priority).integer());
        card.confidence = key<Confidence>(row.at(at.confidence), "confidence");
        card.cabinetLeadId = row.at(at.cabinetLeadId).optionalId();
        card.cabinetLead = row.at(at.cabinetLead).text();
        card.ambitionId = row.at(at.ambition).optionalId();
        card.stopReason = row.at(at.stopReason).text();
        card.nextMilestoneId = row.at(at.nextId).optionalId();
        card.nextMilestone = row.at(at.nextTitle).text();
        card.nextMilestoneDue = row.at(at.nextDue).optionalDate();
        card.badges.overdueMilestones = static_cast<int>(row.at(at.overdue).integer());
        card.badges.criticalRisksOpen = static_cast<int>(row.at(at.critical).integer());
        card.badges.setbacksSinceReview = static_cast<int>(row.at(at.setbacks).integer());
    }
    return cards;
}

// By name as the file backend orders people.name (COLLATE NOCASE there): ASCII letters folded,
// then the bytes, whatever the server's locale.
std::vector<StageBoardLead> readLeads(pq::Connection& connection) {
    pq::Statement query(connection, "SELECT p.id, p.name, p.portfolio FROM people p "
                                    "WHERE EXISTS (SELECT 1 FROM innovations i WHERE i.cabinet_lead_id = p.id) "
                                    "ORDER BY " + asciiLower("p.name") + " COLLATE \"C\", p.id");
    return readAll(query.run(), [](const pq::Row& row) {
        return StageBoardLead{row["id"].integer(), row["name"].text(), row["portfolio"].text()};
    });
}

std::vector<StageBoardAmbition> readAmbitions(pq::Connection& connection) {
    pq::Statement query(connection, "SELECT id, title FROM ambitions ORDER BY id");
    return readAll(query.run(),
                   [](const pq::Row& row) { return StageBoardAmbition{row["id"].integer(), row["title"].text()}; });
}

std::optional<Date> closingDayOf(const std::optional<BoardReview>& review) {
    return review ? std::optional<Date>(review->closedOn) : std::nullopt;
}

}  // namespace

StageBoardCards PgStore::stageBoardCards(const StageBoardScope& scope) const {
    auto& s = *session_;
    return s.run("gather the stage board", [&] {
        const ReadSnapshot snapshot(s);
        auto& c = s.connection();
        StageBoardCards board;
        if (scope.cabinetLeadId) board.cabinetLeadName = requirePerson(*scope.cabinetLeadId);
        board.bands = riskBands();
        const std::optional<BoardReview> lastClosed = readLastClosedReview(c, scope.on);
        board.lastReviewClosedOn = closingDayOf(lastClosed);
        board.cabinetLeads = readLeads(c);
        board.ambitions = readAmbitions(c);
        board.cards = readCards(
            c, "SELECT i.id FROM innovations i WHERE :cabinet IS NULL OR i.cabinet_lead_id = :cabinet", scope.on,
            lastClosed, board.bands.criticalFrom,
            [&](pq::Statement& query) { query.bind(":cabinet", scope.cabinetLeadId); });
        return board;
    });
}

StageBoardPlaces PgStore::stageBoardPlaces(const StageBoardScope& scope) const {
    auto& s = *session_;
    return s.run("gather the stage board", [&] {
        const ReadSnapshot snapshot(s);
        auto& c = s.connection();
        if (scope.cabinetLeadId) requirePerson(*scope.cabinetLeadId);
        StageBoardPlaces board;
        board.cabinetLeads = readLeads(c);
        board.ambitions = readAmbitions(c);
        board.places = readPlaces(c, scope);
        return board;
    });
}

std::vector<StageBoardCard> PgStore::stageBoardCardsOf(Date on, const std::vector<Id>& innovations) const {
    if (innovations.empty()) return {};
    auto& s = *session_;
    return s.run("read the stage board's cards", [&] {
        const ReadSnapshot snapshot(s);
        auto& c = s.connection();
        // One statement for any number of cards: the ids as one array; each innovation once,
        // however often it is asked for, and ids that name none are left out.
        return readCards(c, "SELECT i.id FROM innovations i WHERE i.id = ANY(:ids)", on,
                         readLastClosedReview(c, on), riskBands().criticalFrom,
                         [&](pq::Statement& query) { query.bind(":ids", innovations); });
    });
}

std::vector<Id> PgStore::stageBoardSearch(const std::string& text) const {
    auto& s = *session_;
    return s.run("search the stage board", [&] {
        // Without regard to the case of ASCII letters, as the search box promises (and as the file
        // backend's LIKE does): both sides lowered the same way.
        const std::string pattern = asciiLower(":pattern");
        const auto contains = [&](const char* column) {
            return asciiLower(column) + " LIKE " + pattern + " ESCAPE '\\'";
        };
        pq::Statement query(s.connection(), "SELECT i.id FROM innovations i WHERE " + contains("i.title") + " OR " +
                                                contains("i.summary") + " OR " + contains("i.inspired_by") +
                                                " OR i.cabinet_lead_id IN (SELECT p.id FROM people p WHERE " +
                                                contains("p.name") + ") ORDER BY i.id");
        query.bind(":pattern", containsPattern(text));
        return readAll(query.run(), [](const pq::Row& row) { return row["id"].integer(); });
    });
}

std::vector<Id> PgStore::stageBoardFlagged(Date on, StageBoardFlag flag, OptionalId person) const {
    if (flag == StageBoardFlag::Mine && !person) return {};
    auto& s = *session_;
    return s.run("filter the stage board", [&] {
        const ReadSnapshot snapshot(s);
        auto& c = s.connection();
        static const sql::BadgeSql badges{outstandingMilestonesSql("", true), openRisksSql("")};
        pq::Statement query(c, sql::stageBoardFlaggedSql(flag, badges));
        switch (flag) {
        case StageBoardFlag::Overdue: query.bind(":on", on); break;
        case StageBoardFlag::CriticalRisk:
            query.bind(":on", on);
            query.bind(":critical", riskBands().criticalFrom);
            break;
        case StageBoardFlag::NewSetback:
            query.bind(":on", on);
            bindSince(query, readLastClosedReview(c, on));
            break;
        case StageBoardFlag::InDoubt: break;
        case StageBoardFlag::Mine: query.bind(":person", person); break;
        }
        return readAll(query.run(), [](const pq::Row& row) { return row["id"].integer(); });
    });
}

std::string PgStore::requirePerson(Id personId) const {
    const std::optional<Person> person = findPerson(personId);
    if (!person)
        throw NotFound("No person has id " + std::to_string(personId) +
                       "; the board can only be filtered by someone in the portfolio.");
    return person->name;
}

}  // namespace innotrack::storage_pg
