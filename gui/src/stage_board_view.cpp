// Draws the stage board; see stage_board_view.hpp. Only visible cards are drawn (ImGuiListClipper), so a
// portfolio of 100,000 innovations costs what one screenful does.
#include "gui/stage_board_view.hpp"

#include "gui/theme.hpp"
#include "gui/undo_steps.hpp"
#include "gui/widgets.hpp"
#include "new_innovation_dialog.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace innotrack::gui {
namespace {

constexpr const char* kCardPayload = "INNOTRACK_CARD";
// Title; priority, confidence and lead; next milestone; then the badges' lines.
constexpr int kCardTextLines = 3;

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// A card's badges, in the order they are drawn: only those with something to flag.
std::vector<std::pair<Badge, std::string>> badgesOf(const StageBoardBadges& badges) {
    std::vector<std::pair<Badge, std::string>> out;
    if (badges.overdueMilestones > 0) out.emplace_back(Badge::Overdue, plural(badges.overdueMilestones, "overdue", "overdue"));
    if (badges.criticalRisksOpen > 0)
        out.emplace_back(Badge::CriticalRisk, plural(badges.criticalRisksOpen, "Critical risk", "Critical risks"));
    if (badges.setbacksSinceReview > 0)
        out.emplace_back(Badge::NewSetback, plural(badges.setbacksSinceReview, "new setback", "new setbacks"));
    return out;
}

float badgePad() { return ImGui::GetStyle().FramePadding.x * 0.6f; }
float badgeWidth(const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x + badgePad() * 3; }

// How many lines the badges take on a card `width` wide, wrapped as drawn: the most any card
// could need (every badge, two-digit counts), so every card in a column has one height and the
// list can skip the cards off screen.
int badgeLines(float width) {
    const StageBoardBadges widest{88, 88, 88};
    int lines = 1;
    float x = 0;
    for (const auto& [kind, text] : badgesOf(widest)) {
        const float needed = badgeWidth(text);
        if (x > 0 && x + needed > width) {
            ++lines;
            x = 0;
        }
        x += needed;
    }
    return lines;
}

// The room inside a card for its text and badges, left of the colour strip.
float cardInnerWidth(float width) { return width - 6 - ImGui::GetStyle().FramePadding.x * 2; }

float cardHeight(int badgeLineCount) {
    return ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(kCardTextLines + badgeLineCount) +
           ImGui::GetStyle().FramePadding.y * 2;
}

// "22 Dec", with the year when it is not this year's.
std::string shortDate(Date day, Date today) {
    std::string words = std::to_string(day.day()) + " " + std::string(day.month().as_short_string());
    if (day.year() != today.year()) words += " " + std::to_string(static_cast<int>(day.year()));
    return words;
}

// Draws `text` from `at` to `right`, ending with "…" when it does not fit.
void clippedText(ImDrawList* list, ImVec2 at, float right, ImU32 colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const ImVec2 max(right, at.y + ImGui::GetTextLineHeight());
    ImGui::RenderTextEllipsis(list, at, max, right, right, text.c_str(), text.c_str() + text.size(), nullptr);
    ImGui::PopStyleColor();
}

// The badges from `at`, wrapping to the next line at `right` rather than leaving one out; a badge
// wider than the card on its own is cut with "…" (its tooltip on the card says it whole).
void badges(ImDrawList* list, ImVec2 at, float right, const StageBoardBadges& counts) {
    const float pad = badgePad();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float left = at.x;
    for (const auto& [kind, text] : badgesOf(counts)) {
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        if (at.x > left && at.x + size.x + pad * 2 > right) at = ImVec2(left, at.y + line);
        const bool fits = at.x + size.x + pad * 2 <= right;
        const float end = fits ? at.x + size.x + pad * 2 : right;
        list->AddRectFilled(at, ImVec2(end, at.y + size.y), badgeColour(kind), size.y / 2);
        if (fits) list->AddText(ImVec2(at.x + pad, at.y), IM_COL32(255, 255, 255, 255), text.c_str());
        else clippedText(list, ImVec2(at.x + pad, at.y), end - pad, IM_COL32(255, 255, 255, 255), text);
        at.x = end + pad;
    }
}

}  // namespace

void StageBoardView::reload(AppState& state) {
    state.read([&] { model_.load(state.backend().stageBoardQueries(), state.today()); });
    editing_ = model_.filter();
}

