// Register JSON: each cell's text typed by its column's kind.
#include "exchange/register_json.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace innotrack::exchange {

namespace {

using nlohmann::ordered_json;

std::vector<std::string> tags(const std::string& cell) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t end = cell.find("; ", start);
        if (end == std::string::npos) end = cell.size();
        if (end > start) out.push_back(cell.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

ordered_json typed(CellKind kind, const std::string& cell) {
    switch (kind) {
        case CellKind::Text: return cell;
        case CellKind::List:
        case CellKind::ScaleList: return tags(cell);
        case CellKind::YesNo: return cell == "yes";
        default: break;
    }
    if (cell.empty()) return nullptr;
    switch (kind) {
        case CellKind::Number: return std::strtoll(cell.c_str(), nullptr, 10);
        case CellKind::Decimal: return std::strtod(cell.c_str(), nullptr);
        default: return cell;  // names, scales, dates, money
    }
}

}  // namespace

std::string renderRegisterJson(const RegisterRows& rows) {
    ordered_json out = ordered_json::array();
    for (const auto& row : rows.rows) {
        ordered_json record = ordered_json::object();
        for (std::size_t i = 0; i < row.size(); ++i)
            record[std::string(rows.columns[i].header)] = typed(rows.columns[i].kind, row[i]);
        out.push_back(std::move(record));
    }
    return out.dump(2) + "\n";
}

}  // namespace innotrack::exchange
