// What the tally counts, in SQL both backends share, written once: for each listable figure its
// table, the day that puts a record in a period and the condition beyond that day; which risks
// are open at the end of a day, and in which heat-map cell each sits. Each backend counts with
// these (SUM or COUNT(*) FILTER) and lists the records with them, so a list cannot drift from
// its figure. Fragments read the aliases named here; values are bound parameters (:from, :to,
// :day); keys come from tracker's scales, never from input.
#pragma once

#include "tracker/scales.hpp"
#include "tracker/tally_queries.hpp"

#include <array>
#include <string>

namespace innotrack::sql {

inline std::string quotedKeySql(std::string_view key) { return "'" + std::string(key) + "'"; }

// The stage's position on the path Idea → … → Mainstreamed, from the scale's own order, so the
// SQL cannot drift from isForward(). Stopped has no position (NULL), so it is never forward:
// "rank(to) > rank(from)" is a forward move.
inline std::string stageRankSql(const std::string& column) {
    std::string out = "(CASE " + column;
    int rank = 0;
    for (const auto& entry : Scale<Stage>::entries) {
        if (entry.value == Stage::Stopped) continue;
        out += " WHEN " + quotedKeySql(entry.key) + " THEN " + std::to_string(++rank);
    }
    return out + " END)";
}

// The stage's label for people ("Piloting") from its stored key.
inline std::string stageLabelSql(const std::string& column) {
    std::string out = "(CASE " + column;
    for (const auto& entry : Scale<Stage>::entries)
        out += " WHEN " + quotedKeySql(entry.key) + " THEN " + quotedKeySql(entry.label);
    return out + " END)";
}

// The parameter holding the first day of the k-th quarter (from 0) of a period grouped by quarter.
inline std::string quarterStartParameter(std::size_t k) { return ":quarter_" + std::to_string(k); }

struct TallyFigureSql {
    std::string table;       // "milestones"
    std::string alias;       // "m"
    std::string dateColumn;  // "completed_on": the day that puts a record in a period
    std::string condition;   // which of the records dated in the period the figure counts
    std::string what;        // the record in words (TallyRecord::what)