void StageBoardView::drawContent(AppState& state) {
    if (!model_.loaded()) {
        mutedText("No portfolio is open. Use File > Open or File > New.");
        return;
    }
    drawFilters(state);
    if (!notice_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorTextColour());
        ImGui::TextWrapped("%s", notice_.c_str());
        ImGui::PopStyleColor();
        locate(state, "board.notice");
        ImGui::SameLine();
        if (ImGui::SmallButton("Dismiss")) notice_.clear();
    }
    drawColumns(state);
    drawStopDialog(state);
    drawNewInnovationDialog(state, newInnovation_, newInnovationOpened_);

    if (pendingMove_) {
        const PendingMove pending = *pendingMove_;
        pendingMove_.reset();
        move(state, pending.innovationId, pending.to);
    }
}

void StageBoardView::drawFilters(AppState& state) {
    const float comboWidth = ImGui::GetFontSize() * 13;
    ImGui::SetNextItemWidth(comboWidth);
    std::string leadLabel = "All cabinet members";
    for (const StageBoardLead& person : model_.cabinetLeads())
        if (editing_.cabinetLeadId == person.id) leadLabel = person.name;
    if (ImGui::BeginCombo("##lead", leadLabel.c_str())) {
        if (ImGui::Selectable("All cabinet members", !editing_.cabinetLeadId)) editing_.cabinetLeadId.reset();
        for (const StageBoardLead& person : model_.cabinetLeads()) {
            const std::string label = person.name + (person.portfolio.empty() ? "" : " (" + person.portfolio + ")");
            if (ImGui::Selectable(label.c_str(), editing_.cabinetLeadId == person.id)) editing_.cabinetLeadId = person.id;
        }
        ImGui::EndCombo();
    }
    locate(state, "board.filter.lead");

    ImGui::SameLine();
    ImGui::SetNextItemWidth(comboWidth * 1.4f);
    std::string ambitionLabel = "All ambitions";
    for (const StageBoardAmbition& ambition : model_.ambitions())
        if (editing_.ambitionId == ambition.id) ambitionLabel = ambition.title;
    if (ImGui::BeginCombo("##ambition", ambitionLabel.c_str())) {
        if (ImGui::Selectable("All ambitions", !editing_.ambitionId)) editing_.ambitionId.reset();
        for (const StageBoardAmbition& ambition : model_.ambitions())
            if (ImGui::Selectable(ambition.title.c_str(), editing_.ambitionId == ambition.id)) editing_.ambitionId = ambition.id;
        ImGui::EndCombo();
    }

    ImGui::SameLine();
    ImGui::SetNextItemWidth(comboWidth);
    if (state.takeSearchFocus()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint("##search", "Search (Ctrl+F)", &editing_.text);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Finds words in the title, summary, \"inspired by\" and cabinet member.\n"
                          "Type overdue, critical, setback or red to find the cards in that state.");
    locate(state, "board.filter.text");
    if (!editing_.text.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Clear")) editing_.text.clear();
        locate(state, "board.filter.clear");
    }
    drawNewInnovation(state);
    drawQuickFilters(state);
    if (editing_ != model_.filter())
        state.read([&] { model_.setFilter(state.backend().stageBoardQueries(), editing_); });

    const std::size_t shown = model_.visibleCount();
    const std::size_t all = model_.cardCount();
    if (shown == all) mutedText(std::to_string(all) + " innovations");
    else mutedText("Showing " + std::to_string(shown) + " of " + std::to_string(all) + " innovations");
    ImGui::SameLine();
    drawLegend();
}

void StageBoardView::drawNewInnovation(AppState& state) {
    ImGui::SameLine();
    if (permittedButton("New innovation…", state.permits(Action::AddInnovation))) newInnovation_.open(state);
    locate(state, "board.new");
    if (newInnovation_.confirmation().empty() || state.undone(newInnovation_.confirmedAs())) return;
    // What was added, until the next one (or Undo): the card is in the Idea column.
    mutedText(newInnovation_.confirmation());
    locate(state, "board.new.confirmation");
    if (const OptionalId added = newInnovation_.addedId()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Open it")) {
            state.selectedInnovation = *added;
            state.show("innovation");
        }
        locate(state, "board.new.open");
    }
}

