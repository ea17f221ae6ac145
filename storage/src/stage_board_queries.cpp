// The stage board (StageBoardQueries): every card's place from one scan of a narrow covering index,
// and whole cards, whose figures come from the SQL the board paper uses (board_sql.hpp), for the
// innovations asked about.
#include "storage/sqlite_store.hpp"

#include "board_sql.hpp"
#include "queries.hpp"

#include "sql/stage_board_flags_sql.hpp"

#include <sqlite3.h>

#include <functional>

namespace innotrack::storage {

using namespace detail;

namespace {

// Every innovation in scope, whatever its stage, in the board's order, from
// innovations_for_stage_board (migration 0007) alone; the council's board tests no condition per row.
std::string placesSql(bool oneCabinetLead) {
    return std::string("SELECT i.id, ") + kStageOnDay + R"sql( AS stage_on, i.cabinet_lead_id, i.ambition_id
  FROM innovations i INDEXED BY innovations_for_stage_board)sql" +
           (oneCabinetLead ? " WHERE i.cabinet_lead_id = :cabinet" : "") + " ORDER BY i.priority, i.id";
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
  LEFT JOIN next_milestone nm ON nm.innovation_id = s.id AND nm.rank = 1
  LEFT JOIN milestones mt ON mt.id = nm.id
  LEFT JOIN overdue od ON od.innovation_id = s.id
  LEFT JOIN critical cr ON cr.innovation_id = s.id
  LEFT JOIN new_setbacks ns ON ns.innovation_id = s.id
 ORDER BY i.priority, i.id)sql";
}

