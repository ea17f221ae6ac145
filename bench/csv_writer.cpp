// The same rows as CSV files, for the physical reference: the sqlite3 shell's .import.
#include "portfolio_writers.hpp"

#include "tracker/errors.hpp"

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace innotrack::bench {

namespace {

// One CSV line, built field by field; quotes a field only when RFC 4180 needs it.
class Line {
public:
    Line& operator<<(const std::string& text) {
        separate();
        if (text.find_first_of(",\"\n\r") == std::string::npos) {
            out_ << text;
            return *this;
        }
        out_ << '"';
        for (char c : text) {
            if (c == '"') out_ << '"';
            out_ << c;
        }
        out_ << '"';
        return *this;
    }
    Line& operator<<(const char* text) { return *this << std::string(text); }
    Line& operator<<(std::string_view text) { return *this << std::string(text); }
    Line& operator<<(std::int64_t number) { return *this << std::to_string(number); }
    Line& operator<<(int number) { return *this << std::to_string(number); }
    Line& operator<<(bool yes) { return *this << (yes ? 1 : 0); }
    Line& operator<<(double number) {
        std::ostringstream text;
        text.precision(17);
        text << number;
        return *this << text.str();
    }
    Line& operator<<(Date date) { return *this << formatDate(date); }
    Line& operator<<(const std::optional<Date>& date) { return *this << formatDate(date); }
    template <typename T>
    Line& operator<<(const std::optional<T>& value) {
        if (value) return *this << *value;
        return *this << std::string();
    }
    template <typename E>
        requires std::is_enum_v<E>
    Line& operator<<(E value) {
        return *this << keyOf(value);
    }
    std::string finish() {
        std::string text = out_.str() + "\n";
        out_.str({});
        first_ = true;
        return text;
    }

private:
    void separate() {
        if (!first_) out_ << ',';
        first_ = false;
    }
    std::ostringstream out_;
    bool first_ = true;
};

class Table {
public:
    Table(const std::string& directory, const std::string& name) : path_(directory + "/" + name + ".csv"), file_(path_) {
        if (!file_) throw StorageError("benchmark CSV: cannot write " + path_ + "; check the --csv directory exists");
    }
    void write(Line& line) { file_ << line.finish(); }
    ~Table() = default;

private:
    std::string path_;
    std::ofstream file_;
};

void writeInnovations(const SyntheticPortfolio& p, const std::string& dir, Line& line) {
    Table table(dir, "innovations");
    for (const auto& r : p.innovations) {
        line << r.id << r.title << r.summary << r.ambitionId << r.stage << r.priority << r.confidence
             << r.cabinetLeadId << r.leadOfficerId << r.startDate << r.targetDate << r.budgetPence << r.staffDays
             << r.inspiredBy << r.expectedBenefits << r.stopReason << r.isPublic << r.publicDescription
             << r.goals.keys() << r.ways.keys();
        table.write(line);
    }
}

void writeDelivery(const SyntheticPortfolio& p, const std::string& dir, Line& line) {
    Table stages(dir, "stage_changes");
    for (const auto& r : p.stageChanges) {
        line << r.id << r.innovationId << r.from << r.to << r.changedOn << r.reason << r.actorId;
        stages.write(line);
    }
    Table milestones(dir, "milestones");
    for (const auto& r : p.milestones) {
        line << r.id << r.innovationId << r.title << r.baselineDue << r.due << r.completedOn;
        milestones.write(line);
    }
    Table moves(dir, "milestone_moves");
    for (const auto& r : p.milestoneMoves) {
        line << r.id << r.milestoneId << r.from << r.to << r.reason << r.movedOn << r.actorId;
        moves.write(line);
    }
    Table benefits(dir, "benefits");
    for (const auto& r : p.benefits) {
        line << r.id << r.innovationId << r.measure << r.unit << r.baseline << r.target << r.actual << r.realisedOn;
        benefits.write(line);
    }
}

void writeRisksAndSetbacks(const SyntheticPortfolio& p, const std::string& dir, Line& line) {
    Table risks(dir, "risks");
    for (const auto& r : p.risks) {
        line << r.id << r.innovationId << r.title << r.cause << r.event << r.effect << r.inherentLikelihood
             << r.inherentImpact << r.residualLikelihood << r.residualImpact << r.ownerId << r.response << r.mitigation
             << r.proximity << r.status << r.raisedOn << r.closedOn << r.setbackId;
        risks.write(line);
    }
    Table setbacks(dir, "setbacks");
    for (const auto& r : p.setbacks) {
        line << r.id << r.innovationId << r.occurredOn << r.whatHappened << r.kind << r.riskId << r.response
             << r.test.newTerritory << r.test.credibleOpportunity << r.test.informedByKnowledge
             << r.test.smallAsPossible << r.test.learnedFrom << r.loggedById;
        setbacks.write(line);
    }
}

void writeLessons(const SyntheticPortfolio& p, const std::string& dir, Line& line) {
    Table lessons(dir, "lessons");
    Table tags(dir, "lesson_tags");
    for (const auto& r : p.lessons) {
        line << r.id << r.innovationId << r.setbackId << r.source << r.whatHappened << r.effect << r.cause
             << r.earlyWarnings << r.recommendation << r.identifiedAsRisk << r.recordedById << r.recordedOn;
        lessons.write(line);
        for (std::size_t i = 0; i < r.tags.size(); ++i) {
            line << r.id << r.tags[i] << static_cast<int>(i);
            tags.write(line);
        }
    }
}

}  // namespace

void writeCsv(const SyntheticPortfolio& p, const std::string& dir) {
    Line line;
    {
        Table people(dir, "people");
        for (const auto& r : p.people) {
            line << r.id << r.name << r.role << r.portfolio << r.email << std::string();  // no login
            people.write(line);
        }
        Table ambitions(dir, "ambitions");
        for (const auto& r : p.ambitions) {
            line << r.id << r.title << r.description << r.horizonYear << r.communityConcern << r.goals.keys() << r.ways.keys();
            ambitions.write(line);
        }
    }
    writeInnovations(p, dir, line);
    writeDelivery(p, dir, line);
    writeRisksAndSetbacks(p, dir, line);
    writeLessons(p, dir, line);
    Table reviews(dir, "reviews");
    for (const auto& r : p.reviews) {
        line << r.id << r.heldOn << r.chairId << r.closedOn;
        reviews.write(line);
    }
}

}  // namespace innotrack::bench