void StageBoardView::drawQuickFilters(AppState& state) {
    // Whose cards "Mine" keeps follows the person acting, chosen in the Portfolio menu.
    editing_.me = state.actor() ? OptionalId(state.actor()->id) : std::nullopt;
    mutedText("Show only:");
    for (const StageBoardQuickFilter& quick : kStageBoardQuickFilters) {
        ImGui::SameLine();
        const std::string label(quick.label);
        const bool on = editing_.has(quick.flag);
        const bool nobody = quick.flag == StageBoardFlag::Mine && !editing_.me;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::BeginDisabled(nobody && !on);
        if (ImGui::SmallButton(label.c_str())) editing_.set(quick.flag, !on);
        ImGui::EndDisabled();
        if (on) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", nobody ? "Choose who you are acting as first (Portfolio > Act as)."
                                     : on  ? "Showing only these cards: click to show the others again."
                                           : "Click to show only these cards.");
        locate(state, "board.quick." + label);
    }
    ImGui::SameLine();
}

void StageBoardView::drawLegend() {
    ImGui::TextDisabled("Colours");
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted("A card's colour is its delivery confidence:");
    for (const auto& entry : Scale<Confidence>::entries) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float size = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size, at.y + size), confidenceColour(entry.value), 3);
        ImGui::Dummy(ImVec2(size, size));
        ImGui::SameLine();
        ImGui::TextUnformatted(entry.label.data(), entry.label.data() + entry.label.size());
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Badges: milestones overdue, Critical risks open, setbacks since the last review.");
    ImGui::TextUnformatted("Drag a card to another column to change its stage; double-click to open it.");
    ImGui::EndTooltip();
}

void StageBoardView::drawColumns(AppState& state) {
    const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("board.columns", static_cast<int>(kStageBoardColumns.size()), flags)) return;
    for (const Stage stage : kStageBoardColumns) {
        const std::string_view label = labelOf(stage);
        ImGui::TableSetupColumn(std::string(label).c_str(), stage == Stage::Stopped ? ImGuiTableColumnFlags_WidthStretch : 0,
                                stage == Stage::Stopped ? 0.7f : 1.0f);
    }
    ImGui::TableNextRow();
    for (std::size_t i = 0; i < kStageBoardColumns.size(); ++i) {
        ImGui::TableSetColumnIndex(static_cast<int>(i));
        ImGui::PushFont(headingFont());
        ImGui::TextUnformatted(std::string(labelOf(kStageBoardColumns[i])).c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        mutedText(std::to_string(model_.visible(i).size()));
    }
    ImGui::TableNextRow();
    const float height = ImGui::GetContentRegionAvail().y;
    for (std::size_t i = 0; i < kStageBoardColumns.size(); ++i) {
        ImGui::TableSetColumnIndex(static_cast<int>(i));
        drawColumn(state, i, height);
    }
    ImGui::EndTable();
}

void StageBoardView::drawColumn(AppState& state, std::size_t index, float height) {
    const Stage stage = kStageBoardColumns[index];
    const std::string id = "column." + std::string(keyOf(stage));
    ImGui::BeginChild(id.c_str(), ImVec2(0, height), false);
    const auto& places = model_.visible(index);
    const float card = cardHeight(badgeLines(cardInnerWidth(ImGui::GetContentRegionAvail().x)));
    const float step = card + ImGui::GetStyle().ItemSpacing.y;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(places.size()), step);
    while (clipper.Step()) {
        // The whole cards coming into view, a page at a time (nothing read when all are).
        const auto first = static_cast<std::size_t>(clipper.DisplayStart);
        const auto last = static_cast<std::size_t>(clipper.DisplayEnd);
        state.read([&] { model_.readCards(state.backend().stageBoardQueries(), index, first, last); });
        for (std::size_t row = first; row < last; ++row) {
            if (const StageBoardCard* read = model_.card(places[row]->innovationId)) drawCard(state, *read, card);
            else drawUnreadCard(card);
        }
    }
    if (places.empty()) mutedText(stage == Stage::Stopped ? "Drop a card here to stop it" : "No innovations");
    ImGui::EndChild();
    locate(state, "board.column." + std::string(keyOf(stage)));

    if (ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kCardPayload)) {
            Id dropped = 0;
            std::memcpy(&dropped, payload->Data, sizeof dropped);
            pendingMove_ = PendingMove{dropped, stage};
        }
        ImGui::EndDragDropTarget();
    }
}

