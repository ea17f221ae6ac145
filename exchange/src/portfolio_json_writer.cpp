// Writing the whole portfolio as JSON: read it in one consistent picture, then write every
// record, one per line, in a fixed order so the same portfolio always gives the same bytes.
#include "exchange/portfolio_document.hpp"

#include "portfolio_json_fields.hpp"

#include "tracker/errors.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace innotrack::exchange {

namespace fields = json_fields;
using Json = nlohmann::ordered_json;

namespace {

// Enough for a busy morning: each attempt is one pass over the file, and a change that lands
// during a pass only costs another pass.
constexpr int kReadAttempts = 5;

template <typename T>
void sortById(std::vector<T>& records) {
    std::ranges::sort(records, {}, &T::id);
}

Id newestAuditId(const PortfolioStore& store) {
    AuditFilter newest;
    newest.limit = 1;
    const auto entries = store.listAudit(newest);
    return entries.empty() ? 0 : entries.back().id;
}

PortfolioDocument readEverything(const PortfolioStore& store) {
    PortfolioDocument d;
    d.riskBands = store.riskBands();
    d.portfolioKey = store.portfolioKey();
    d.people = store.listPeople();
    d.ambitions = store.listAmbitions();
    d.innovations = store.listInnovations({});
    for (const auto& innovation : d.innovations) {
        auto changes = store.listStageChanges(innovation.id);
        d.stageChanges.insert(d.stageChanges.end(), changes.begin(), changes.end());
    }
    d.milestones = store.listMilestones(std::nullopt);
    for (const auto& milestone : d.milestones) {
        auto moves = store.listMilestoneMoves(milestone.id);
        d.milestoneMoves.insert(d.milestoneMoves.end(), moves.begin(), moves.end());
    }
    d.risks = store.listRisks(std::nullopt);
    d.setbacks = store.listSetbacks(std::nullopt);
    d.lessons = store.listLessons({});
    d.benefits = store.listBenefits(std::nullopt);
    d.engagements = store.listEngagements(std::nullopt);
    d.reviews = store.listReviews();
    for (const auto& review : d.reviews) {
        auto entries = store.listReviewEntries(review.id);
        d.reviewEntries.insert(d.reviewEntries.end(), entries.begin(), entries.end());
    }
    d.checklistAnswers = store.listChecklistAnswers();
    d.ideaGate = store.ideaGate();
    d.ideas = store.listIdeas();
    d.ideaScores = store.listIdeaScores(std::nullopt);
    d.keyDecisionThreshold = store.keyDecisionThreshold();
    d.nation = store.nation();
    d.decisions = store.listDecisions(std::nullopt);
    d.audit = store.listAudit({});

    // The store orders each list for people to read; the document orders by id, for diffs.
    sortById(d.people);
    sortById(d.ambitions);
    sortById(d.innovations);
    sortById(d.stageChanges);
    sortById(d.milestones);
    sortById(d.milestoneMoves);
    sortById(d.risks);
    sortById(d.setbacks);
    sortById(d.lessons);
    sortById(d.benefits);
    sortById(d.engagements);
    sortById(d.reviews);
    std::ranges::sort(d.reviewEntries, {}, [](const ReviewEntry& e) { return std::tuple(e.reviewId, e.innovationId); });
    sortById(d.checklistAnswers);
    sortById(d.ideas);
    std::ranges::sort(d.ideaScores, {}, [](const IdeaScore& s) { return std::tuple(s.ideaId, s.assessorId); });
    sortById(d.decisions);
    sortById(d.audit);
    return d;
}

// Puts each field into a JSON object, in the order the field lists give them.
class FieldWriter {
public:
    explicit FieldWriter(Json& object) : object_(object) {}