// The places' statement, prepared and read with SQLite's own calls: SQLiteCpp copies a shared
// pointer for every value it hands out, which at 100,000 cards was a large part of the desktop
// board's reload. A failure throws SQLite::Exception, as SQLiteCpp would.
class PlaceStatement {
public:
    PlaceStatement(Connection& connection, const std::string& sql) : db_(connection.db().getHandle()) {
        check(sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement_, nullptr));
    }
    ~PlaceStatement() { sqlite3_finalize(statement_); }
    PlaceStatement(const PlaceStatement&) = delete;
    PlaceStatement& operator=(const PlaceStatement&) = delete;

    void bind(const char* name, const std::string& text) {
        check(sqlite3_bind_text(statement_, parameter(name), text.c_str(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
    }
    void bind(const char* name, OptionalId value) {
        check(value ? sqlite3_bind_int64(statement_, parameter(name), *value) : sqlite3_bind_null(statement_, parameter(name)));
    }
    bool step() {
        const int result = sqlite3_step(statement_);
        if (result == SQLITE_ROW) return true;
        if (result != SQLITE_DONE) throw SQLite::Exception(db_, result);
        return false;
    }
    int column(const char* name) const {
        for (int at = 0; at < sqlite3_column_count(statement_); ++at)
            if (std::string_view(sqlite3_column_name(statement_, at)) == name) return at;
        throw SQLite::Exception(std::string("the stage board's query has no column ") + name);
    }
    Id integer(int column) const { return sqlite3_column_int64(statement_, column); }
    std::string_view text(int column) const {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
        if (bytes == nullptr) return {};
        return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
    }
    OptionalId optionalId(int column) const {
        if (sqlite3_column_type(statement_, column) == SQLITE_NULL) return std::nullopt;
        return integer(column);
    }

private:
    int parameter(const char* name) const { return sqlite3_bind_parameter_index(statement_, name); }
    void check(int result) const {
        if (result != SQLITE_OK) throw SQLite::Exception(db_, result);
    }

    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

std::vector<StageBoardPlace> readPlaces(Connection& connection, const StageBoardScope& scope) {
    // No count first: counting costs a third of reading, and moving 48-byte places as the vector
    // grows costs less.
    std::vector<StageBoardPlace> places;
    PlaceStatement query(connection, placesSql(scope.cabinetLeadId.has_value()));
    query.bind(":on", formatDate(scope.on));
    if (scope.cabinetLeadId) query.bind(":cabinet", scope.cabinetLeadId);
    const int id = query.column("id"), stage = query.column("stage_on"), cabinetLead = query.column("cabinet_lead_id"),
              ambition = query.column("ambition_id");
    while (query.step())
        places.push_back(StageBoardPlace{query.integer(id), keyFromText<Stage>(query.text(stage), "stage"),
                                         query.optionalId(cabinetLead), query.optionalId(ambition)});
    return places;
}

// Column positions, looked up once per statement rather than once per card.
struct CardColumns {
    int id, title, stage, priority, confidence, cabinetLeadId, cabinetLead, ambition, stopReason, nextId, nextTitle,
        nextDue, overdue, critical, setbacks;
    explicit CardColumns(const SQLite::Statement& query)
        : id(query.getColumnIndex("id")),
          title(query.getColumnIndex("title")),
          stage(query.getColumnIndex("stage_on")),
          priority(query.getColumnIndex("priority")),
          confidence(query.getColumnIndex("confidence")),
          cabinetLeadId(query.getColumnIndex("cabinet_lead_id")),
          cabinetLead(query.getColumnIndex("cabinet_lead")),
          ambition(query.getColumnIndex("ambition_id")),
          stopReason(query.getColumnIndex("stop_reason")),
          nextId(query.getColumnIndex("next_id")),
          nextTitle(query.getColumnIndex("next_title")),
          nextDue(query.getColumnIndex("next_due")),
          overdue(query.getColumnIndex("overdue_count")),
          critical(query.getColumnIndex("critical_count")),
          setbacks(query.getColumnIndex("setback_count")) {}
};

std::vector<StageBoardCard> readCards(Connection& connection, const std::string& shown, Date on,
                                      const std::optional<BoardReview>& since, int criticalFrom,
                                      const std::function<void(SQLite::Statement&)>& bindShown) {
    Query query(connection, cardsSql(shown));
    bindParam(*query, ":on", on);
    bindSince(*query, since);
    bindParam(*query, ":critical", criticalFrom);
    bindShown(*query);
    const CardColumns at(*query);
    std::vector<StageBoardCard> cards;
    while (query.step()) {
        const SQLite::Statement& row = *query;
        StageBoardCard& card = cards.emplace_back();
        card.innovationId = row.getColumn(at.id).getInt64();
        card.title = row.getColumn(at.title).getString();
        card.stage = keyFrom<Stage>(row.getColumn(at.stage), "stage");
        card.priority = row.getColumn(at.priority).getInt();
        card.confidence = keyFrom<Confidence>(row.getColumn(at.confidence), "confidence");
        card.cabinetLeadId = optionalIdFrom(row.getColumn(at.cabinetLeadId));
        card.cabinetLead = row.getColumn(at.cabinetLead).getString();
        card.ambitionId = optionalIdFrom(row.getColumn(at.ambition));
        card.stopReason = row.getColumn(at.stopReason).getString();
        card.nextMilestoneId = optionalIdFrom(row.getColumn(at.nextId));
        card.nextMilestone = row.getColumn(at.nextTitle).getString();
        card.nextMilestoneDue = optionalDateFrom(row.getColumn(at.nextDue), "due");
        card.badges.overdueMilestones = row.getColumn(at.overdue).getInt();
        card.badges.criticalRisksOpen = row.getColumn(at.critical).getInt();
        card.badges.setbacksSinceReview = row.getColumn(at.setbacks).getInt();
    }
    return cards;
}

std::vector<StageBoardLead> readLeads(Connection& connection) {
    // A probe per person of innovations_by_cabinet_lead: people are far fewer than innovations.
    Query query(connection, "SELECT p.id, p.name, p.portfolio FROM people p "
                            "WHERE EXISTS (SELECT 1 FROM innovations i WHERE i.cabinet_lead_id = p.id) "
                            "ORDER BY p.name, p.id");
    return readAll(query, [](const SQLite::Statement& row) {
        return StageBoardLead{id(row, "id"), text(row, "name"), text(row, "portfolio")};
    });
}

std::vector<StageBoardAmbition> readAmbitions(Connection& connection) {
    Query query(connection, "SELECT id, title FROM ambitions ORDER BY id");
    return readAll(query, [](const SQLite::Statement& row) { return StageBoardAmbition{id(row, "id"), text(row, "title")}; });
}

std::optional<Date> closingDayOf(const std::optional<BoardReview>& review) {
    return review ? std::optional<Date>(review->closedOn) : std::nullopt;
}

}  // namespace

StageBoardCards SqliteStore::stageBoardCards(const StageBoardScope& scope) const {
    auto& c = *connection_;
    return c.run("gather the stage board", [&] {
        const ReadSnapshot snapshot(c);
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
            [&](SQLite::Statement& query) { bindParam(query, ":cabinet", scope.cabinetLeadId); });
        return board;
    });
}

StageBoardPlaces SqliteStore::stageBoardPlaces(const StageBoardScope& scope) const {
    auto& c = *connection_;
    return c.run("gather the stage board", [&] {
        const ReadSnapshot snapshot(c);
        if (scope.cabinetLeadId) requirePerson(*scope.cabinetLeadId);
        StageBoardPlaces board;
        board.cabinetLeads = readLeads(c);
        board.ambitions = readAmbitions(c);
        board.places = readPlaces(c, scope);
        return board;
    });
}

std::vector<StageBoardCard> SqliteStore::stageBoardCardsOf(Date on, const std::vector<Id>& innovations) const {
    if (innovations.empty()) return {};
    auto& c = *connection_;
    return c.run("read the stage board's cards", [&] {
        const ReadSnapshot snapshot(c);
        const std::string ids = idArray(innovations);
        return readCards(c, "SELECT DISTINCT value AS id FROM json_each(:ids)", on,
                         readLastClosedReview(c, on), riskBands().criticalFrom,
                         [&](SQLite::Statement& query) { bindParam(query, ":ids", ids); });
    });
}

std::vector<Id> SqliteStore::stageBoardSearch(const std::string& text) const {
    auto& c = *connection_;
    return c.run("search the stage board", [&] {
        // LIKE ignores the case of ASCII letters, as the search box promises.
        Query query(c, "SELECT i.id FROM innovations i "
                       "WHERE i.title LIKE :pattern ESCAPE '\\' OR i.summary LIKE :pattern ESCAPE '\\' "
                       "OR i.inspired_by LIKE :pattern ESCAPE '\\' OR i.cabinet_lead_id IN "
                       "(SELECT p.id FROM people p WHERE p.name LIKE :pattern ESCAPE '\\') "
                       "ORDER BY i.id");
        bindParam(*query, ":pattern", containsPattern(text));
        return readAll(query, [](const SQLite::Statement& row) { return id(row, "id"); });
    });
}

std::vector<Id> SqliteStore::stageBoardFlagged(Date on, StageBoardFlag flag, OptionalId person) const {
    if (flag == StageBoardFlag::Mine && !person) return {};
    auto& c = *connection_;
    return c.run("filter the stage board", [&] {
        const ReadSnapshot snapshot(c);
        static const sql::BadgeSql badges{outstandingMilestonesSql("", ReadFirst::Records, true),
                                          openRisksSql("", ReadFirst::Records)};
        Query query(c, sql::stageBoardFlaggedSql(flag, badges));
        switch (flag) {
        case StageBoardFlag::Overdue: bindParam(*query, ":on", on); break;
        case StageBoardFlag::CriticalRisk:
            bindParam(*query, ":on", on);
            bindParam(*query, ":critical", riskBands().criticalFrom);
            break;
        case StageBoardFlag::NewSetback:
            bindParam(*query, ":on", on);
            bindSince(*query, readLastClosedReview(c, on));
            break;
        case StageBoardFlag::InDoubt: break;
        case StageBoardFlag::Mine: bindParam(*query, ":person", person); break;
        }
        return readAll(query, [](const SQLite::Statement& row) { return id(row, "id"); });
    });
}

std::string SqliteStore::requirePerson(Id personId) const {
    const std::optional<Person> person = findPerson(personId);
    if (!person)
        throw NotFound("No person has id " + std::to_string(personId) +
                       "; the board can only be filtered by someone in the portfolio.");
    return person->name;
}

}  // namespace innotrack::storage
