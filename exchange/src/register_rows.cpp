// Each register's records turned into cells, column by column in the order registers.hpp lists
// them; a row that names a column out of that order is a programming error caught by the tests.
#include "exchange/register_rows.hpp"

#include "tracker/dates.hpp"
#include "tracker/scales.hpp"

#include <charconv>
#include <map>
#include <stdexcept>

namespace innotrack::exchange {

namespace {

// Builds one row, checking each cell lands under the header it was written for.
class RowBuilder {
public:
    explicit RowBuilder(std::span<const Column> columns) : columns_(columns) { cells_.reserve(columns.size()); }

    RowBuilder& put(std::string_view header, std::string value) {
        if (cells_.size() >= columns_.size() || columns_[cells_.size()].header != header)
            throw std::logic_error("register row: column '" + std::string(header) + "' is not next in registers.hpp");
        cells_.push_back(std::move(value));
        return *this;
    }

    std::vector<std::string> done() {
        if (cells_.size() != columns_.size())
            throw std::logic_error("register row: " + std::to_string(cells_.size()) + " cells for " +
                                   std::to_string(columns_.size()) + " columns");
        return std::move(cells_);
    }

private:
    std::span<const Column> columns_;
    std::vector<std::string> cells_;
};

// The names and titles a register writes instead of ids, each kind read once.
class Names {
public:
    explicit Names(const PortfolioStore& store) : store_(store) {}

    std::string person(OptionalId id) {
        if (!id) return {};
        if (people_.empty())
            for (const Person& person : store_.listPeople()) people_.emplace(person.id, person.name);
        return lookUp(people_, *id);
    }
    std::string ambition(OptionalId id) {
        if (!id) return {};
        if (ambitions_.empty())
            for (const Ambition& ambition : store_.listAmbitions()) ambitions_.emplace(ambition.id, ambition.title);
        return lookUp(ambitions_, *id);
    }
    std::string innovation(OptionalId id) {
        if (!id) return {};
        if (innovations_.empty())
            for (const Innovation& innovation : store_.listInnovations({}))
                innovations_.emplace(innovation.id, innovation.title);
        return lookUp(innovations_, *id);
    }
    std::string risk(OptionalId id) {
        if (!id) return {};
        if (risks_.empty())
            for (const Risk& risk : store_.listRisks(std::nullopt)) risks_.emplace(risk.id, risk.title);
        return lookUp(risks_, *id);
    }

private:
    // A link to a record that is not there cannot happen in a checked file; "#7" keeps the row
    // readable if it ever does.
    static std::string lookUp(const std::map<Id, std::string>& names, Id id) {
        const auto found = names.find(id);
        return found != names.end() ? found->second : "#" + std::to_string(id);
    }

