// Book and Sheet: libxlsxwriter's calls, its errors turned into innotrack's, and column widths.
#include "workbook_sheet.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <algorithm>

namespace innotrack::exchange::detail {

namespace {

// Excel's column width is in characters of the default font.
constexpr std::size_t kMinWidth = 8;
constexpr std::size_t kMaxWidth = 40;  // wider text wraps, so a sheet stays readable on a screen

constexpr lxw_color_t kHeaderFill = 0xD9E1F2;  // Excel's own pale blue-grey for table headers

std::size_t longestWord(std::string_view text) {
    std::size_t longest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        longest = std::max(longest, utf8Length(text.substr(start, end - start)));
        start = end + 1;
    }
    return longest;
}

std::size_t characters(std::string_view text) {
    const std::size_t length = utf8Length(text);
    return length == std::string_view::npos ? text.size() : length;
}

// A cell's words by length in characters, with kLineBreak where the text breaks its line.
constexpr std::size_t kLineBreak = static_cast<std::size_t>(-1);
std::vector<std::size_t> wordLengths(std::string_view text) {
    std::vector<std::size_t> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ' ' && text[i] != '\n') continue;
        if (i > start) words.push_back(characters(text.substr(start, i - start)));
        if (i < text.size() && text[i] == '\n') words.push_back(kLineBreak);
        start = i + 1;
    }
    return words;
}

// The widest line of a cell, in characters.
std::size_t widestLine(std::string_view text) {
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        widest = std::max(widest, characters(text.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

// How many lines the words take when wrapped at spaces in a column `width` characters wide, as
// a spreadsheet wraps them. A width counts the widest digits; a line of text holds more of its
// narrower letters, about a fifth more (measured in LibreOffice).
std::size_t wrappedLines(const std::vector<std::size_t>& words, std::size_t width) {
    const std::size_t room = std::max<std::size_t>(1, width + width / 5);
    std::size_t lines = 1;
    std::size_t used = 0;
    for (std::size_t word : words) {
        if (word == kLineBreak) {
            ++lines;
            used = 0;
            continue;
        }
        if (used > 0 && used + 1 + word > room) {
            ++lines;
            used = 0;
        }
        // A word longer than the line breaks where it must.
        lines += word > room ? (word - 1) / room : 0;
        used = (used > 0 ? used + 1 : 0) + (word > room ? (word - 1) % room + 1 : word);
    }
    return lines;
}

constexpr double kLineHeight = 15.0;  // points: Excel's default row height for its default font

}  // namespace

void check(lxw_error error, const std::filesystem::path& file, std::string_view doing) {
    if (error == LXW_NO_ERROR) return;
    const std::string where =
        "Could not write the workbook " + file.filename().string() + " (" + std::string(doing) + "): ";
    switch (error) {
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
            throw ValidationError("--out", file.string(),
                                  where + "a sheet would pass Excel's limit of 1,048,576 rows; export that register "
                                          "as CSV instead");
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
            throw ValidationError("--out", file.string(), where + "a cell is longer than Excel's 32,767 characters");
        default: break;
    }
    throw StorageError(where + lxw_strerror(error), static_cast<int>(error));
}

Book::Book(const std::filesystem::path& file, const std::filesystem::path& writeTo) : file_(file) {
    workbook_ = workbook_new(writeTo.c_str());
    if (workbook_ == nullptr)
        throw StorageError("Could not start the workbook " + file.filename().string() + ": out of memory");
    header = format();
    format_set_bold(header);
    format_set_bg_color(header, kHeaderFill);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    section = format();
    format_set_bold(section);
    format_set_font_size(section, 12);
    text = format();
    format_set_text_wrap(text);
    strong = format();
    format_set_bold(strong);
    format_set_text_wrap(strong);
    note = format();
    centred = format();
    format_set_align(centred, LXW_ALIGN_CENTER);
    integer = format();
    format_set_num_format(integer, "0");
    format_set_align(integer, LXW_ALIGN_CENTER);
    decimal = format();
    format_set_num_format(decimal, "#,##0.##########");
    oneDecimal = format();
    format_set_num_format(oneDecimal, "0.0");
    format_set_align(oneDecimal, LXW_ALIGN_CENTER);
    money = format();
    format_set_num_format(money, "\xC2\xA3#,##0.00");
    date = format();
    format_set_num_format(date, "dd/mm/yyyy");
}

Book::~Book() {
    // Not closed: a failure part-way. Free without writing anything.
    if (workbook_ != nullptr) lxw_workbook_free(workbook_);
}

lxw_format* Book::format() {
    lxw_format* made = workbook_add_format(workbook_);
    if (made == nullptr) throw StorageError("Could not make the workbook's formats: out of memory");
    format_set_align(made, LXW_ALIGN_VERTICAL_TOP);
    return made;
}

lxw_worksheet* Book::addSheet(std::string_view name) {
    const std::string title(name);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, title.c_str());
    if (sheet == nullptr) throw StorageError("Could not add the sheet '" + title + "' to the workbook");
    return sheet;
}

void Book::close() {
    lxw_workbook* closing = workbook_;
    workbook_ = nullptr;  // workbook_close frees it, whatever it returns
    check(workbook_close(closing), file_, "saving it");
}

Sheet::Sheet(Book& book, std::string_view name) : book_(book), name_(name), sheet_(book.addSheet(name)) {
    // Printed, each sheet fits the page's width and repeats its header row on every page.
    worksheet_set_landscape(sheet_);
    worksheet_set_paper(sheet_, 9);  // A4
    worksheet_fit_to_pages(sheet_, 1, 0);
    check(worksheet_repeat_rows(sheet_, 0, 0), book_.file(), "the " + name_ + " sheet's print titles");
    check(worksheet_set_footer(sheet_, ("&L" + name_ + "&RPage &P of &N").c_str()), book_.file(),
          "the " + name_ + " sheet's footer");
}

void Sheet::widen(lxw_col_t col, std::size_t characters) {
    if (widths_.size() <= col) widths_.resize(col + 1U, 0);
    widths_[col] = std::max(widths_[col], characters);
}

void Sheet::remember(lxw_row_t row, lxw_col_t col, std::string_view text) {
    wrapped_.push_back({row, col, wordLengths(text)});
}

void Sheet::setRowHeights(const std::vector<std::size_t>& widths) {
    // Cells were written row by row, so each row's cells are together.
    std::size_t i = 0;
    while (i < wrapped_.size()) {
        const lxw_row_t row = wrapped_[i].row;
        std::size_t lines = 1;
        for (; i < wrapped_.size() && wrapped_[i].row == row; ++i) {
            lines = std::max(lines, wrappedLines(wrapped_[i].words, widths[wrapped_[i].col]));
        }
        if (lines > 1)
            check(worksheet_set_row(sheet_, row, kLineHeight * static_cast<double>(lines), nullptr), book_.file(),
                  "the " + name_ + " sheet's rows");
    }
}

void Sheet::headerRow(lxw_row_t row, const std::vector<std::string>& titles) {
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const auto col = static_cast<lxw_col_t>(i);
        check(worksheet_write_string(sheet_, row, col, titles[i].c_str(), book_.header), book_.file(),
              "the " + name_ + " sheet's header");
        widen(col, longestWord(titles[i]));  // a header wraps at its spaces
        remember(row, col, titles[i]);
    }
}

