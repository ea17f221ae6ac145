// Draws the setback form; see setback_view.hpp and setback_form.hpp for what it does.
#include "gui/setback_view.hpp"

#include "gui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace innotrack::gui {
namespace {

constexpr float kFormWidthEms = 44;

std::string riskLabel(const Risk& risk) {
    return "Risk " + std::to_string(risk.id) + ": " + risk.title + " (score " + std::to_string(risk.score()) + ")";
}

}  // namespace

const Innovation* SetbackView::chosenInnovation() const {
    if (!form_.setback.innovationId) return nullptr;
    for (const Innovation& innovation : innovations_)
        if (innovation.id == *form_.setback.innovationId) return &innovation;
    return nullptr;
}

void SetbackView::reload(AppState& state) {
    risksFor_.reset();  // read again below, in refresh()
    bool loggedIsGone = false;
    state.read([&] {
        innovations_.clear();
        for (Innovation& innovation : state.store().listInnovations({}))
            if (innovation.stage != Stage::Stopped) innovations_.push_back(std::move(innovation));
        const OptionalId logged = form_.loggedSetbackId();
        loggedIsGone = logged && form_.step() == SetbackForm::Step::Lesson && !state.store().findSetback(*logged);
    });
    // Its logging undone, the setback has no lesson to ask for: the form is a new one.
    if (loggedIsGone) form_.reset(state.today(), state.selectedInnovation);
}

void SetbackView::refresh(AppState& state) {
    if (!started_) {
        form_.reset(state.today(), state.selectedInnovation);
        followed_ = state.selectedInnovation;
        started_ = true;
    }
    // A card's "Log a setback" (or a newly opened innovation) chooses the innovation, unless the
    // officer has started typing about another one.
    if (state.selectedInnovation != followed_) {
        followed_ = state.selectedInnovation;
        if (form_.step() == SetbackForm::Step::Done) form_.reset(state.today(), followed_);
        else if (form_.step() == SetbackForm::Step::Setback && form_.setback.whatHappened.empty())
            form_.setback.innovationId = followed_;
    }
    // A risk's "It occurred": a new setback about that risk, unless one is half typed.
    if (state.occurredRisk) {
        if (form_.step() != SetbackForm::Step::Setback || form_.setback.whatHappened.empty())
            form_.reset(state.today(), state.selectedInnovation);
        if (form_.setback.innovationId == state.selectedInnovation) form_.setback.riskId = state.occurredRisk;
        state.occurredRisk.reset();
    }
    if (form_.setback.innovationId != risksFor_) {
        risksFor_ = form_.setback.innovationId;
        openRisks_.clear();
        if (risksFor_)
            state.read([&] {
                for (Risk& risk : state.store().listRisks(*risksFor_))
                    if (risk.status == RiskStatus::Open) openRisks_.push_back(std::move(risk));
            });
        if (form_.setback.riskId &&
            std::none_of(openRisks_.begin(), openRisks_.end(), [&](const Risk& r) { return r.id == *form_.setback.riskId; }))
            form_.setback.riskId.reset();
    }
}

void SetbackView::drawContent(AppState& state) {
    refresh(state);
    heading("Log a setback");
    wrappedText("Something went wrong? Logging it is how the council learns. Say what happened, answer five "
                "questions about what kind of failure it was, then record the lesson.");
    mutedText(form_.step() == SetbackForm::Step::Setback ? "Step 1 of 2: the setback" :
              form_.step() == SetbackForm::Step::Lesson  ? "Step 2 of 2: the lesson" : "Done");
    ImGui::Separator();
    // Nobody may be handed a form that cannot be saved: the reason instead of the fields.
    if (const Permission may = state.permitsOnSome(Action::EditDelivery); !may) {
        mutedText("You cannot log setbacks:");
        wrappedText(may.reason);
        locate(state, "setback.readonly");
        return;
    }
    ImGui::PushItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * kFormWidthEms));
    switch (form_.step()) {
        case SetbackForm::Step::Setback: drawSetbackStep(state); break;
        case SetbackForm::Step::Lesson: drawLessonStep(state); break;
        case SetbackForm::Step::Done: drawDone(state); break;
    }
    ImGui::PopItemWidth();
}

void SetbackView::drawInnovationChoice(AppState& state) {
    const Innovation* chosen = chosenInnovation();
    ImGui::TextUnformatted("Innovation");
    if (ImGui::BeginCombo("##innovation", chosen ? chosen->title.c_str() : "Choose the innovation…")) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(innovations_.size()));
        while (clipper.Step())
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const Innovation& innovation = innovations_[static_cast<std::size_t>(row)];
                ImGui::PushID(static_cast<int>(innovation.id));
                if (ImGui::Selectable(innovation.title.c_str(), chosen && chosen->id == innovation.id))
                    form_.setback.innovationId = innovation.id;
                locate(state, "setback.innovation." + std::to_string(innovation.id));
                ImGui::PopID();
            }
        ImGui::EndCombo();
    }
    locate(state, "setback.innovation");
    fieldError(form_.errors(), "innovation");
}

