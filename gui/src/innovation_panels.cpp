// The Innovation view's milestone, setback, lesson, benefit and history panels.
#include "innovation_panels.hpp"

#include "gui/form_fields.hpp"
#include "gui/undo_steps.hpp"
#include "gui/theme.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace innotrack::gui::panels {
namespace {

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                        ImGuiTableFlags_SizingStretchProp;

ImU32 stateColour(MilestoneState state) {
    switch (state) {
        case MilestoneState::DoneOnTime: return IM_COL32(46, 139, 87, 255);
        case MilestoneState::DoneLate: return IM_COL32(138, 166, 42, 255);
        case MilestoneState::Overdue: return IM_COL32(192, 40, 40, 255);
        case MilestoneState::Due: return IM_COL32(60, 110, 190, 255);
    }
    return IM_COL32(128, 128, 128, 255);
}

void cell(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", text.c_str());
}

// A column just wide enough for its header or a date, whichever is wider.
void fixedColumn(const char* label) {
    const float width = std::max(ImGui::CalcTextSize("0000-00-00").x, ImGui::CalcTextSize(label).x);
    ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed, width);
}


}  // namespace

namespace {

// The rename or move form open on one milestone, under the table.
void milestoneChangeForm(AppState& state, MilestoneForms& forms) {
    const FieldErrors& errors = forms.errors();
    if (forms.renaming) {
        heading("Rename the milestone");
        textField(state, "innovation.milestone.rename.title", "New title", forms.renaming->title, errors, "title");
        otherErrors(errors);
        if (ImGui::Button("Rename") || submittedByEnter()) forms.rename(state);
        locate(state, "innovation.milestone.rename.submit");
    } else if (forms.moving) {
        heading("Move '" + forms.moving->title + "'");
        mutedText("Its first planned date stays as it is; the move and its reason are kept in its history.");
        textField(state, "innovation.milestone.move.due", "New due date", forms.moving->newDue, errors, "due date",
                  "YYYY-MM-DD");
        textField(state, "innovation.milestone.move.reason", "Why it moves", forms.moving->reason, errors, "reason");
        otherErrors(errors);
        if (ImGui::Button("Move it") || submittedByEnter()) forms.move(state);
        locate(state, "innovation.milestone.move.submit");
    } else {
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) forms.cancel();
    locate(state, "innovation.milestone.cancel");
}

void addMilestoneForm(AppState& state, const InnovationDetail& detail, MilestoneForms& forms) {
    heading("Add a milestone");
    const bool changing = forms.renaming || forms.moving;
    const FieldErrors none;
    const FieldErrors& errors = changing ? none : forms.errors();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    textField(state, "innovation.milestone.add.title", "Title", forms.adding.title, errors, "title");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "innovation.milestone.add.due", "Due", forms.adding.due, errors, "due date", "YYYY-MM-DD");
    if (!changing) otherErrors(errors);
    if (ImGui::Button("Add the milestone") || submittedByEnter()) forms.add(state, detail.innovation.id);
    locate(state, "innovation.milestone.add.submit");
}

}  // namespace

