// The streamed list: checks each row and hands it to its format's writer.
#include "reports/table_stream.hpp"

#include <stdexcept>
#include <string>

namespace innotrack::reports {

TableStream::TableStream(std::ostream& out, std::vector<Column> columns, Format format, std::size_t width,
                         std::size_t window)
    : columns_(std::move(columns)) {
    switch (format) {
        case Format::Csv: writer_ = csvWriter(out, columns_); break;
        case Format::Json: writer_ = jsonWriter(out, columns_); break;
        case Format::Text: writer_ = textWriter(out, columns_, width, window); break;
    }
}

TableStream::~TableStream() = default;

void TableStream::add(std::vector<Cell> cells) {
    if (finished_) throw std::logic_error("TableStream::add after finish");
    if (cells.size() != columns_.size())
        throw std::invalid_argument("TableStream::add: " + std::to_string(cells.size()) + " cells for " +
                                    std::to_string(columns_.size()) + " columns");
    writer_->add(std::move(cells));
    ++rows_;
}

void TableStream::finish() {
    if (finished_) throw std::logic_error("TableStream::finish twice");
    finished_ = true;
    writer_->finish();
}

}  // namespace innotrack::reports
