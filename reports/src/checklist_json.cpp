// The checklist as JSON: the schema of docs/REPORTS.md, with stable snake_case keys.
#include "reports/checklist_report.hpp"

#include <nlohmann/json.hpp>

namespace innotrack::reports {
namespace {

using Json = nlohmann::ordered_json;

Json keys(const std::vector<std::string>& values) {
    Json out = Json::array();
    for (const std::string& value : values) out.push_back(value);
    return out;
}

Json measureJson(const ChecklistMeasure& m) {
    Json out = Json::object();
    out["key"] = m.key;
    out["label"] = m.label;
    out["kind"] = m.kind == MeasureKind::Share ? "share" : "count";
    out["count"] = m.count;
    out["out_of"] = m.outOf;
    out["measured"] = m.measured;
    out["percent"] = m.percent ? Json(*m.percent) : Json(nullptr);
    out["weak"] = m.weak;
    out["weak_when"] = m.threshold;
    out["reading"] = m.reading;
    out["questions"] = keys(m.questionKeys);
    return out;
}

Json questionJson(const ChecklistLine& line) {
    Json out = Json::object();
    out["key"] = line.key;
    out["question"] = line.text;
    if (line.answer) {
        out["answer"] = std::string(keyOf(line.answer->answer));
        out["evidence"] = line.answer->evidence;
        out["answered_by_id"] = line.answer->answeredById;
        out["answered_by"] = line.answeredBy;
        out["answered_on"] = formatDate(line.answer->answeredOn);
    } else {
        out["answer"] = nullptr;
        out["evidence"] = nullptr;
        out["answered_by_id"] = nullptr;
        out["answered_by"] = nullptr;
        out["answered_on"] = nullptr;
    }
    out["stale"] = line.stale;
    out["measures"] = keys(line.measureKeys);
    return out;
}

}  // namespace

std::string renderChecklistJson(const ChecklistReport& report) {
    Json out = Json::object();
    out["report"] = "checklist";
    out["schema_version"] = 1;  // raised only when a field is renamed or removed
    out["on"] = formatDate(report.on);
    out["review_window"] = {{"from", formatDate(report.reviewWindow.from)}, {"to", formatDate(report.reviewWindow.to)}};

    Json summary = Json::object();
    summary["questions"] = kChecklistQuestionCount;
    summary["answered_yes"] = report.answeredYes;
    summary["answered_partly"] = report.answeredPartly;
    summary["answered_no"] = report.answeredNo;
    summary["unanswered"] = report.unanswered;
    summary["measures"] = report.measures;
    summary["measured"] = report.measured;
    summary["weak"] = report.weak;
    summary["gaps"] = report.gaps.size();
    summary["words"] = report.summaryWords;
    out["summary"] = std::move(summary);

    Json areas = Json::array();
    for (const ChecklistSection& section : report.sections) {
        Json area = Json::object();
        area["key"] = std::string(keyOf(section.area));
        area["label"] = std::string(labelOf(section.area));
        area["measures"] = Json::array();
        for (const ChecklistMeasure& measure : section.measures) area["measures"].push_back(measureJson(measure));
        area["questions"] = Json::array();
        for (const ChecklistLine& line : section.questions) area["questions"].push_back(questionJson(line));
        areas.push_back(std::move(area));
    }
    out["areas"] = std::move(areas);

    Json gaps = Json::array();
    for (const ChecklistGap& gap : report.gaps)
        gaps.push_back({{"kind", std::string(gapKey(gap.kind))},
                        {"question_key", gap.questionKey},
                        {"measures", keys(gap.measureKeys)},
                        {"words", gap.words}});
    out["could_do_more"] = std::move(gaps);
    // Invalid UTF-8 in stored evidence must not make the whole output fail: replace it.
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace innotrack::reports
