// SQL shared by the board queries: the stage of every innovation on the day and which are active,
// read once per board into temporary tables that every list then joins by primary key.
#pragma once

#include "columns.hpp"
#include "connection.hpp"

#include "tracker/board_queries.hpp"
#include "tracker/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace innotrack::storage::detail {

// The stage an innovation had at the end of :on: the stage it moved to by its latest change on or
// before the day; before its first change, the stage it moved from; with no change at all, its stage.
// (stage_changes_by_innovation covers both look-ups.)
inline constexpr const char* kStageOnDay = R"sql(
    COALESCE(
        (SELECT sc.to_stage FROM stage_changes sc
          WHERE sc.innovation_id = i.id AND sc.changed_on <= :on
          ORDER BY sc.changed_on DESC, sc.id DESC LIMIT 1),
        (SELECT sc.from_stage FROM stage_changes sc
          WHERE sc.innovation_id = i.id
          ORDER BY sc.changed_on, sc.id LIMIT 1),
        i.stage))sql";

// Records dated after :since and on or before :on: one index range. Bind :since with bindSince.
inline std::string sinceClause(const char* column) {
    return std::string(column) + " > :since AND " + column + " <= :on";
}

// With no closed review every record so far is new: dates are stored as 'YYYY-MM-DD' text, and the
// empty text sorts before all of them. (A NULL test in the SQL would cost the range its lower end.)
inline void bindSince(SQLite::Statement& statement, std::optional<Date> since) {
    bindParam(statement, ":since", since ? formatDate(*since) : std::string());
}

// SQLite's LIMIT: a negative number means no limit.
inline std::int64_t sqlLimit(std::optional<std::size_t> limit) {
    return limit ? static_cast<std::int64_t>(*limit) : -1;
}

// For the life of one board: one read snapshot (unless a transaction is already open) and two
// temporary tables, dropped at the end, so nothing outlives the board that could go stale.
//   temp.board_stages: every innovation's stage on the day and its ambition (council-wide);
//   temp.board_active: the innovations in scope active on the day, with their priority.
class BoardSnapshot {
public:
    BoardSnapshot(Connection& connection, const BoardScope& scope);
    ~BoardSnapshot();
    BoardSnapshot(const BoardSnapshot&) = delete;
    BoardSnapshot& operator=(const BoardSnapshot&) = delete;

private:
    Connection& connection_;
    bool ownsTransaction_ = false;
};

// The lists after the innovations (board_sections.cpp), each one query over temp.board_active that
// returns at most :limit rows with the list's total counted by a window.
BoardList<BoardDecision> readBoardDecisions(Connection& connection, Id reviewId, std::int64_t limit);
BoardList<BoardOverdueMilestone> readBoardOverdueMilestones(Connection& connection, Date on, std::int64_t limit);
BoardList<BoardRisk> readBoardRisks(Connection& connection, Date on, int minimumScore, std::int64_t limit);
BoardList<BoardSetback> readBoardSetbacks(Connection& connection, Date on, std::optional<Date> since,
                                          std::int64_t limit);
BoardList<BoardLesson> readBoardLessons(Connection& connection, Date on, std::optional<Date> since,
                                        std::int64_t limit);
std::vector<BoardAmbitionGap> readAmbitionsWithoutActiveInnovation(Connection& connection);

// Reads every row of `query`, taking the list's total from its `total` column.
template <typename Row, typename Read>
BoardList<Row> readList(Query& query, Read read) {
    BoardList<Row> list;
    while (query.step()) {
        list.total = (*query).getColumn("total").getInt64();
        list.rows.push_back(read(*query));
    }
    return list;
}

}  // namespace innotrack::storage::detail
