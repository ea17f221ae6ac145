// The same portfolio as a Taskwarrior import file: what a council using Taskwarrior instead would keep.
#include "portfolio_writers.hpp"

#include "tracker/dates.hpp"
#include "tracker/errors.hpp"
#include "tracker/scales.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <string>

namespace innotrack::bench {

namespace {

// Taskwarrior's date form, at midnight UTC.
std::string taskDate(Date day) {
    std::string digits = formatDate(day);  // YYYY-MM-DD
    digits.erase(7, 1);
    digits.erase(4, 1);
    return digits + "T000000Z";
}

// Taskwarrior's priorities are H, M and L; innotrack's run from 1 (highest) to 5.
const char* taskPriority(int priority) {
    if (priority <= 2) return "H";
    return priority == 3 ? "M" : "L";
}

// Ids padded to a fixed width: `task project:X` matches every project whose name starts with X,
// so "I5" would also match I50 to I59.
std::string padded(char letter, Id id, std::size_t digits) {
    std::string number = std::to_string(id);
    return letter + std::string(digits - std::min(digits, number.size()), '0') + number;
}

std::string innovationProject(Id innovationId) { return padded('I', innovationId, 7); }

// An innovation's project: its ambition ("A003"), else the innovation itself; a milestone's project
// is always its innovation ("I0000123"), so `task project:I0000123 list` lists its milestones.
std::string ambitionProject(const Innovation& innovation) {
    return innovation.ambitionId ? padded('A', *innovation.ambitionId, 3) : innovationProject(innovation.id);
}

bool finished(Stage stage) { return stage == Stage::Mainstreamed || stage == Stage::Stopped; }

}  // namespace

void writeTaskwarrior(const SyntheticPortfolio& portfolio, const std::string& path, Date today) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) throw StorageError("benchmark Taskwarrior file: cannot write " + path);
    const std::string entry = taskDate(today - boost::gregorian::days(400));
    const std::string now = taskDate(today);
    // One JSON object per line inside one array: `task import` reads both, and the writer never
    // holds the whole file in memory.
    file << "[\n";
    bool first = true;
    const auto write = [&](const nlohmann::json& task) {
        file << (first ? "" : ",\n") << task.dump();
        first = false;
    };
    for (const Innovation& innovation : portfolio.innovations) {
        nlohmann::json task{{"description", innovation.title},
                            {"project", ambitionProject(innovation)},
                            {"priority", taskPriority(innovation.priority)},
                            {"tags", {"innovation", std::string(keyOf(innovation.stage))}},
                            {"entry", innovation.startDate ? taskDate(*innovation.startDate) : entry},
                            {"status", finished(innovation.stage) ? "completed" : "pending"}};
        if (innovation.targetDate) task["due"] = taskDate(*innovation.targetDate);
        if (finished(innovation.stage)) task["end"] = now;
        write(task);
    }
    for (const Milestone& milestone : portfolio.milestones) {
        // The generator numbers innovations from 1 in order, so the milestone's innovation is at id - 1.
        const Innovation& innovation = portfolio.innovations.at(static_cast<std::size_t>(milestone.innovationId - 1));
        nlohmann::json task{{"description", milestone.title},
                            {"project", innovationProject(milestone.innovationId)},
                            {"tags", {"milestone"}},
                            {"entry", innovation.startDate ? taskDate(*innovation.startDate) : entry},
                            {"due", taskDate(milestone.due)},
                            {"status", milestone.completedOn ? "completed" : "pending"}};
        if (milestone.completedOn) task["end"] = taskDate(*milestone.completedOn);
        write(task);
    }
    file << "\n]\n";
    if (!file.flush()) throw StorageError("benchmark Taskwarrior file: could not finish writing " + path);
}

}  // namespace innotrack::bench