void StageBoardView::drawCard(AppState& state, const StageBoardCard& card, float height) {
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushID(static_cast<int>(card.innovationId));
    const bool pressed = ImGui::InvisibleButton("card", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    locate(state, "board.card." + std::to_string(card.innovationId));
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();

    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kCardPayload, &card.innovationId, sizeof card.innovationId);
        ImGui::Text("Move '%s'", card.title.c_str());
        ImGui::EndDragDropSource();
    }
    const bool keyboard = pressed && !ImGui::IsMouseReleased(ImGuiMouseButton_Left);
    if (pressed || ImGui::IsItemActivated()) state.selectedInnovation = card.innovationId;
    if ((hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) || keyboard) {
        state.selectedInnovation = card.innovationId;
        state.show("innovation");
    }
    if (hovered && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        ImGui::BeginTooltip();
        ImGui::Text("%s", card.title.c_str());
        ImGui::Text("Priority %d, delivery confidence %s", card.priority, std::string(labelOf(card.confidence)).c_str());
        if (!card.stopReason.empty()) ImGui::Text("Stopped: %s", card.stopReason.c_str());
        for (const auto& [kind, words] : badgesOf(card.badges)) ImGui::BulletText("%s", words.c_str());
        mutedText("Double-click to open; drag to another column to change its stage; right-click for more.");
        ImGui::EndTooltip();
    }
    drawCardMenu(state, card);

    ImDrawList* list = ImGui::GetWindowDrawList();
    const float rounding = 5;
    list->AddRectFilled(min, max, confidenceTint(card.confidence), rounding);
    list->AddRectFilled(min, ImVec2(min.x + 6, max.y), confidenceColour(card.confidence), rounding, ImDrawFlags_RoundCornersLeft);
    const bool selected = state.selectedInnovation == card.innovationId;
    if (selected || hovered)
        list->AddRect(min, max, ImGui::GetColorU32(selected ? ImGuiCol_NavHighlight : ImGuiCol_Border), rounding, 0, selected ? 2.0f : 1.0f);

    const ImGuiStyle& style = ImGui::GetStyle();
    const float left = min.x + 6 + style.FramePadding.x;
    const float right = max.x - style.FramePadding.x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    float y = min.y + style.FramePadding.y;
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    // Secondary lines: the text colour, a little lighter, so they stay readable on the tint.
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_Text, 0.72f);

    clippedText(list, ImVec2(left, y), right, text, card.title);
    y += line;
    const std::string lead = card.cabinetLead.empty() ? "No cabinet lead" : card.cabinetLead;
    clippedText(list, ImVec2(left, y), right, muted,
                "P" + std::to_string(card.priority) + " · " + std::string(labelOf(card.confidence)) + " · " + lead);
    y += line;
    const Date on = model_.on();
    if (card.stage == Stage::Stopped)
        clippedText(list, ImVec2(left, y), right, muted, "Stopped: " + card.stopReason);
    else if (card.nextMilestoneDue)
        // The date first: it is what a cut-off line must not lose.
        clippedText(list, ImVec2(left, y), right, text,
                    (*card.nextMilestoneDue < on ? "Late since " : "Next ") + shortDate(*card.nextMilestoneDue, on) +
                        ": " + card.nextMilestone);
    else
        clippedText(list, ImVec2(left, y), right, muted, "No milestone outstanding");
    y += line;
    badges(list, ImVec2(left, y), right, card.badges);
    ImGui::PopID();
}

// A card whose record could not be read (the error dialog says why) or no longer exists: its room
// on the column, so the cards below keep their places until the next reload.
void StageBoardView::drawUnreadCard(float height) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, height));
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + ImGui::GetStyle().FramePadding.x, at.y + ImGui::GetStyle().FramePadding.y),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled), "…");
}