void SetbackView::drawRiskChoice(AppState& state) {
    ImGui::TextUnformatted("Was it a risk the team had foreseen?");
    std::string current = "No, it was not on the risk register";
    for (const Risk& risk : openRisks_)
        if (form_.setback.riskId == risk.id) current = riskLabel(risk);
    if (ImGui::BeginCombo("##risk", current.c_str())) {
        if (ImGui::Selectable("No, it was not on the risk register", !form_.setback.riskId)) form_.setback.riskId.reset();
        for (const Risk& risk : openRisks_) {
            ImGui::PushID(static_cast<int>(risk.id));
            if (ImGui::Selectable(riskLabel(risk).c_str(), form_.setback.riskId == risk.id)) form_.setback.riskId = risk.id;
            locate(state, "setback.risk." + std::to_string(risk.id));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    locate(state, "setback.risk");
    mutedText("Choosing a risk marks it as occurred, linked to this setback: it is counted once, as the setback.");
    fieldError(form_.errors(), "risk");
}

void SetbackView::drawKind(AppState& state) {
    ImGui::Spacing();
    heading("What kind of failure was it?");
    for (std::size_t i = 0; i < kFailureQuestions.size(); ++i) {
        const FailureQuestion& question = kFailureQuestions[i];
        ImGui::Checkbox(std::string(question.question).c_str(), &(form_.setback.answers.*question.answer));
        locate(state, "setback.question." + std::to_string(i));
        helpMarker(question.explanation);
    }
    wrappedText(SetbackForm::kindAdvice(form_.setback.answers));
    if (!form_.intelligentAllowed() && form_.setback.kind == FailureKind::Intelligent) form_.setback.kind.reset();
    for (const auto& entry : Scale<FailureKind>::entries) {
        const bool intelligent = entry.value == FailureKind::Intelligent;
        const Permission allowed = intelligent && !form_.intelligentAllowed()
                                       ? Permission{false, "An intelligent failure needs all five answers to be yes."}
                                       : Permission{true, {}};
        ImGui::BeginDisabled(!allowed.allowed);
        if (ImGui::RadioButton(std::string(entry.label).c_str(), form_.setback.kind == entry.value))
            form_.setback.kind = entry.value;
        ImGui::EndDisabled();
        disabledReason(allowed);
        locate(state, "setback.kind." + std::string(entry.key));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    fieldError(form_.errors(), "kind");
}

void SetbackView::drawSetbackStep(AppState& state) {
    drawInnovationChoice(state);
    textArea(state, "setback.what", "What happened", form_.setback.whatHappened, form_.errors(), "what happened");
    ImGui::TextUnformatted("When (YYYY-MM-DD)");
    textField(state, "setback.date", "##date", form_.setback.date, form_.errors(), "date", "YYYY-MM-DD");
    drawRiskChoice(state);
    textArea(state, "setback.response", "What was done about it", form_.setback.response, form_.errors(), "response", 2);
    drawKind(state);
    ImGui::Spacing();
    const Innovation* chosen = chosenInnovation();
    // With no innovation chosen yet, the button stays live so the form can say what is missing.
    const Permission permission = chosen          ? state.permits(Action::EditDelivery, chosen)
                                  : state.actor() ? Permission{true, {}}
                                                  : state.permits(Action::EditDelivery);
    otherErrors(form_.errors());
    if (permittedButton("Log the setback", permission)) form_.submitSetback(state);
    locate(state, "setback.submit");
}

void SetbackView::drawLessonStep(AppState& state) {
    wrappedText("Setback " + std::to_string(form_.loggedSetbackId().value_or(0)) +
                " is logged. Now record what the council learned from it, so another team can avoid it or build on it.");
    LessonDraft& lesson = form_.lesson;
    textArea(state, "lesson.what", "What happened", lesson.whatHappened, form_.errors(), "what happened", 2);
    textArea(state, "lesson.effect", "Its effect", lesson.effect, form_.errors(), "effect", 2);
    textArea(state, "lesson.cause", "Cause or trigger", lesson.cause, form_.errors(), "cause", 2);
    textArea(state, "lesson.warnings", "Early warning signs", lesson.earlyWarnings, form_.errors(), "early warning signs", 2);
    textArea(state, "lesson.recommendation", "Recommendation for others", lesson.recommendation, form_.errors(),
             "recommendation", 2);
    ImGui::TextUnformatted("Tags, separated by commas (for searching the lessons library)");
    textField(state, "lesson.tags", "##tags", lesson.tags, form_.errors(), "tag", "e.g. procurement, digital");
    ImGui::Checkbox("It had been identified as a risk", &lesson.identifiedAsRisk);
    otherErrors(form_.errors());
    if (ImGui::Button("Save the lesson")) form_.submitLesson(state);
    locate(state, "lesson.submit");
    ImGui::SameLine();
    if (ImGui::Button("Skip for now")) form_.skipLesson();
    locate(state, "lesson.skip");
}

void SetbackView::drawDone(AppState& state) {
    std::string saved = "Setback " + std::to_string(form_.loggedSetbackId().value_or(0));
    if (form_.recordedLessonId()) saved += " and lesson " + std::to_string(*form_.recordedLessonId());
    wrappedText(saved + " saved. Thank you: every setback logged makes the tally honest.");
    if (ImGui::Button("Log another setback")) form_.reset(state.today(), form_.setback.innovationId);
    locate(state, "setback.another");
    ImGui::SameLine();
    if (ImGui::Button("Open the innovation")) {
        state.selectedInnovation = form_.setback.innovationId;
        state.show("innovation");
    }
}

}  // namespace innotrack::gui
