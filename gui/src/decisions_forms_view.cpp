// Draws the Decisions view's forms: a decision added, its notice, a short notice's general
// exception or special urgency, and its record. What they save is in decisions_model.cpp.
#include "gui/decisions_view.hpp"

#include "gui/theme.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>

namespace innotrack::gui {
namespace {

namespace fields = decision_fields;

// Wide enough that a field's centre, where a click lands, is on its box and not its label.
constexpr float kDateEms = 10;
constexpr float kAmountEms = 16;
constexpr float kLineEms = 24;

bool dateInput(AppState& state, const std::string& key, const char* label, std::string& text, const FieldErrors& errors,
               const std::string& field) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * kDateEms);
    return textField(state, key, label, text, errors, field, "YYYY-MM-DD");
}

bool lineInput(AppState& state, const std::string& key, const char* label, std::string& text, const FieldErrors& errors,
               const std::string& field, const char* hint = nullptr) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * kLineEms);
    return textField(state, key, label, text, errors, field, hint);
}

}  // namespace

void DecisionsView::drawAddForm(AppState& state) {
    ImGui::Separator();
    heading("Add a decision to be made");
    DecisionDraft& draft = forms_.adding;
    const FieldErrors& errors = forms_.addErrors();
    // Only the innovations whose decisions the acting person may record.
    std::map<Id, std::string> mine;
    for (const auto& [id, title] : model_.activeInnovations())
        if (state.permits(Action::RecordDecision, model_.innovation(id))) mine.emplace(id, title);
    choiceCombo(state, "decisions.add.innovation", "Innovation", draft.innovationId, mine, "Choose one", kLineEms);
    fieldError(errors, fields::kInnovation);
    lineInput(state, "decisions.add.matter", "What is to be decided", draft.matter, errors, fields::kMatter,
              "award the contract for the sensors");
    dateInput(state, "decisions.add.on", "To be made on", draft.plannedOn, errors, fields::kPlannedOn);
    choiceCombo(state, "decisions.add.maker", "Decision maker", draft.makerId, model_.deciders(),
                "A body, named below", kLineEms * 0.6f, "A body, named below");
    fieldError(errors, fields::kMaker);
    if (!draft.makerId) {
        lineInput(state, "decisions.add.body", "Deciding body", draft.makerBody, errors, "deciding body", "Cabinet");
        lineInput(state, "decisions.add.members", "Its members", draft.makerMembers, errors, fields::kMembers);
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * kAmountEms);
    textField(state, "decisions.add.amount", "Spending or savings (£)", draft.amount, errors, fields::kAmount,
              "750,000");
    ImGui::Checkbox("A significant effect on communities in two or more wards", &draft.affectsTwoOrMoreWards);
    locate(state, "decisions.add.wards");
    otherErrors(errors);
    if (ImGui::Button("Add the decision") || submittedByEnter()) {
        if (forms_.add(state)) {
            adding_ = false;
            selected_ = forms_.lastAdded();
        }
    }
    locate(state, "decisions.add.submit");
    ImGui::Separator();
}

void DecisionsView::drawNoticeForm(AppState& state, const DecisionRow& row) {
    ImGui::Spacing();
    heading(row.decision.noticeOn ? "Change the notice" : "Record the notice");
    NoticeDraft& notice = forms_.notice;
    const FieldErrors& errors = forms_.noticeErrors();
    dateInput(state, "decisions.notice.on", "Published on", notice.publishedOn, errors, fields::kNoticeOn);
    lineInput(state, "decisions.notice.documents", "Documents to be submitted", notice.documents, errors, "documents");
    lineInput(state, "decisions.notice.from", "Copies from, and how to ask for others", notice.documentsFrom, errors,
              "copies from");
    otherErrors(errors);
    if (ImGui::Button("Record the notice") || submittedByEnter()) forms_.saveNotice(state);
    locate(state, "decisions.notice.submit");
}

void DecisionsView::drawShortNoticeForm(AppState& state, const DecisionRow& row) {
    ImGui::Spacing();
    heading("The notice is short");
    ImGui::PushStyleColor(ImGuiCol_Text, errorTextColour());
    wrappedText(row.noticeWords + ".");
    ImGui::PopStyleColor();
    ShortNoticeDraft& draft = forms_.shortNotice;
    const FieldErrors& errors = forms_.shortNoticeErrors();
    if (ImGui::RadioButton("General exception: the scrutiny chair told at least 5 clear days before",
                           draft.route == ShortNoticeRoute::GeneralException))
        draft.route = ShortNoticeRoute::GeneralException;
    locate(state, "decisions.short.exception");
    if (ImGui::RadioButton("Special urgency: the scrutiny chair agrees it cannot wait",
                           draft.route == ShortNoticeRoute::SpecialUrgency))
        draft.route = ShortNoticeRoute::SpecialUrgency;
    locate(state, "decisions.short.urgency");
    const bool exception = draft.route == ShortNoticeRoute::GeneralException;
    lineInput(state, "decisions.short.chair", "Scrutiny chair", draft.chair, errors, fields::kChair);
    dateInput(state, "decisions.short.on", exception ? "Told on" : "Agreed on", draft.chairOn, errors, fields::kChairOn);
    if (!exception)
        textArea(state, "decisions.short.why", "Why it cannot wait", draft.urgencyReason, errors, fields::kUrgencyReason, 2);
    otherErrors(errors);
    if (ImGui::Button(exception ? "Make it a general exception" : "Make it special urgency") || submittedByEnter())
        forms_.markShortNotice(state);
    locate(state, "decisions.short.submit");
}

void DecisionsView::drawRecordForm(AppState& state, const DecisionRow& row) {
    ImGui::Spacing();
    heading("Record the decision made");
    if (row.notice.standing == NoticeStanding::Short)
        mutedText("Its record is refused until the short notice is a general exception or special urgency.");
    RecordDraft& record = forms_.record;
    const FieldErrors& errors = forms_.recordErrors();
    dateInput(state, "decisions.record.on", "Made on", record.madeOn, errors, fields::kMadeOn);
    textArea(state, "decisions.record.decision", "The decision", record.decision, errors, fields::kDecision, 2);
    textArea(state, "decisions.record.reasons", "The reasons for it", record.reasons, errors, fields::kReasons, 2);
    textArea(state, "decisions.record.alternatives", "Alternatives considered and rejected", record.alternativesRejected,
             errors, "alternatives rejected", 2);
    lineInput(state, "decisions.record.conflicts", "Conflicts of interest declared, and by whom", record.conflictsDeclared,
              errors, "conflicts of interest");
    lineInput(state, "decisions.record.dispensation", "Any dispensation granted", record.dispensation, errors,
              "dispensation");
    otherErrors(errors);
    if (ImGui::Button("Record the decision") || submittedByEnter()) forms_.makeRecord(state);
    locate(state, "decisions.record.submit");
}

}  // namespace innotrack::gui
