// Draws the Ideas view; see ideas_view.hpp.
#include "gui/ideas_view.hpp"

#include "gui/form_fields.hpp"
#include "gui/widgets.hpp"
#include "tracker/text.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>


namespace innotrack::gui {
namespace {

std::string statusLine(const IdeasModel& model, const IdeaRow& row) {
    const Idea& idea = row.idea;
    switch (idea.status) {
        case IdeaStatus::Promoted:
            return "Promoted on " + formatDate(idea.decidedOn) + " by " + model.personName(idea.decidedById.value_or(0)) +
                   ": it is now the innovation '" + row.innovation + "'." +
                   (idea.decisionReason.empty() ? "" : " Reason: " + idea.decisionReason);
        case IdeaStatus::Declined:
            return "Declined on " + formatDate(idea.decidedOn) + " by " + model.personName(idea.decidedById.value_or(0)) +
                   ". Reason: " + idea.decisionReason;
        case IdeaStatus::Parked:
            return "Parked on " + formatDate(idea.parkedOn) + ", to be looked at again on " + formatDate(idea.lookAgainOn) +
                   ".";
        case IdeaStatus::UnderAssessment:
            return "Under assessment since " + formatDate(idea.assessedFrom) + ".";
        case IdeaStatus::Submitted: break;
    }
    return "Submitted on " + formatDate(idea.submittedOn) + "; no one has scored it yet.";
}

std::string gateLine(const IdeaRow& row, int gate) {
    if (!row.score) return "Not scored yet. The gate is " + std::to_string(gate) + " of 25.";
    const std::string score = formatIdeaScore(row.score);
    return "Score " + score + " of 25 from " + std::to_string(row.scores.size()) +
           (row.scores.size() == 1 ? " assessor: " : " assessors: ") +
           (row.meetsGate(gate) ? "meets the gate of " : "below the gate of ") + std::to_string(gate) + ".";
}

}  // namespace

void IdeasView::reload(AppState& state) {
    state.read([&] {
        model_.reload(state.store());
        ambitions_ = state.store().listAmbitions();
    });
}

void IdeasView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    model_.arrangeFor(state.actor() ? OptionalId(state.actor()->id) : std::nullopt);
    heading("Ideas");
    wrappedText("Anyone may put forward an idea, including one seen working somewhere else: copying what works is "
                "welcome. Cabinet members and the leader score each idea from 1 to 5 on five questions and decide. "
                "An idea scoring " + std::to_string(model_.gate()) +
                " or more of 25 passes the gate; promoting one below it needs a reason.");
    drawChoice(state);
    if (submitting_) drawSubmitForm(state);
    drawTable(state);
    if (selected_)
        if (const IdeaRow* row = model_.find(*selected_)) drawIdea(state, *row);
}

void IdeasView::drawChoice(AppState& state) {
    const std::pair<IdeasShown, const char*> choices[] = {
        {IdeasShown::Queue, "To assess"}, {IdeasShown::Mine, "My ideas"}, {IdeasShown::All, "All ideas"}};
    const char* keys[] = {"ideas.show.queue", "ideas.show.mine", "ideas.show.all"};
    int index = 0;
    for (const auto& [which, label] : choices) {
        const std::string text = std::string(label) + " (" + std::to_string(model_.shown(which).size()) + ")";
        if (index > 0) ImGui::SameLine();
        if (ImGui::RadioButton(text.c_str(), showing_ == which)) showing_ = which;
        locate(state, keys[index++]);
    }
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    if (permittedButton(submitting_ ? "Close the form" : "Put forward an idea", state.permits(Action::SubmitIdea)))
        submitting_ = !submitting_;
    locate(state, "ideas.new");
    if (forms_.lastSubmitted() && !submitting_)
        mutedText("Idea " + std::to_string(*forms_.lastSubmitted()) +
                  " was put forward; the assessors will score it. See it under My ideas.");
}

void IdeasView::drawSubmitForm(AppState& state) {
    ImGui::Separator();
    heading("Put forward an idea");
    IdeaDraft& draft = forms_.draft;
    const FieldErrors& errors = forms_.submitErrors();
    textField(state, "ideas.form.title", "Title", draft.title, errors, "title");
    textArea(state, "ideas.form.problem", "The problem it answers", draft.problem, errors, "problem", 2);
    textArea(state, "ideas.form.proposal", "What it proposes", draft.proposal, errors, "proposal", 3);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (ImGui::BeginCombo("Where it came from", std::string(labelOf(draft.source)).c_str())) {
        for (const auto& entry : Scale<IdeaSource>::entries) {
            if (ImGui::Selectable(std::string(entry.label).c_str(), draft.source == entry.value)) draft.source = entry.value;
            locate(state, "ideas.form.source." + std::string(entry.key));
        }
        ImGui::EndCombo();
    }
    locate(state, "ideas.form.source");
    textField(state, "ideas.form.reference", "Reference", draft.reference, errors, "reference",
              "where it is written up: a council, a report, a web page");
    std::string ambition = "None chosen";
    for (const Ambition& known : ambitions_)
        if (draft.ambitionId == known.id) ambition = known.title;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    if (ImGui::BeginCombo("The ambition it would serve", ambition.c_str())) {
        if (ImGui::Selectable("None chosen", !draft.ambitionId)) draft.ambitionId.reset();
        for (const Ambition& known : ambitions_)
            if (ImGui::Selectable(known.title.c_str(), draft.ambitionId == known.id)) draft.ambitionId = known.id;
        ImGui::EndCombo();
    }
    locate(state, "ideas.form.ambition");
    otherErrors(errors);
    if (permittedButton("Put it forward", state.permits(Action::SubmitIdea)) && forms_.submit(state)) {
        submitting_ = false;
        showing_ = IdeasShown::Mine;
        selected_ = forms_.lastSubmitted();
    }
    locate(state, "ideas.form.submit");
    ImGui::Separator();
}

