// The checks a restore makes once every record is read: links point at records in the file, each
// record passes the service's own checks (tracker/record_checks.hpp), and the rules that span
// records hold, so a restored portfolio passes `check`. Rules about time ("not in the future")
// and roles (which change after the fact) are left out: a real portfolio can hold records that
// met them once and no longer would.
#include "portfolio_json_reader.hpp"

#include "tracker/errors.hpp"
#include "tracker/record_checks.hpp"
#include "tracker/text.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <utility>

namespace innotrack::exchange::json_reading {

namespace fields = json_fields;

namespace {

std::string asciiLower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

template <typename Record>
std::unordered_map<Id, std::size_t> indexById(const std::vector<Record>& records) {
    std::unordered_map<Id, std::size_t> index;
    for (std::size_t i = 0; i < records.size(); ++i) index.emplace(records[i].id, i);
    return index;
}

void checkLinks(const ReadContext& context) {
    for (const auto& link : context.links) {
        const auto& ids = context.ids[static_cast<std::size_t>(link.table)];
        if (!ids.contains(link.id))
            refuse(link.from.field(link.key), std::to_string(link.id),
                   std::string("no ") + fields::recordOf(link.table) + " " + std::to_string(link.id) + " in the file");
    }
}

// The first problem of the first record that has one, named by the record's place and the field.
template <typename Record>
void checkEach(const char* array, const std::vector<Record>& records) {
    for (std::size_t i = 0; i < records.size(); ++i) {
        const FieldProblems problems = problemsOf(records[i]);
        if (problems.empty()) continue;
        const FieldProblem& first = problems.front();
        refuse(Place{array, i}.field(first.key.c_str()), first.value, first.why);
    }
}

void checkRecords(const PortfolioDocument& document) {
    checkEach(fields::arrayOf(fields::Table::People), document.people);
    checkEach(fields::arrayOf(fields::Table::Ambitions), document.ambitions);
    checkEach(fields::arrayOf(fields::Table::Innovations), document.innovations);
    checkEach(fields::arrayOf(fields::Table::Risks), document.risks);
    checkEach(fields::arrayOf(fields::Table::Ideas), document.ideas);
    checkEach(fields::arrayOf(fields::Table::Setbacks), document.setbacks);
    checkEach(fields::kLessons, document.lessons);
    checkEach(fields::kBenefits, document.benefits);
    checkEach(fields::kEngagements, document.engagements);
    checkEach(fields::kDecisions, document.decisions);
    checkEach(fields::arrayOf(fields::Table::Reviews), document.reviews);
}

void checkPeople(const std::vector<Person>& people) {
    std::unordered_map<std::string, std::size_t> names;  // as SQLite's NOCASE compares them
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Person& person = people[i];
        const Place place{fields::arrayOf(fields::Table::People), i};
        const auto [earlier, fresh] = names.emplace(asciiLower(person.name), i);
        if (!fresh)
            refuse(place.field("name"), person.name,
                   "'" + person.name + "' is also the name of " + Place{place.array, earlier->second}.words() +
                       "; names are unique without regard to case");
    }
}

void checkRisksAndSetbacks(const std::vector<Risk>& risks, const std::vector<Setback>& setbacks) {
    const auto riskAt = indexById(risks);
    const auto setbackAt = indexById(setbacks);
    for (std::size_t i = 0; i < risks.size(); ++i) {
        const Risk& risk = risks[i];
        const Place place{fields::arrayOf(fields::Table::Risks), i};
        if (risk.setbackId && setbacks[setbackAt.at(*risk.setbackId)].riskId != risk.id)
            refuse(place.field("setback_id"), std::to_string(*risk.setbackId),
                   "setback " + std::to_string(*risk.setbackId) + " does not name risk " + std::to_string(risk.id) +
                       " as its risk_id; the link goes both ways");
    }
    for (std::size_t i = 0; i < setbacks.size(); ++i) {
        const Setback& setback = setbacks[i];
        const Place place{fields::arrayOf(fields::Table::Setbacks), i};
        if (!setback.riskId) continue;
        const Risk& risk = risks[riskAt.at(*setback.riskId)];
        if (risk.innovationId != setback.innovationId)
            refuse(place.field("risk_id"), std::to_string(risk.id),
                   "risk " + std::to_string(risk.id) + " belongs to innovation " + std::to_string(risk.innovationId) +
                       ", not to innovation " + std::to_string(setback.innovationId));
        if (risk.setbackId != setback.id)
            refuse(place.field("risk_id"), std::to_string(risk.id),
                   "risk " + std::to_string(risk.id) + " does not name setback " + std::to_string(setback.id) +
                       " as its setback_id; the link goes both ways");
    }
}

void checkLessons(const std::vector<Lesson>& lessons, const std::vector<Setback>& setbacks) {
    const auto setbackAt = indexById(setbacks);
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        const Lesson& lesson = lessons[i];
        const Place place{fields::kLessons, i};
        if (lesson.setbackId && setbacks[setbackAt.at(*lesson.setbackId)].innovationId != lesson.innovationId)
            refuse(place.field("setback_id"), std::to_string(*lesson.setbackId),
                   "setback " + std::to_string(*lesson.setbackId) + " belongs to another innovation than " +
                       std::to_string(lesson.innovationId));
        std::vector<std::string> seen;
        for (std::size_t k = 0; k < lesson.tags.size(); ++k) {
            const std::string& tag = lesson.tags[k];
            const std::string where = place.field("tags") + "[" + std::to_string(k) + "]";
            if (requireLine(where, tag, kMaxTag) != tag || tag != asciiLower(tag) || tag.find(',') != std::string::npos)
                refuse(where, tag, "'" + tag + "' is not a tag: tags are lower case, with no comma or surrounding spaces");
            if (std::find(seen.begin(), seen.end(), tag) != seen.end())
                refuse(where, tag, "'" + tag + "' is given twice");
            seen.push_back(tag);
        }
    }
}

