// The workbook's two report sheets: the tally for the financial year to date and this week's board.
#pragma once

#include "exchange/workbook.hpp"
#include "workbook_sheet.hpp"

namespace innotrack::exchange::detail {

inline constexpr const char* kTallySheet = "Tally";
inline constexpr const char* kBoardSheet = "Board";

// A row per figure, a column for the year to date and one per quarter, then the tally's words.
WorkbookSheet writeTallySheet(Book& book, const PortfolioStore& store, const TallyQueries& queries, Date today);
// A row per active innovation, then the board's sections in words.
WorkbookSheet writeBoardSheet(Book& book, const PortfolioStore& store, const BoardQueries& queries, Date today);

}  // namespace innotrack::exchange::detail
