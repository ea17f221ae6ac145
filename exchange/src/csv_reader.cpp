// The streaming CSV reader: libcsv does the quoting; this file feeds it the file in chunks, keeps
// count of physical lines (a quoted new line makes a record span lines) and checks the encoding.
#include "exchange/csv_reader.hpp"

#include "tracker/text.hpp"

#include <csv.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <new>
#include <utility>

namespace innotrack::exchange {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Line breaks in `text`: CRLF, LF and CR each count once.
std::size_t lineBreaks(const unsigned char* text, std::size_t size) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < size; ++i) {
        if (text[i] == '\r') ++count;
        else if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) ++count;
    }
    return count;
}

std::size_t lineBreaks(std::string_view text) {
    // Most cells have none: two memchr calls are far cheaper than a character-set search.
    if (text.empty() || (std::memchr(text.data(), '\n', text.size()) == nullptr &&
                         std::memchr(text.data(), '\r', text.size()) == nullptr))
        return 0;
    return lineBreaks(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

std::string hexByte(unsigned char byte) {
    std::array<char, 8> text{};
    std::snprintf(text.data(), text.size(), "0x%02X", static_cast<unsigned>(byte));
    return text.data();
}

// ';' when the first line, outside quotes, has more semicolons than commas: what Excel writes
// where the comma is the decimal mark. Header names never hold either, so the count is safe.
char detectDelimiter(std::string_view start) {
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (char c : start) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\r' || c == '\n')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

}  // namespace

bool CsvRecord::blank() const {
    for (std::size_t i = 0; i < count_; ++i)
        if (cells_[i].find_first_not_of(" \t\r\n") != std::string::npos) return false;
    return true;
}

class CsvReader::Parser {
public:
    Parser(std::istream& in, CsvDelimiter delimiter) : in_(in), chunk_(kChunkBytes) {
        if (csv_init(&csv_, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) throw std::bad_alloc();
        csv_set_blk_size(&csv_, 4096);
        if (delimiter == CsvDelimiter::Comma) delimiter_ = ',';
        if (delimiter == CsvDelimiter::Semicolon) delimiter_ = ';';
        detect_ = delimiter == CsvDelimiter::Detect;
    }
    ~Parser() { csv_free(&csv_); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    bool next(CsvRecord& out) {
        while (taken_ == ready_) {
            // The rows before a problem are handed out first, so their own problems are found too.
            if (stopped_) throw CsvError(*stopped_);
            if (!fill()) return false;
        }
        std::swap(out, pending_[taken_++]);
        checkEncoding(out);
        return true;
    }

    char delimiter() const { return delimiter_; }

private:
    // Parses the next chunk of the file into pending_. False once the file is used up and every
    // record has been handed out.
    bool fill() {
        if (finished_ || stopped_) return false;
        // Every complete record has been taken: the one being built moves to the front.
        if (building_ && ready_ > 0) std::swap(pending_[0], pending_[ready_]);
        ready_ = 0;
        taken_ = 0;

        in_.read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
        const auto got = static_cast<std::size_t>(in_.gcount());
        if (in_.bad()) throw CsvError(line_, std::nullopt, "the file could not be read to the end");
        std::string_view bytes(chunk_.data(), got);
        if (!started_) bytes = start(bytes);
        if (bytes.empty() && got == 0) {
            finish();
            return ready_ > 0 || stopped_;
        }
        const std::size_t parsed = csv_parse(&csv_, bytes.data(), bytes.size(), onCell, onEnd, this);
        if (failure_) stopped_ = failure_;
        else if (parsed < bytes.size()) stopped_ = strayQuote();
        else if (csv_.entry_pos > kMaxCellBytes) stopped_ = tooLong(line_);
        return true;
    }

    // The first chunk: a byte-order mark is dropped, files that are not UTF-8 CSV are named.
    std::string_view start(std::string_view bytes) {
        started_ = true;
        if (bytes.substr(0, 3) == kUtf8Bom) bytes.remove_prefix(3);
        else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
            throw CsvError(1, std::nullopt,
                           "the file is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma "
                           "delimited)\" instead");
        else if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
            throw CsvError(1, std::nullopt,
                           "the file is an Excel workbook, not CSV; in Excel choose Save As, \"CSV UTF-8 (Comma "
                           "delimited)\"");
        // "sep=;" on a line of its own is Excel's way of naming the delimiter of the lines below.
        if (bytes.size() >= 5 && bytes.substr(0, 4) == "sep=" && (bytes[4] == ',' || bytes[4] == ';') &&
            (bytes.size() == 5 || bytes[5] == '\r' || bytes[5] == '\n')) {
            delimiter_ = bytes[4];
            detect_ = false;
            bytes.remove_prefix(bytes.substr(5, 2) == "\r\n" ? 7 : std::min<std::size_t>(bytes.size(), 6));
            line_ = 2;
        }
        if (detect_) delimiter_ = detectDelimiter(bytes);
        csv_set_delim(&csv_, static_cast<unsigned char>(delimiter_));
        return bytes;
    }

    void finish() {
        finished_ = true;
        const std::size_t startLine = building_ ? pending_[ready_].line_ : line_;
        if (csv_fini(&csv_, onCell, onEnd, this) != 0 && !failure_)
            failure_.emplace(startLine, std::nullopt,
                             "a quoted cell is never closed: the row starting here has a double quote with no "
                             "closing quote");
        stopped_ = failure_;
    }

    // libcsv stopped in strict mode: a quote inside a cell that was not quoted, or text after
    // a closing quote. The line is where that cell is, which may be below where its row starts.
    CsvError strayQuote() const {
        const std::size_t line = line_ + lineBreaks(csv_.entry_buf, csv_.entry_pos);
        return CsvError(line, std::nullopt,
                        "a double quote in the middle of a cell; put the whole cell in double quotes and "
                        "write a quote inside it twice (\"\")");
    }

    static CsvError tooLong(std::size_t line) {
        return CsvError(line, std::nullopt,
                        "a cell starting on this line is longer than " + std::to_string(kMaxCellBytes / 1000) +
                            ",000 bytes, far more than any register holds; is a closing double quote missing?");
    }

    void checkEncoding(const CsvRecord& record) const {
        for (std::size_t i = 0; i < record.count_; ++i) {
            const std::string_view cell = record.cells_[i];
            const std::size_t bad = firstInvalidUtf8(cell);
            if (bad == std::string_view::npos) continue;
            // The line of the bad byte: the row's first line, plus the line breaks before it.
            std::size_t line = record.line_ + lineBreaks(cell.substr(0, bad));
            for (std::size_t k = 0; k < i; ++k) line += lineBreaks(record.cells_[k]);
            throw CsvError(line, i,
                           "the text is not UTF-8 (it has the byte " + hexByte(static_cast<unsigned char>(cell[bad])) +
                               "); save the file as \"CSV UTF-8 (Comma delimited)\"");
        }
    }

    // libcsv's callbacks are C: nothing may be thrown through them, so a failure is kept for
    // fill() to throw once csv_parse has returned.
    static void onCell(void* data, std::size_t size, void* self) noexcept {
        static_cast<Parser*>(self)->cell(static_cast<const char*>(data), size);
    }
    static void onEnd(int terminator, void* self) noexcept { static_cast<Parser*>(self)->end(terminator); }

    void cell(const char* data, std::size_t size) noexcept {
        if (failure_) return;
        try {
            if (!building_) {
                if (pending_.size() <= ready_) pending_.emplace_back();
                CsvRecord& record = pending_[ready_];
                record.line_ = line_;
                record.count_ = 0;
                building_ = true;
            }
            CsvRecord& record = pending_[ready_];
            if (size > kMaxCellBytes) {
                failure_.emplace(tooLong(line_));
                return;
            }
            if (record.count_ < record.cells_.size())
                record.cells_[record.count_].assign(data != nullptr ? data : "", size);
            else record.cells_.emplace_back(data != nullptr ? data : "", size);
            ++record.count_;
            line_ += lineBreaks(std::string_view(data != nullptr ? data : "", size));
            afterCarriageReturn_ = false;
        } catch (...) {
            failure_.emplace(line_, std::nullopt, "the file is too large to read into memory");
        }
    }

    void end(int terminator) noexcept {
        // After a failure the record being built is incomplete: it must not be handed out.
        if (failure_) {
            building_ = false;
            return;
        }
        if (building_) {
            building_ = false;
            ++ready_;
        }
        // With CSV_REPALL_NL every line-ending character comes here; CRLF is one line break.
        if (terminator == '\r') {
            ++line_;
            afterCarriageReturn_ = true;
        } else if (terminator == '\n') {
            if (!afterCarriageReturn_) ++line_;
            afterCarriageReturn_ = false;
        }
    }

    std::istream& in_;
    csv_parser csv_{};
    std::vector<char> chunk_;
    char delimiter_ = ',';
    bool detect_ = true;
    bool started_ = false;
    bool finished_ = false;
    std::vector<CsvRecord> pending_;  // records parsed from the current chunk
    std::size_t ready_ = 0;           // complete records in pending_; pending_[ready_] is being built
    std::size_t taken_ = 0;           // records already handed out
    bool building_ = false;
    std::size_t line_ = 1;            // where the next cell or record starts
    bool afterCarriageReturn_ = false;
    std::optional<CsvError> failure_;  // found inside a libcsv callback
    std::optional<CsvError> stopped_;  // thrown once the rows before it are handed out
};

CsvReader::CsvReader(std::istream& in, CsvDelimiter delimiter) : parser_(std::make_unique<Parser>(in, delimiter)) {}
CsvReader::~CsvReader() = default;

bool CsvReader::next(CsvRecord& record) { return parser_->next(record); }

char CsvReader::delimiter() const { return parser_->delimiter(); }

}  // namespace innotrack::exchange