void milestones(AppState& state, const InnovationDetail& detail, MilestoneForms& forms) {
    const Permission permission = state.permits(Action::EditDelivery, &detail.innovation);
    if (detail.milestones.empty()) mutedText("No milestones yet.");
    const float buttons = ImGui::CalcTextSize("Mark done").x + ImGui::CalcTextSize("Rename").x +
                          ImGui::CalcTextSize("Move").x + ImGui::GetStyle().FramePadding.x * 6 +
                          ImGui::GetStyle().ItemSpacing.x * 2;
    if (!detail.milestones.empty() && ImGui::BeginTable("milestones", 6, kTableFlags)) {
        ImGui::TableSetupColumn("Milestone", ImGuiTableColumnFlags_WidthStretch, 3);
        fixedColumn("First planned");
        fixedColumn("Due");
        fixedColumn("Completed");
        ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, buttons);
        ImGui::TableHeadersRow();
        for (const MilestoneRow& row : detail.milestones) {
            const Milestone& milestone = row.milestone;
            ImGui::PushID(static_cast<int>(milestone.id));
            ImGui::TableNextRow();
            cell(milestone.title);
            cell(formatDate(milestone.baselineDue));
            cell(formatDate(milestone.due));
            cell(formatDate(milestone.completedOn));
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(legibleText(stateColour(row.state))));
            ImGui::TextUnformatted(std::string(milestoneStateWords(row.state)).c_str());
            ImGui::PopStyleColor();
            if (const std::string slip = slipWords(row); !slip.empty()) {
                ImGui::TextDisabled("%s", slip.c_str());
                if (ImGui::IsItemHovered()) {
                    ImGui::BeginTooltip();
                    for (const MilestoneMove& move : row.moves)
                        ImGui::Text("%s → %s: %s", formatDate(move.from).c_str(), formatDate(move.to).c_str(),
                                    move.reason.c_str());
                    ImGui::EndTooltip();
                }
            }
            ImGui::TableNextColumn();
            const std::string id = std::to_string(milestone.id);
            if (!milestone.isDone()) {
                if (permittedButton("Mark done", permission)) {
                    const Id done = milestone.id;
                    state.saveRecord<Milestone>(
                        "Marking the milestone done", RecordKind::Milestones,
                        [done](Portfolio& portfolio, Id actor) { return portfolio.completeMilestone(actor, done); },
                        [&state](const Milestone& completed) { state.confirm(milestoneDoneUndo(completed)); });
                }
                locate(state, "innovation.milestone.done." + id);
                ImGui::SameLine();
                if (permittedButton("Move", permission)) forms.startMove(milestone);
                locate(state, "innovation.milestone.move." + id);
                ImGui::SameLine();
            }
            if (permittedButton("Rename", permission)) forms.startRename(milestone);
            locate(state, "innovation.milestone.rename." + id);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!permission) {
        readOnlyReason(permission);
        return;
    }
    // Between the list and the forms: where the eye is after a button in either; not once Undo
    // took that change back.
    if (!forms.confirmation().empty() && !state.undone(forms.confirmedAs())) {
        wrappedText(forms.confirmation());
        locate(state, "innovation.milestone.confirmation");
    }
    ImGui::Spacing();
    milestoneChangeForm(state, forms);
    ImGui::Spacing();
    addMilestoneForm(state, detail, forms);
}

void timeline(const InnovationDetail& detail, Date today) {
    if (detail.milestones.empty()) return;
    ImGui::Spacing();
    heading("Timeline: first planned against current dates");
    mutedText("A hollow marker is the date first planned; a filled one is the current due date (a tick when done). "
              "The line between them is how far it moved.");
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float labelWidth = std::min(width * 0.3f, ImGui::GetFontSize() * 16);
    const float left = ImGui::GetCursorScreenPos().x + labelWidth;
    const float span = std::max(width - labelWidth - 20, 50.0f);
    const long days = std::max(1L, static_cast<long>((detail.timelineTo - detail.timelineFrom).days()));
    const auto xOf = [&](Date day) {
        return left + span * static_cast<float>((day - detail.timelineFrom).days()) / static_cast<float>(days);
    };
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float top = ImGui::GetCursorScreenPos().y;

    // Month ticks along the top, labelled as often as the labels fit.
    float lastLabelEnd = -1e9f;
    for (Date month(detail.timelineFrom.year(), detail.timelineFrom.month(), 1); month <= detail.timelineTo;
         month += boost::gregorian::months(1)) {
        if (month < detail.timelineFrom) continue;
        const float x = xOf(month);
        list->AddLine(ImVec2(x, top + line), ImVec2(x, top + line * (1.5f + static_cast<float>(detail.milestones.size()))), muted);
        const std::string label = std::string(month.month().as_short_string()) + " " + std::to_string(static_cast<int>(month.year()));
        if (x > lastLabelEnd) {
            list->AddText(ImVec2(x + 2, top), muted, label.c_str());
            lastLabelEnd = x + ImGui::CalcTextSize(label.c_str()).x + 8;
        }
    }
    float y = top + line * 1.2f;
    const float radius = line * 0.28f;
    for (const MilestoneRow& row : detail.milestones) {
        const Milestone& milestone = row.milestone;
        const float middle = y + line / 2;
        ImGui::PushClipRect(ImVec2(left - labelWidth, y), ImVec2(left - 6, y + line), true);
        list->AddText(ImVec2(left - labelWidth, y), text, milestone.title.c_str());
        ImGui::PopClipRect();
        const float baseline = xOf(milestone.baselineDue);
        const float due = xOf(milestone.due);
        const ImU32 colour = stateColour(row.state);
        if (baseline != due) list->AddLine(ImVec2(baseline, middle), ImVec2(due, middle), colour, 2);
        list->AddCircle(ImVec2(baseline, middle), radius, muted, 12, 2);
        list->AddCircleFilled(ImVec2(due, middle), radius, colour);
        if (milestone.completedOn) {
            const float done = xOf(*milestone.completedOn);
            list->AddLine(ImVec2(done - radius, middle), ImVec2(done - radius / 3, middle + radius), colour, 2);
            list->AddLine(ImVec2(done - radius / 3, middle + radius), ImVec2(done + radius, middle - radius), colour, 2);
        }
        y += line;
    }
    const float now = xOf(today);
    list->AddLine(ImVec2(now, top + line), ImVec2(now, y), IM_COL32(200, 60, 60, 255), 1.5f);
    list->AddText(ImVec2(now + 3, y), legibleText(IM_COL32(200, 60, 60, 255)), "today");
    ImGui::Dummy(ImVec2(width, y - top + line * 1.5f));
}