void StageBoardView::drawCardMenu(AppState& state, const StageBoardCard& card) {
    if (!ImGui::BeginPopupContextItem("card.menu")) return;
    ImGui::TextDisabled("%s", card.title.c_str());
    if (ImGui::MenuItem("Open")) {
        state.selectedInnovation = card.innovationId;
        state.show("innovation");
    }
    // Read only while the menu is open: whether the person may log one turns on the lead officer,
    // which a card does not carry.
    const std::optional<Innovation> innovation = state.store().findInnovation(card.innovationId);
    const Permission logging = innovation ? state.permits(Action::EditDelivery, &*innovation)
                                          : Permission{false, "This innovation is no longer in the portfolio."};
    if (ImGui::MenuItem("Log a setback…", nullptr, false, logging.allowed)) {
        state.selectedInnovation = card.innovationId;
        state.show("setback");
    }
    disabledReason(logging);
    if (ImGui::BeginMenu("Move to")) {
        for (const Stage stage : kStageBoardColumns) {
            const MoveCheck check = StageBoardModel::checkMove(state.actor(), card, stage);
            if (check.verdict == MoveVerdict::Unchanged) continue;
            const bool allowed = check.verdict != MoveVerdict::Refused;
            const std::string label = std::string(labelOf(stage)) + (stage == Stage::Stopped ? "…" : "");
            if (ImGui::MenuItem(label.c_str(), nullptr, false, allowed)) pendingMove_ = PendingMove{card.innovationId, stage};
            disabledReason(Permission{allowed, check.reason});
        }
        ImGui::EndMenu();
    }
    ImGui::EndPopup();
}

void StageBoardView::move(AppState& state, Id innovationId, Stage to) {
    const MoveCheck check = model_.checkMove(state.actor(), innovationId, to);
    switch (check.verdict) {
        case MoveVerdict::Unchanged:
            return;
        case MoveVerdict::Refused:
            notice_ = check.reason;
            return;
        case MoveVerdict::NeedsReason: {
            const StageBoardCard* card = model_.card(innovationId);
            stop_ = StopRequest{innovationId, card ? card->title : std::string(), {}, {}, false};
            return;
        }
        case MoveVerdict::Allowed:
            notice_.clear();
            moveAndConfirm(state, innovationId, to, "");
            return;
    }
}

void StageBoardView::moveAndConfirm(AppState& state, Id innovationId, Stage to, const std::string& reason,
                                    FieldErrors* errors, std::function<void(bool saved)> then) {
    const StageBoardCard* card = model_.card(innovationId);
    const std::string title = "'" + (card ? card->title : std::string("the innovation")) + "'";
    const std::string doing = to == Stage::Stopped ? "Stopping " + title
                                                    : "Moving " + title + " to " + std::string(labelOf(to));
    // Filled on the worker, read on the frame loop once the save has ended.
    auto undo = std::make_shared<std::optional<UndoStep>>();
    state.save(
        doing, RecordKind::Innovations,
        [innovationId, to, reason, undo](Portfolio& portfolio, Id actor) {
            *undo = stageMoveUndo(portfolio, portfolio.changeStage(actor, innovationId, to, reason));
        },
        [&state, undo, then = std::move(then)](bool saved) {
            if (saved) state.confirm(std::move(**undo));
            if (then) then(saved);
        },
        errors);
}

void StageBoardView::drawStopDialog(AppState& state) {
    if (!stop_) return;
    constexpr const char* kTitle = "Stop this innovation?";
    if (!beginRequestedDialog(kTitle, stop_->opened, 32)) {
        stop_.reset();
        return;
    }
    ImGui::TextWrapped("Stop '%s'?", stop_->title.c_str());
    mutedText("Stopping is a legitimate outcome of a calculated risk. Say why, so others can learn from it.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    textArea(state, "board.stop.reason", "Reason for stopping", stop_->reason, stop_->errors, "reason");
    otherErrors(stop_->errors);
    bool close = false;
    if (ImGui::Button("Stop innovation")) {
        const Id id = stop_->innovationId;
        const std::string reason = stop_->reason;
        moveAndConfirm(state, id, Stage::Stopped, reason, &stop_->errors, [this, id](bool saved) {
            // A validation error stays beside the field; anything else is in the error dialog.
            if (stop_ && stop_->innovationId == id) stop_->finished = saved || stop_->errors.empty();
        });
    }
    if (stop_->finished) close = true;
    locate(state, "board.stop.confirm");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) close = true;
    if (close) {
        ImGui::CloseCurrentPopup();
        stop_.reset();
    }
    ImGui::EndPopup();
}

}  // namespace innotrack::gui