void Sheet::section(lxw_row_t row, std::string_view title) {
    check(worksheet_write_string(sheet_, row, 0, std::string(title).c_str(), book_.section), book_.file(),
          "the " + name_ + " sheet");
}

void Sheet::note(lxw_row_t row, std::string_view sentence) {
    if (sentence.empty()) return;
    check(worksheet_write_string(sheet_, row, 0, std::string(sentence).c_str(), book_.note), book_.file(),
          "the " + name_ + " sheet");
}

void Sheet::text(lxw_row_t row, lxw_col_t col, std::string_view value, lxw_format* format) {
    if (value.empty()) return;
    check(worksheet_write_string(sheet_, row, col, std::string(value).c_str(), format != nullptr ? format : book_.text),
          book_.file(), "the " + name_ + " sheet");
    widen(col, widestLine(value));
    if (format == nullptr || format == book_.text || format == book_.strong) remember(row, col, value);
}

void Sheet::integer(lxw_row_t row, lxw_col_t col, double value) {
    check(worksheet_write_number(sheet_, row, col, value, book_.integer), book_.file(), "the " + name_ + " sheet");
    widen(col, std::to_string(static_cast<long long>(value)).size());
}

void Sheet::decimal(lxw_row_t row, lxw_col_t col, double value, lxw_format* format) {
    check(worksheet_write_number(sheet_, row, col, value, format != nullptr ? format : book_.decimal), book_.file(),
          "the " + name_ + " sheet");
    widen(col, std::to_string(value).size());
}

void Sheet::money(lxw_row_t row, lxw_col_t col, double pounds) {
    check(worksheet_write_number(sheet_, row, col, pounds, book_.money), book_.file(), "the " + name_ + " sheet");
    // "£" and the thousands separators: about a third more than the digits.
    const std::size_t digits = std::to_string(static_cast<long long>(pounds)).size();
    widen(col, digits + (digits - 1) / 3 + 4);
}

void Sheet::date(lxw_row_t row, lxw_col_t col, Date value) {
    lxw_datetime when{static_cast<int>(value.year()), static_cast<int>(value.month().as_number()),
                      static_cast<int>(value.day()), 0, 0, 0.0};
    check(worksheet_write_datetime(sheet_, row, col, &when, book_.date), book_.file(), "the " + name_ + " sheet");
    widen(col, 10);
}

void Sheet::finish(lxw_row_t lastTableRow, lxw_col_t lastCol, bool filter) {
    worksheet_freeze_panes(sheet_, 1, 0);
    if (filter)
        check(worksheet_autofilter(sheet_, 0, 0, lastTableRow, lastCol), book_.file(),
              "the " + name_ + " sheet's filter");
    std::vector<std::size_t> widths(widths_.size());
    for (std::size_t col = 0; col < widths_.size(); ++col) {
        // Two characters of room for the filter's drop-down button.
        widths[col] = std::clamp(widths_[col] + 2, kMinWidth, kMaxWidth);
        const auto index = static_cast<lxw_col_t>(col);
        check(worksheet_set_column(sheet_, index, index, static_cast<double>(widths[col]), nullptr), book_.file(),
              "the " + name_ + " sheet's columns");
    }
    setRowHeights(widths);
}

}  // namespace innotrack::exchange::detail