namespace {

void successLessonForm(AppState& state, const InnovationDetail& detail, SuccessLessonForm& form) {
    heading("Record a lesson from a success");
    mutedText("What went right is worth learning from too: say what happened and what others should repeat.");
    if (!form.confirmation().empty() && !state.undone(form.confirmedAs())) {
        wrappedText(form.confirmation());
        locate(state, "innovation.lesson.confirmation");
    }
    LessonDraft& draft = form.draft;
    const FieldErrors& errors = form.errors();
    textArea(state, "innovation.lesson.what", "What went well", draft.whatHappened, errors, "what happened", 2);
    textArea(state, "innovation.lesson.recommendation", "What others should repeat", draft.recommendation, errors,
             "recommendation", 2);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    textField(state, "innovation.lesson.tags", "Tags", draft.tags, errors, "tags", "separated by commas");
    otherErrors(errors);
    if (ImGui::Button("Record the lesson") || submittedByEnter()) form.submit(state, detail.innovation.id);
    locate(state, "innovation.lesson.submit");
}

}  // namespace

void setbacksAndLessons(AppState& state, const InnovationDetail& detail, SuccessLessonForm& lessonForm) {
    const Permission permission = state.permits(Action::EditDelivery, &detail.innovation);
    if (permittedButton("Log a setback…", permission)) state.show("setback");
    if (detail.setbacks.empty()) mutedText("No setbacks logged.");
    else if (ImGui::BeginTable("setbacks", 4, kTableFlags)) {
        fixedColumn("Date");
        ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn("Kind");
        ImGui::TableSetupColumn("Response", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableHeadersRow();
        for (const Setback& setback : detail.setbacks) {
            ImGui::TableNextRow();
            cell(formatDate(setback.occurredOn));
            cell(setback.whatHappened + (setback.riskId ? " (risk " + std::to_string(*setback.riskId) + " occurred)" : ""));
            cell(std::string(labelOf(setback.kind)));
            cell(setback.response);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    heading("Lessons");
    if (detail.lessons.empty()) mutedText("No lessons recorded.");
    else if (ImGui::BeginTable("lessons", 4, kTableFlags)) {
        fixedColumn("Recorded");
        ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Recommendation", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Tags");
        ImGui::TableHeadersRow();
        for (const Lesson& lesson : detail.lessons) {
            ImGui::TableNextRow();
            cell(formatDate(lesson.recordedOn));
            cell(lesson.whatHappened);
            cell(lesson.recommendation);
            ImGui::TableNextColumn();
            tagChips(state, "innovation.lesson.tags." + std::to_string(lesson.id), lesson.tags);
        }
        ImGui::EndTable();
    }
    if (!permission) return;
    ImGui::Spacing();
    successLessonForm(state, detail, lessonForm);
}

namespace {

void realiseForm(AppState& state, BenefitForm& form) {
    BenefitRealisation& typed = *form.realising;
    heading("Record what '" + typed.measure + "' reached");
    const FieldErrors& errors = form.errors();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "innovation.benefit.actual", typed.unit.empty() ? "Actual value" : ("Actual value, " + typed.unit).c_str(),
              typed.actual, errors, "actual");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "innovation.benefit.on", "On", typed.on, errors, "realised on", "YYYY-MM-DD");
    otherErrors(errors);
    if (ImGui::Button("Record it") || submittedByEnter()) form.realise(state);
    locate(state, "innovation.benefit.submit");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) form.cancel();
    locate(state, "innovation.benefit.cancel");
}

