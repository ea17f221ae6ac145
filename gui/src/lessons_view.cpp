// Draws the lessons library; see lessons_view.hpp.
#include "gui/lessons_view.hpp"

#include "gui/widgets.hpp"
#include "tracker/text.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cctype>

namespace innotrack::gui {
namespace {

bool sameFilter(const LessonFilter& a, const LessonFilter& b) {
    return a.innovationId == b.innovationId && a.text == b.text && a.tag == b.tag && a.kind == b.kind;
}

// Where the lesson came from in one word, so the column never cuts it: the kind of failure
// ("Intelligent"), or "Success" or "Other"; the full label is the tooltip.
std::string originWord(const LessonRow& row) {
    std::string word(row.kind ? keyOf(*row.kind) : keyOf(row.lesson.source));
    if (!word.empty()) word.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(word.front())));
    return word;
}

}  // namespace

void LessonsView::reload(AppState& state) {
    state.read([&] { model_.search(state.store(), editing_, true); });
}

void LessonsView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    heading("Lessons library");
    wrappedText("Every lesson recorded across the portfolio. Search it before starting something new: another team "
                "may already have learned the hard way.");
    drawFilters(state);
    if (!sameFilter(editing_, model_.filter())) state.read([&] { model_.search(state.store(), editing_, false); });
    mutedText(std::to_string(model_.rows().size()) + (model_.rows().size() == 1 ? " lesson" : " lessons"));
    drawTable(state);
    drawSelected();
}

void LessonsView::drawFilters(AppState& state) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    ImGui::InputTextWithHint("##text", "Search the text of every lesson", &editing_.text);
    locate(state, "lessons.text");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
    if (ImGui::BeginCombo("##tag", editing_.tag.empty() ? "Any tag" : editing_.tag.c_str())) {
        if (ImGui::Selectable("Any tag", editing_.tag.empty())) editing_.tag.clear();
        for (const std::string& tag : model_.tags())
            if (ImGui::Selectable(tag.c_str(), editing_.tag == tag)) editing_.tag = tag;
        ImGui::EndCombo();
    }
    locate(state, "lessons.tag");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const std::string kind = editing_.kind ? "From " + std::string(labelOf(*editing_.kind)) + " failures" : "Any kind of failure";
    if (ImGui::BeginCombo("##kind", kind.c_str())) {
        if (ImGui::Selectable("Any kind of failure", !editing_.kind)) editing_.kind.reset();
        for (const auto& entry : Scale<FailureKind>::entries) {
            const std::string label = "From " + std::string(entry.label) + " failures";
            if (ImGui::Selectable(label.c_str(), editing_.kind == entry.value)) editing_.kind = entry.value;
            locate(state, "lessons.kind." + std::string(entry.key));
        }
        ImGui::EndCombo();
    }
    locate(state, "lessons.kind");
}

void LessonsView::drawTable(AppState& state) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetContentRegionAvail().y * (selected_ ? 0.55f : 1.0f);
    if (!ImGui::BeginTable("lessons", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Innovation", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn("Recommendation", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn("From", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("Intelligent").x + ImGui::GetStyle().CellPadding.x * 2);
    ImGui::TableSetupColumn("Tags", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(model_.rows().size()));
    while (clipper.Step())
        for (int index = clipper.DisplayStart; index < clipper.DisplayEnd; ++index) {
            const LessonRow& row = model_.rows()[static_cast<std::size_t>(index)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(row.lesson.id));
            if (ImGui::Selectable(row.innovation.c_str(), selected_ == row.lesson.id, ImGuiSelectableFlags_SpanAllColumns))
                selected_ = row.lesson.id;
            locate(state, "lessons.row." + std::to_string(row.lesson.id));
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ellipsize(row.lesson.whatHappened, 80).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ellipsize(row.lesson.recommendation, 80).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(originWord(row).c_str());
            if (ImGui::IsItemHovered()) {
                const std::string from = row.kind ? std::string(labelOf(*row.kind)) : std::string(labelOf(row.lesson.source));
                ImGui::SetTooltip("%s", from.c_str());
            }
            ImGui::TableNextColumn();
            tagChips(state, "lessons.tags." + std::to_string(row.lesson.id), row.lesson.tags);
        }
    ImGui::EndTable();
}

void LessonsView::drawSelected() {
    if (!selected_) return;
    const LessonRow* shown = nullptr;
    for (const LessonRow& row : model_.rows())
        if (row.lesson.id == *selected_) shown = &row;
    if (shown == nullptr) return;
    const Lesson& lesson = shown->lesson;
    ImGui::Separator();
    heading("Lesson " + std::to_string(lesson.id) + ", " + shown->innovation);
    ImGui::BeginChild("lesson.detail");
    const auto field = [](const char* label, const std::string& value) {
        if (value.empty()) return;
        mutedText(label);
        wrappedText(value);
    };
    field("What happened", lesson.whatHappened);
    field("Its effect", lesson.effect);
    field("Cause or trigger", lesson.cause);
    field("Early warning signs", lesson.earlyWarnings);
    field("Recommendation", lesson.recommendation);
    mutedText("Recorded by " + shown->recordedBy + " on " + formatDate(lesson.recordedOn) +
              (lesson.identifiedAsRisk ? "; it had been identified as a risk." : "; it had not been identified as a risk."));
    ImGui::EndChild();
}

}  // namespace innotrack::gui