    std::string day() const { return alias + "." + dateColumn; }
    // The records dated in the period, the condition aside: what the counting statement reads.
    std::string inPeriod() const { return day() + " BETWEEN :from AND :to"; }
};

// docs/REPORTS.md has these in words.
inline TallyFigureSql tallyFigureSql(TallyFigure figure) {
    const auto setbacksOf = [](FailureKind kind) {
        return TallyFigureSql{"setbacks", "s", "occurred_on", "s.kind = " + quotedKeySql(keyOf(kind)),
                              "s.what_happened"};
    };
    switch (figure) {
        // Completed in the period; on time when on or before the baseline due date.
        case TallyFigure::MilestonesOnTime:
            return {"milestones", "m", "completed_on", "m.completed_on <= m.baseline_due", "m.title"};
        case TallyFigure::MilestonesLate:
            return {"milestones", "m", "completed_on", "m.completed_on > m.baseline_due", "m.title"};
        case TallyFigure::BenefitsRealised:
            return {"benefits", "b", "realised_on", "b.realised_on IS NOT NULL", "b.measure"};
        // A move that skips a stage (Idea straight to Piloting) is one advance: one decision, one move.
        case TallyFigure::StageAdvances:
            return {"stage_changes", "c", "changed_on",
                    stageRankSql("c.to_stage") + " > " + stageRankSql("c.from_stage"),
                    stageLabelSql("c.from_stage") + " || ' → ' || " + stageLabelSql("c.to_stage")};
        // A risk that occurred is a setback linked to it, so counting setbacks counts it once.
        case TallyFigure::SetbacksBasic: return setbacksOf(FailureKind::Basic);
        case TallyFigure::SetbacksComplex: return setbacksOf(FailureKind::Complex);
        case TallyFigure::SetbacksIntelligent: return setbacksOf(FailureKind::Intelligent);
    }
    return setbacksOf(FailureKind::Basic);
}

// Risks (alias r) open at the end of a day are raised by then, and either still open or closed
// (or occurred) after it: two halves rather than one OR, so each statement reads its own covering
// index, the open risks by status and the ones closed since the day by closing date, which are
// few when the day is recent. openBetweenSql(first, last)[h]: the risks of half h that may be open
// at the end of some day from `firstDay` to `lastDay` (SQL parameters); openOnDaySql(h, day): of
// those, the ones open at the end of `day`, a test that reads only that half's index.
inline std::array<std::string, 2> openBetweenSql(const std::string& firstDay, const std::string& lastDay) {
    const std::string open = quotedKeySql(keyOf(RiskStatus::Open));
    return {"r.status = " + open + " AND r.raised_on <= " + lastDay,
            "r.closed_on > " + firstDay + " AND r.raised_on <= " + lastDay + " AND r.status <> " + open};
}
inline std::string openOnDaySql(std::size_t half, const std::string& day) {
    return half == 0 ? "r.raised_on <= " + day : "(r.raised_on <= " + day + " AND r.closed_on > " + day + ")";
}

// Risks (alias r) open at the end of :day, in openBetweenSql's two halves.
inline std::array<std::string, 2> openAtEndSql() { return openBetweenSql(":day", ":day"); }

// The quarter (0, 1, … as quarterRowsOf lists them) a date column falls in when the period
// spans `quarters` quarters: the last one whose first day (:quarter_1, :quarter_2, …, bound by
// the caller) the date is on or after. Plain date comparisons, which read the index's dates as
// they are, rather than working out the year and month of each.
inline std::string quarterIndexSql(const std::string& column, std::size_t quarters) {
    if (quarters < 2) return "0";
    std::string out = "(CASE";
    for (std::size_t k = quarters - 1; k >= 1; --k)
        out += " WHEN " + column + " >= " + quarterStartParameter(k) + " THEN " + std::to_string(k);
    return out + " ELSE 0 END)";
}

// The heat-map cell of a risk (alias r): its residual likelihood and impact where set, else the
// inherent ones, as Risk::score() takes them.
inline std::string heatMapLikelihoodSql() {
    return "(CASE WHEN r.residual_likelihood IS NOT NULL AND r.residual_impact IS NOT NULL "
           "THEN r.residual_likelihood ELSE r.inherent_likelihood END)";
}
inline std::string heatMapImpactSql() {
    return "(CASE WHEN r.residual_likelihood IS NOT NULL AND r.residual_impact IS NOT NULL "
           "THEN r.residual_impact ELSE r.inherent_impact END)";
}

// Listing a figure's records takes two statements over the same rows, `ids`: a SELECT of each
// record's `id` and its day as `on_day` from the figure's table (alias as `x` says), joined to
// the innovations only where the scope needs them, as the count reads them.
inline std::string tallyRecordIdsSql(const TallyFigureSql& x, const std::string& from, const std::string& where) {
    return "SELECT " + x.alias + ".id AS id, " + x.day() + " AS on_day FROM " + from + " WHERE " + where;
}

// How many rows `ids` holds: the figure's count, as the total of its list.
inline std::string countTallyRecordsSql(const std::string& ids) {
    return "SELECT COUNT(*) AS total FROM (" + ids + ") AS counted";
}

// The first :limit rows of `ids` by day then id, in words: the record's id, its innovation's id
// and title, the record in words and its day. Only those few are joined to their innovation and
// read whole, so a figure of 80,000 records lists its first 50 in about a millisecond.
inline std::string firstTallyRecordsSql(const TallyFigureSql& x, const std::string& ids) {
    const std::string& a = x.alias;
    return "SELECT " + a + ".id AS record_id, " + a + ".innovation_id AS innovation_id, i.title AS innovation, " +
           x.what + " AS what, " + x.day() + " AS on_day FROM " + x.table + " " + a + " JOIN innovations i ON i.id = " +
           a + ".innovation_id WHERE " + a + ".id IN (SELECT id FROM (" + ids +
           ") AS counted ORDER BY on_day, id LIMIT :limit) ORDER BY on_day, record_id";
}

}  // namespace innotrack::sql