void IdeasView::drawTable(AppState& state) {
    const std::vector<const IdeaRow*>& rows = model_.shown(showing_);
    if (rows.empty()) {
        mutedText(showing_ == IdeasShown::Mine ? "You have not put forward an idea yet."
                                               : "No ideas here.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetContentRegionAvail().y * (selected_ ? 0.4f : 1.0f);
    if (!ImGui::BeginTable("ideas", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Idea", ImGuiTableColumnFlags_WidthStretch, 4);
    ImGui::TableSetupColumn("Came from", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Put forward", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
    ImGui::TableHeadersRow();
    for (const IdeaRow* row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(row->idea.id));
        if (ImGui::Selectable(row->idea.title.c_str(), selected_ == row->idea.id, ImGuiSelectableFlags_SpanAllColumns))
            selected_ = row->idea.id;
        locate(state, "ideas.row." + std::to_string(row->idea.id));
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(labelOf(row->idea.source)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted((formatDate(row->idea.submittedOn)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(labelOf(row->idea.status)).c_str());
        ImGui::TableNextColumn();
        const std::string score = formatIdeaScore(row->score) + (row->meetsGate(model_.gate()) ? "  passes" : "");
        ImGui::TextUnformatted(score.c_str());
    }
    ImGui::EndTable();
}

void IdeasView::drawIdea(AppState& state, const IdeaRow& row) {
    const OptionalId me = state.actor() ? OptionalId(state.actor()->id) : std::nullopt;
    forms_.choose(row, me);
    ImGui::Separator();
    ImGui::BeginChild("ideas.detail");
    heading("Idea " + std::to_string(row.idea.id) + ": " + row.idea.title);
    locate(state, "ideas.detail." + std::to_string(row.idea.id));
    mutedText("Put forward by " + row.submittedBy + " on " + formatDate(row.idea.submittedOn) + ". " +
              std::string(labelOf(row.idea.source)) + (row.idea.reference.empty() ? "" : ": " + row.idea.reference) +
              (row.ambition.empty() ? "" : ". Would serve: " + row.ambition));
    wrappedText(statusLine(model_, row));
    mutedText("The problem it answers");
    wrappedText(row.idea.problem);
    mutedText("What it proposes");
    wrappedText(row.idea.proposal);
    ImGui::Spacing();
    wrappedText(gateLine(row, model_.gate()));
    drawScores(row);
    if (!row.idea.isDecided()) drawAssessment(state, row);
    ImGui::EndChild();
}

// Each assessor's scores side by side, a column each, with their totals.
void IdeasView::drawScores(const IdeaRow& row) {
    if (row.scores.empty()) return;
    const int columns = static_cast<int>(row.scores.size()) + 1;
    if (!ImGui::BeginTable("ideas.scores", columns, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit))
        return;
    ImGui::TableSetupColumn("Question");
    for (const IdeaScore& score : row.scores) ImGui::TableSetupColumn(model_.personName(score.assessorId).c_str());
    ImGui::TableHeadersRow();
    std::vector<std::vector<std::pair<const char*, int>>> assessors;
    for (const IdeaScore& score : row.scores) assessors.push_back(criteriaOf(score));
    for (std::size_t i = 0; i < assessors.front().size(); ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(capitalised(assessors.front()[i].first).c_str());
        for (const auto& column : assessors) {
            ImGui::TableNextColumn();
            ImGui::Text("%d", column[i].second);
        }
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("Total (of 25)");
    for (const IdeaScore& score : row.scores) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", score.total());
    }
    ImGui::EndTable();
}

void IdeasView::drawAssessment(AppState& state, const IdeaRow& row) {
    const Permission may = state.permits(Action::AssessIdea);
    ImGui::Spacing();
    heading("Your assessment");
    if (!may) {
        mutedText(may.reason);
        locate(state, "ideas.assess.refused");
        return;
    }
    for (const auto& [label, value] : criteriaOf(forms_.score)) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
        ImGui::SliderInt(capitalised(label).c_str(), value, kMinScale, kMaxScale, "%d", ImGuiSliderFlags_AlwaysClamp);
        locate(state, "ideas.score." + std::string(label));
    }
    mutedText("5 is best on every question; for the cost to try, 5 means cheap to try.");
    if (ImGui::Button("Save my score")) forms_.saveScore(state);
    locate(state, "ideas.score.save");
    ImGui::Spacing();
    const FieldErrors& errors = forms_.decisionErrors();
    textArea(state, "ideas.reason", row.meetsGate(model_.gate()) ? "Reason (needed to decline)"
                                                                 : "Reason (needed to decline, or to promote below the gate)",
             forms_.reason, errors, "reason", 2);
    if (ImGui::Button("Promote to an innovation")) forms_.promote(state);
    locate(state, "ideas.promote");
    ImGui::SameLine();
    if (ImGui::Button("Decline")) forms_.decline(state);
    locate(state, "ideas.decline");
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::InputTextWithHint("##lookagain", "YYYY-MM-DD", &forms_.lookAgain);
    locate(state, "ideas.lookagain");
    ImGui::SameLine();
    if (ImGui::Button("Park until then")) forms_.park(state);
    locate(state, "ideas.park");
    fieldError(errors, "look again on");
    otherErrors(errors);
}

}  // namespace innotrack::gui