void addBenefitForm(AppState& state, const InnovationDetail& detail, BenefitForm& form) {
    heading("Add a benefit");
    mutedText("What going right will be measured by: where it starts and where it should get to.");
    NewBenefitDraft& draft = form.adding;
    const FieldErrors& errors = form.addErrors();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    textField(state, "innovation.benefit.new.measure", "Measure", draft.measure, errors, "measure",
              "e.g. Delayed hospital discharges per month");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "innovation.benefit.new.unit", "Unit", draft.unit, errors, "unit", "people, £, %");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "innovation.benefit.new.baseline", "Baseline", draft.baseline, errors, "baseline");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "innovation.benefit.new.target", "Target", draft.target, errors, "target");
    otherErrors(errors);
    if (ImGui::Button("Add the benefit") || submittedByEnter()) form.add(state, detail.innovation.id);
    locate(state, "innovation.benefit.new.submit");
}

}  // namespace

void benefits(AppState& state, const InnovationDetail& detail, BenefitForm& form) {
    const Permission permission = state.permits(Action::EditDelivery, &detail.innovation);
    if (!form.confirmation().empty() && !state.undone(form.confirmedAs())) {
        wrappedText(form.confirmation());
        locate(state, "innovation.benefit.confirmation");
    }
    if (detail.benefits.empty()) mutedText("No benefits recorded.");
    else if (ImGui::BeginTable("benefits", 6, kTableFlags)) {
        ImGui::TableSetupColumn("Measure", ImGuiTableColumnFlags_WidthStretch, 3);
        fixedColumn("Baseline");
        fixedColumn("Target");
        fixedColumn("Actual");
        fixedColumn("Realised");
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::CalcTextSize("Record actual…").x + ImGui::GetFontSize());
        ImGui::TableHeadersRow();
        for (const Benefit& benefit : detail.benefits) {
            const std::string unit = benefit.unit.empty() ? "" : " " + benefit.unit;
            ImGui::TableNextRow();
            cell(benefit.measure);
            cell(decimalText(benefit.baseline) + unit);
            cell(decimalText(benefit.target) + unit);
            cell(benefit.actual ? decimalText(*benefit.actual) + unit : "—");
            cell(benefit.realisedOn ? formatDate(benefit.realisedOn) : "not yet");
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(benefit.id));
            if (permittedButton("Record actual…", permission)) form.start(benefit);
            locate(state, "innovation.benefit.realise." + std::to_string(benefit.id));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!permission) {
        readOnlyReason(permission);
        return;
    }
    if (form.realising) {
        ImGui::Spacing();
        realiseForm(state, form);
        return;  // one form at a time: Enter submits the one being typed in
    }
    ImGui::Spacing();
    addBenefitForm(state, detail, form);
}

void history(const InnovationDetail& detail) {
    if (!ImGui::BeginTable("history", 5, kTableFlags | ImGuiTableFlags_ScrollY, ImVec2(0, ImGui::GetContentRegionAvail().y)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    fixedColumn("When");
    ImGui::TableSetupColumn("Who");
    ImGui::TableSetupColumn("What");
    ImGui::TableSetupColumn("From", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("To", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableHeadersRow();
    // Newest first: what changed lately is what people look for.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(detail.history.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const AuditEntry& entry = detail.history[detail.history.size() - 1 - static_cast<std::size_t>(row)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatTimestamp(entry.at).substr(0, 10).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(detail.nameOf(entry.actorId).c_str());
            ImGui::TableNextColumn();
            const std::string what = entry.entity + " " + std::to_string(entry.entityId) + " " + entry.action +
                                     (entry.field.empty() ? "" : ": " + entry.field);
            ImGui::TextUnformatted(what.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(entry.oldValue.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(entry.newValue.c_str());
        }
    ImGui::EndTable();
}

}  // namespace innotrack::gui::panels