void checkReviews(const std::vector<Review>& reviews, const std::vector<ReviewEntry>& entries) {
    std::optional<std::size_t> open;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        const Review& review = reviews[i];
        const Place place{fields::arrayOf(fields::Table::Reviews), i};
        if (review.isOpen() && open)
            refuse(place.field("closed_on"), "",
                   "review " + std::to_string(review.id) + " and review " + std::to_string(reviews[*open].id) +
                       " are both open; only one review is open at a time");
        if (review.isOpen()) open = i;
    }
    std::map<std::pair<Id, Id>, std::size_t> recorded;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ReviewEntry& entry = entries[i];
        const auto [earlier, fresh] = recorded.emplace(std::pair(entry.reviewId, entry.innovationId), i);
        if (!fresh)
            refuse(Place{fields::kReviewEntries, i}.words(), "",
                   "review " + std::to_string(entry.reviewId) + " already has an entry for innovation " +
                       std::to_string(entry.innovationId) + " (" + Place{fields::kReviewEntries, earlier->second}.words() + ")");
    }
}

void checkChecklist(const std::vector<ChecklistAnswer>& answers) {
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (!isChecklistQuestion(answers[i].questionKey))
            refuse(Place{fields::kChecklistAnswers, i}.field("question_key"), answers[i].questionKey,
                   "'" + answers[i].questionKey.substr(0, 40) +
                       "' is not a question of the checklist (see: innotrack checklist list)");
}

}  // namespace

void checkDocument(const PortfolioDocument& document, const ReadContext& context) {
    checkLinks(context);  // first: the rules below look linked records up
    checkRecords(document);
    checkPeople(document.people);
    checkRisksAndSetbacks(document.risks, document.setbacks);
    checkLessons(document.lessons, document.setbacks);
    checkReviews(document.reviews, document.reviewEntries);
    checkChecklist(document.checklistAnswers);
    checkIdeas(document.ideas, document.ideaScores);
}

}  // namespace innotrack::exchange::json_reading