    const PortfolioStore& store_;
    std::map<Id, std::string> people_;
    std::map<Id, std::string> ambitions_;
    std::map<Id, std::string> innovations_;
    std::map<Id, std::string> risks_;
};

std::string yesNo(bool value) { return value ? "yes" : "no"; }
std::string number(std::int64_t value) { return std::to_string(value); }
std::string optionalNumber(const std::optional<int>& value) { return value ? std::to_string(*value) : ""; }
template <typename E>
std::string key(E value) {
    return std::string(keyOf(value));
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) out += (out.empty() ? "" : "; ") + value;
    return out;
}

std::vector<std::vector<std::string>> innovations(const PortfolioStore& store, std::span<const Column> columns) {
    Names names(store);
    std::vector<std::vector<std::string>> rows;
    for (const Innovation& it : store.listInnovations({})) {
        RowBuilder row(columns);
        row.put("Title", it.title)
            .put("Summary", it.summary)
            .put("Ambition", names.ambition(it.ambitionId))
            .put("Stage", key(it.stage))
            .put("Priority", number(it.priority))
            .put("Confidence", key(it.confidence))
            .put("Cabinet lead", names.person(it.cabinetLeadId))
            .put("Lead officer", names.person(it.leadOfficerId))
            .put("Start date", formatDate(it.startDate))
            .put("Target date", formatDate(it.targetDate))
            .put("Budget", poundsCell(it.budgetPence))
            .put("Staff days", number(it.staffDays))
            .put("Inspired by", it.inspiredBy)
            .put("Expected benefits", it.expectedBenefits);
        rows.push_back(row.done());
    }
    return rows;
}

std::vector<std::vector<std::string>> milestones(const PortfolioStore& store, std::span<const Column> columns) {
    Names names(store);
    std::vector<std::vector<std::string>> rows;
    for (const Milestone& it : store.listMilestones(std::nullopt)) {
        RowBuilder row(columns);
        row.put("Innovation", names.innovation(it.innovationId))
            .put("Title", it.title)
            .put("Baseline due", formatDate(it.baselineDue))
            .put("Due", formatDate(it.due))
            .put("Completed on", formatDate(it.completedOn));
        rows.push_back(row.done());
    }
    return rows;
}

std::vector<std::vector<std::string>> risks(const PortfolioStore& store, std::span<const Column> columns) {
    Names names(store);
    std::vector<std::vector<std::string>> rows;
    for (const Risk& it : store.listRisks(std::nullopt)) {
        RowBuilder row(columns);
        row.put("Innovation", names.innovation(it.innovationId))
            .put("Title", it.title)
            .put("Cause", it.cause)
            .put("Event", it.event)
            .put("Effect", it.effect)
            .put("Likelihood", number(it.inherentLikelihood))
            .put("Impact", number(it.inherentImpact))
            .put("Residual likelihood", optionalNumber(it.residualLikelihood))
            .put("Residual impact", optionalNumber(it.residualImpact))
            .put("Owner", names.person(it.ownerId))
            .put("Response", key(it.response))
            .put("Mitigation", it.mitigation)
            .put("Proximity", key(it.proximity))
            .put("Status", key(it.status))
            .put("Raised on", formatDate(it.raisedOn))
            .put("Closed on", formatDate(it.closedOn));
        rows.push_back(row.done());
    }
    return rows;
}

std::vector<std::vector<std::string>> setbacks(const PortfolioStore& store, std::span<const Column> columns) {
    Names names(store);
    std::vector<std::vector<std::string>> rows;
    for (const Setback& it : store.listSetbacks(std::nullopt)) {
        RowBuilder row(columns);
        row.put("Innovation", names.innovation(it.innovationId))
            .put("Occurred on", formatDate(it.occurredOn))
            .put("What happened", it.whatHappened)
            .put("Kind", key(it.kind))
            .put("Risk", names.risk(it.riskId))
            .put("Response", it.response)
            .put("New territory", yesNo(it.test.newTerritory))
            .put("Credible opportunity", yesNo(it.test.credibleOpportunity))
            .put("Informed by knowledge", yesNo(it.test.informedByKnowledge))
            .put("Small as possible", yesNo(it.test.smallAsPossible))
            .put("Learned from", yesNo(it.test.learnedFrom))
            .put("Logged by", names.person(it.loggedById));
        rows.push_back(row.done());
    }
    return rows;
}

std::vector<std::vector<std::string>> lessons(const PortfolioStore& store, std::span<const Column> columns) {
    Names names(store);
    std::vector<std::vector<std::string>> rows;
    for (const Lesson& it : store.listLessons({})) {
        RowBuilder row(columns);
        row.put("Innovation", names.innovation(it.innovationId))
            .put("Source", key(it.source))
            .put("What happened", it.whatHappened)
            .put("Effect", it.effect)
            .put("Cause", it.cause)
            .put("Early warnings", it.earlyWarnings)
            .put("Recommendation", it.recommendation)
            .put("Identified as risk", yesNo(it.identifiedAsRisk))
            .put("Tags", joined(it.tags))
            .put("Recorded by", names.person(it.recordedById))
            .put("Recorded on", formatDate(it.recordedOn));
        rows.push_back(row.done());
    }
    return rows;
}

std::vector<std::vector<std::string>> benefits(const PortfolioStore& store, std::span<const Column> columns) {
    Names names(store);
    std::vector<std::vector<std::string>> rows;
    for (const Benefit& it : store.listBenefits(std::nullopt)) {
        RowBuilder row(columns);
        row.put("Innovation", names.innovation(it.innovationId))
            .put("Measure", it.measure)
            .put("Unit", it.unit)
            .put("Baseline", decimalCell(it.baseline))
            .put("Target", decimalCell(it.target))
            .put("Actual", it.actual ? decimalCell(*it.actual) : "")
            .put("Realised on", formatDate(it.realisedOn));
        rows.push_back(row.done());
    }
    return rows;
}

}  // namespace

std::string poundsCell(Pence pence) {
    const bool negative = pence < 0;
    const auto magnitude = static_cast<unsigned long long>(negative ? -pence : pence);
    const auto pennies = magnitude % 100;
    return std::string(negative ? "-" : "") + std::to_string(magnitude / 100) + "." + (pennies < 10 ? "0" : "") +
           std::to_string(pennies);
}

std::string decimalCell(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string scaleLabel(std::string_view key) {
    std::string found;
    const auto search = [&](auto scale) {
        for (const auto& entry : decltype(scale)::entries)
            if (found.empty() && entry.key == key) found = entry.label;
    };
    search(Scale<Stage>{});
    search(Scale<Confidence>{});
    search(Scale<FailureKind>{});
    search(Scale<RiskStatus>{});
    search(Scale<RiskResponse>{});
    search(Scale<Proximity>{});
    search(Scale<LessonSource>{});
    return found.empty() ? std::string(key) : found;
}

RegisterRows readRegister(const PortfolioStore& store, Register reg) {
    RegisterRows out;
    out.reg = reg;
    out.columns = columnsOf(reg);
    switch (reg) {
        case Register::Innovations: out.rows = innovations(store, out.columns); break;
        case Register::Milestones: out.rows = milestones(store, out.columns); break;
        case Register::Risks: out.rows = risks(store, out.columns); break;
        case Register::Setbacks: out.rows = setbacks(store, out.columns); break;
        case Register::Lessons: out.rows = lessons(store, out.columns); break;
        case Register::Benefits: out.rows = benefits(store, out.columns); break;
    }
    return out;
}

}  // namespace innotrack::exchange
