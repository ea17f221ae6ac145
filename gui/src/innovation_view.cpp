// Draws the Innovation view's header, edit form and panel tabs; see innovation_view.hpp.
#include "gui/innovation_view.hpp"

#include "gui/charts.hpp"
#include "gui/theme.hpp"
#include "gui/undo_steps.hpp"
#include "gui/widgets.hpp"
#include "innovation_panels.hpp"
#include "tracker/errors.hpp"
#include "tracker/money.hpp"

#include <algorithm>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innotrack::gui {

void InnovationView::reload(AppState& state) {
    stale_ = true;
    titles_.clear();
    state.read([&] {
        for (const Innovation& innovation : state.store().listInnovations({}))
            titles_.emplace_back(innovation.id, innovation.title);
    });
}

void InnovationView::refresh(AppState& state) {
    if (!state.hasPortfolio()) return;
    // With nothing chosen yet, show the most important innovation.
    if (!state.selectedInnovation && !titles_.empty()) state.selectedInnovation = titles_.front().first;
    if (!stale_ && shown_ == state.selectedInnovation) return;
    stale_ = false;
    shown_ = state.selectedInnovation;
    detail_.reset();
    if (!shown_) return;
    try {
        detail_ = loadInnovationDetail(state.store(), state.backend().trendQueries(), *shown_, state.today());
    } catch (const NotFound&) {
        state.selectedInnovation.reset();  // removed by someone else: fall back to the first one
        shown_.reset();
    } catch (const std::exception& error) {
        state.reportError(error.what());
    }
    if (detail_ && edit_.innovationId != detail_->innovation.id) {
        startEdit();
        engagementForm_.reset(state.today(), state.actor() ? OptionalId(state.actor()->id) : std::nullopt);
        milestoneForms_.reset();
        riskForms_.reset();
        lessonForm_.reset();
        benefitForm_.reset();
    }
}

void InnovationView::startEdit() {
    const Innovation& innovation = detail_->innovation;
    edit_ = Edit{innovation.id, innovation.title, innovation.summary, innovation.priority, innovation.confidence,
                 formatDate(innovation.targetDate), {}};
}

void InnovationView::drawContent(AppState& state) {
    refresh(state);
    drawChooser(state);
    if (!detail_) {
        mutedText("Choose an innovation above, or double-click a card on the board.");
        return;
    }
    drawHeader(state);
    drawEdit(state);
    ImGui::Spacing();
    if (!ImGui::BeginTabBar("innovation.panels")) return;
    const InnovationDetail& detail = *detail_;
    const std::string panel = std::exchange(state.innovationPanel, std::string());
    const auto tab = [&](const std::string& label, auto&& body) {
        const std::string key = label.substr(label.rfind('#') + 1);  // "Engagement (2)###engagement" → "engagement"
        const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, key == panel ? ImGuiTabItemFlags_SetSelected : 0);
        locate(state, "innovation.tab." + label.substr(0, label.find(' ')));
        if (open) {
            body();
            ImGui::EndTabItem();
        }
    };
    tab("Milestones (" + std::to_string(detail.milestones.size()) + ")###milestones", [&] {
        panels::milestones(state, detail, milestoneForms_);
        panels::timeline(detail, state.today());
    });
    tab("Risks (" + std::to_string(detail.openRisks) + " open)###risks", [&] { panels::risks(state, detail, riskForms_); });
    tab("Setbacks and lessons (" + std::to_string(detail.setbacks.size()) + ", " + std::to_string(detail.lessons.size()) +
            ")###setbacks",
        [&] { panels::setbacksAndLessons(state, detail, lessonForm_); });
    tab("Benefits (" + std::to_string(detail.benefits.size()) + ")###benefits", [&] { panels::benefits(state, detail, benefitForm_); });
    tab("Engagement (" + std::to_string(detail.engagements.size()) + ")###engagement",
        [&] { panels::engagement(state, detail, engagementForm_); });
    tab("History###history", [&] { panels::history(detail); });
    ImGui::EndTabBar();
}

void InnovationView::drawChooser(AppState& state) {
    std::string current = "Choose an innovation…";
    for (const auto& [id, title] : titles_)
        if (state.selectedInnovation == id) current = title;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 28);
    if (ImGui::BeginCombo("##innovation.choose", current.c_str())) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(titles_.size()));
        while (clipper.Step())
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const auto& [id, title] = titles_[static_cast<std::size_t>(row)];
                ImGui::PushID(static_cast<int>(id));
                if (ImGui::Selectable(title.c_str(), state.selectedInnovation == id)) state.selectedInnovation = id;
                ImGui::PopID();
            }
        ImGui::EndCombo();
    }
    locate(state, "innovation.choose");
}