    void id(const char* key, Id value, fields::Table) { object_[key] = value; }
    void link(const char* key, Id value, fields::Table) { object_[key] = value; }
    void link(const char* key, const OptionalId& value, fields::Table) { put(key, value); }
    void text(const char* key, const std::string& value, fields::TextRule) { object_[key] = value; }
    void text(const char* key, const std::string& value, fields::TextRule, int /*since*/) { object_[key] = value; }
    void integer(const char* key, int value, int = 0, int = 0) { object_[key] = value; }
    void integer(const char* key, const std::optional<int>& value) { put(key, value); }
    void pence(const char* key, Pence value) { object_[key] = value; }
    void count(const char* key, Id value) { object_[key] = value; }
    void number(const char* key, double value) { object_[key] = value; }
    void number(const char* key, const std::optional<double>& value) { put(key, value); }
    void date(const char* key, Date value) { object_[key] = formatDate(value); }
    void date(const char* key, const std::optional<Date>& value) {
        if (value) date(key, *value);
        else object_[key] = nullptr;
    }
    void timestamp(const char* key, Timestamp value) { object_[key] = formatTimestamp(value); }
    void flag(const char* key, bool value, int /*since*/ = 1) { object_[key] = value; }
    template <typename E>
    void scale(const char* key, E value) {
        object_[key] = std::string(keyOf(value));
    }
    void tags(const char* key, const std::vector<std::string>& value) { object_[key] = value; }
    template <typename E>
    void keys(const char* key, const ScaleSet<E>& value, int /*since*/) {
        Json keys = Json::array();
        for (E each : value.values()) keys.push_back(std::string(keyOf(each)));
        object_[key] = std::move(keys);
    }

private:
    template <typename T>
    void put(const char* key, const std::optional<T>& value) {
        if (value) object_[key] = *value;
        else object_[key] = nullptr;
    }

    Json& object_;
};

template <typename Record>
Json recordJson(const Record& record) {
    Json object = Json::object();
    FieldWriter writer(object);
    fields::fieldsByKey(writer, record);
    return object;
}

// Text the portfolio holds is checked UTF-8 on the way in; a file edited by other means may not
// be, and the JSON cannot carry it.
std::string dumped(const Json& value, const char* where) {
    try {
        return value.dump();
    } catch (const nlohmann::json::type_error& error) {
        throw ValidationError(where, "", std::string("cannot export ") + where +
                                             ": it holds text that is not valid UTF-8; correct the record and "
                                             "export again (" + error.what() + ")");
    }
}

template <typename Record>
void writeArray(std::ostream& out, const char* name, const std::vector<Record>& records) {
    out << ",\n  " << Json(name).dump() << ": [";
    for (std::size_t i = 0; i < records.size(); ++i)
        out << (i == 0 ? "\n    " : ",\n    ") << dumped(recordJson(records[i]), name);
    out << (records.empty() ? "]" : "\n  ]");
}

}  // namespace

std::size_t PortfolioDocument::records() const {
    std::size_t total = 0;
    fields::eachArray(*this, [&](const char* name, const auto& records) {
        if (std::string_view(name) != fields::kAudit) total += records.size();
    });
    return total;
}

PortfolioDocument readPortfolio(const PortfolioStore& store) {
    for (int attempt = 0; attempt < kReadAttempts; ++attempt) {
        const Id before = newestAuditId(store);
        PortfolioDocument document = readEverything(store);
        if (newestAuditId(store) == before) return document;
    }
    throw ConflictError("The portfolio kept changing while it was being read (" + std::to_string(kReadAttempts) +
                        " tries); export it again when it is quieter");
}

void writePortfolioDocument(const PortfolioDocument& document, std::ostream& out) {
    Json settings = Json::object();
    settings[fields::kRiskBands] = recordJson(document.riskBands);
    if (!document.portfolioKey.empty()) settings[fields::kPortfolioKey] = document.portfolioKey;
    settings[fields::kIdeaGate] = document.ideaGate;
    settings[fields::kKeyDecisionThreshold] = document.keyDecisionThreshold;
    settings[fields::kNation] = std::string(keyOf(document.nation));
    out << "{\n  \"" << fields::kFormat << "\": " << Json(fields::kFormatName).dump() << ",\n  \""
        << fields::kVersion << "\": " << kPortfolioJsonVersion << ",\n  \"" << fields::kSettings
        << "\": " << settings.dump();
    fields::eachArray(document, [&](const char* name, const auto& records) { writeArray(out, name, records); });
    out << "\n}\n";
    if (!out) throw StorageError("Could not write the portfolio document: the output failed (is the disk full?)");
}

void writePortfolioJson(const PortfolioStore& store, std::ostream& out) {
    writePortfolioDocument(readPortfolio(store), out);
}

}  // namespace innotrack::exchange