void InnovationView::drawHeader(AppState& state) {
    const InnovationDetail& detail = *detail_;
    const Innovation& innovation = detail.innovation;
    heading(innovation.title);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float size = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size, at.y + size), confidenceColour(innovation.confidence), 3);
    ImGui::Dummy(ImVec2(size, size));
    ImGui::SameLine();
    ImGui::Text("%s  ·  delivery confidence %s  ·  priority %d", std::string(labelOf(innovation.stage)).c_str(),
                std::string(labelOf(innovation.confidence)).c_str(), innovation.priority);
    if (innovation.stage == Stage::Stopped) wrappedText("Stopped: " + innovation.stopReason);
    if (!innovation.summary.empty()) wrappedText(innovation.summary);
    if (ImGui::BeginTable("innovation.facts", 4, ImGuiTableFlags_SizingStretchProp)) {
        const auto fact = [](const char* label, const std::string& value) {
            ImGui::TableNextColumn();
            mutedText(label);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", value.empty() ? "—" : value.c_str());
        };
        fact("Ambition", detail.ambition);
        fact("Cabinet lead", detail.cabinetLead);
        fact("Lead officer", detail.leadOfficer);
        fact("Dates", formatDate(innovation.startDate) + " to " + formatDate(innovation.targetDate));
        fact("Earmarked", formatPounds(innovation.budgetPence) + " and " + std::to_string(innovation.staffDays) + " staff days");
        fact("Inspired by", innovation.inspiredBy);
        fact("Expected benefits", innovation.expectedBenefits);
        // An innovation entered at a later stage has an arrival there, which is not a move.
        const auto moves = std::count_if(detail.stageChanges.begin(), detail.stageChanges.end(),
                                         [](const StageChange& c) { return c.from != c.to; });
        fact("Stage moves", std::to_string(moves));
        ImGui::EndTable();
    }
    drawConfidenceByReview(state);
    if (permittedButton("Log a setback…", state.permits(Action::EditDelivery, &innovation))) state.show("setback");
}

// Green at the top and Red at the bottom, a point per review that recorded it; pointing at one
// says which review it was.
void InnovationView::drawConfidenceByReview(AppState& state) {
    const std::vector<ConfidencePoint>& points = detail_->confidenceByReview;
    if (points.empty()) return;
    mutedText("Delivery confidence at each weekly review (" + std::to_string(points.size()) + ")");
    const auto redIsZero = [](Confidence confidence) {
        return static_cast<std::int64_t>(Scale<Confidence>::entries.size() - 1) - static_cast<int>(confidence);
    };
    TrendLine line{"Confidence", confidenceColour(points.back().confidence), {}};
    std::vector<std::string> labels;
    for (const ConfidencePoint& point : points) {
        line.values.push_back(redIsZero(point.confidence));
        labels.push_back(formatDate(point.heldOn).substr(5));  // "11-02": the year is in the tooltip
    }
    const auto describe = [&](std::size_t at) {
        return "Review " + std::to_string(points[at].reviewId) + " held " + formatDate(points[at].heldOn) + ": " +
               std::string(labelOf(points[at].confidence));
    };
    drawTrendLines({line}, labels, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30),
                   ImGui::GetFontSize() * 4, describe,
                   [&](std::size_t at) { locate(state, "innovation.confidence." + std::to_string(at)); },
                   redIsZero(Confidence::Green));
}

void InnovationView::drawEdit(AppState& state) {
    if (!ImGui::CollapsingHeader("Edit details")) return;
    const Permission permission = state.permits(Action::EditInnovation, &detail_->innovation);
    if (!permission) mutedText(permission.reason);
    ImGui::PushItemWidth(ImGui::GetFontSize() * 30);
    ImGui::BeginDisabled(!permission.allowed);
    textField(state, "innovation.edit.title", "Title", edit_.title, edit_.errors, "title");
    textField(state, "innovation.edit.summary", "Summary", edit_.summary, edit_.errors, "summary");
    ImGui::SliderInt("Priority (1 highest)", &edit_.priority, kHighestPriority, kLowestPriority);
    if (ImGui::BeginCombo("Delivery confidence", std::string(labelOf(edit_.confidence)).c_str())) {
        for (const auto& entry : Scale<Confidence>::entries)
            if (ImGui::Selectable(std::string(entry.label).c_str(), edit_.confidence == entry.value)) edit_.confidence = entry.value;
        ImGui::EndCombo();
    }
    textField(state, "innovation.edit.target", "Target date", edit_.targetDate, edit_.errors, "target date", "YYYY-MM-DD");
    ImGui::EndDisabled();
    ImGui::PopItemWidth();
    otherErrors(edit_.errors);
    if (permittedButton("Save changes", permission)) {
        Innovation edited = detail_->innovation;
        edited.title = edit_.title;
        edited.summary = edit_.summary;
        edited.priority = edit_.priority;
        edited.confidence = edit_.confidence;
        edit_.errors.clear();
        try {
            edited.targetDate = edit_.targetDate.empty() ? std::nullopt
                                                         : std::optional<Date>(parseDate(edit_.targetDate, state.clock(), "target date"));
            const Innovation before = detail_->innovation;
            state.saveRecord<Innovation>(
                "Saving the details of '" + edited.title + "'", RecordKind::Innovations,
                [edited](Portfolio& portfolio, Id actor) { return portfolio.updateInnovation(actor, edited); },
                [&state, before](const Innovation& saved) {
                    state.confirm(innovationEditUndo(before, saved, "Saved the details of '" + saved.title + "'"));
                },
                &edit_.errors);
        } catch (const ValidationError& error) {
            edit_.errors.byField[error.field()] = error.what();
        }
    }
    locate(state, "innovation.edit.save");
    ImGui::SameLine();
    if (ImGui::Button("Undo my edits")) startEdit();
}

}  // namespace innotrack::gui
