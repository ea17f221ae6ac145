// Draws the weekly review; see review_view.hpp.
#include "gui/review_view.hpp"

#include "gui/theme.hpp"
#include "gui/undo_steps.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <memory>
#include <vector>
#include <utility>

namespace innotrack::gui {
namespace {

// A confirmation's two buttons, located under `yesKey` and `noKey`; closes the dialog once either
// is pressed. True when the first was.
bool confirmButtons(AppState& state, const char* yes, const std::string& yesKey, const char* no,
                    const std::string& noKey, bool& answered) {
    const bool confirmed = ImGui::Button(yes);
    locate(state, yesKey);
    ImGui::SameLine();
    const bool refused = ImGui::Button(no);
    locate(state, noKey);
    answered = confirmed || refused;
    if (answered) ImGui::CloseCurrentPopup();
    return confirmed;
}

}  // namespace

void ReviewView::reload(AppState& state) {
    const bool hadOpen = model_.openReview().has_value();
    changesFor_.reset();
    factsFor_.reset();
    pastEntriesFor_.reset();
    // What is typed and not recorded, as it stands before the review is read again.
    std::vector<LeftDraft> unrecorded = unrecordedDrafts(model_, drafts_);
    std::string portfolioKey;
    loaded_ = state.read([&] {
        model_.load(state.store(), state.backend().boardQueries(), state.today());
        portfolioKey = state.store().portfolioKey();
    });
    // Drafts belong to the open review: kept through any reload while it stays open. When it closed
    // at another desk (this one records or discards them before closing), what was typed is shown.
    const bool samePortfolio = portfolioKey == drafts_.portfolioKey();
    if (loaded_ && drafts_.follow(portfolioKey, model_.openReview() ? OptionalId(model_.openReview()->id) : std::nullopt)) {
        if (samePortfolio) leftBehind_.insert(leftBehind_.end(), unrecorded.begin(), unrecorded.end());
        else leftBehind_.clear();
    }
    // A review just started begins at the top; otherwise stay where the chair was.
    if (!hadOpen && model_.openReview()) current_ = model_.firstUnrecorded();
    current_ = std::min(current_, model_.items().empty() ? 0 : model_.items().size() - 1);
    if (!model_.openReview()) meeting_ = false;
    meetingAt_.reset(model_.items().size(), meetingAt_.index());
}

Permission ReviewView::mayRecord(const AppState& state) const {
    const Permission role = state.permits(Action::RunReview);
    if (!role || !model_.openReview()) return role;
    return permitsChairing(*state.actor(), *model_.openReview(), model_.chairName());
}

void ReviewView::drawContent(AppState& state) {
    if (!loaded_) return;
    if (meetingRequested_ && model_.openReview()) enterMeeting();
    meetingRequested_ = false;
    if (meeting_) {
        drawMeeting(state);
        return;
    }
    if (pastShown_) {
        drawPast(state);
        return;
    }
    heading("Weekly review");
    drawLeftBehind(state);
    if (!model_.openReview()) {
        drawMeetingButton(state);
        drawStart(state);
        drawPastList(state);
        return;
    }
    if (listingPast_) {
        if (ImGui::Button("Back to this week's review")) listingPast_ = false;
        locate(state, "review.past.back");
        drawPastList(state);
        return;
    }
    const Review& review = *model_.openReview();
    const std::size_t total = model_.items().size();
    const std::size_t recorded = model_.recordedCount();
    ImGui::Text("Review of %s, chaired by %s. %zu of %zu active innovations recorded.", formatDate(review.heldOn).c_str(),
                model_.chairName().c_str(), recorded, total);
    ImGui::ProgressBar(total == 0 ? 0.0f : static_cast<float>(recorded) / static_cast<float>(total),
                       ImVec2(ImGui::GetFontSize() * 20, 0));
    ImGui::SameLine();
    drawClose(state);
    ImGui::SameLine();
    drawAbandon(state);
    ImGui::SameLine();
    if (ImGui::Button("Past reviews")) listingPast_ = true;
    locate(state, "review.past");
    ImGui::SameLine();
    drawMeetingButton(state);
    if (model_.since()) mutedText("\"New\" means since the last review closed, on " + formatDate(model_.since()) + ".");
    ImGui::Separator();
    drawList(state);
    ImGui::SameLine();
    drawCurrent(state);
}

void ReviewView::drawStart(AppState& state) {
    if (model_.lastClosed())
        wrappedText("The last review was held on " + formatDate(model_.lastClosed()->heldOn) + " and closed on " +
                    formatDate(model_.lastClosed()->closedOn) + ".");
    else
        wrappedText("No weekly review has been held yet.");
    wrappedText("In a review the chair steps through each of the " + std::to_string(model_.items().size()) +
                " active innovations, sees what changed since the last review (milestones done or moved, new risks "
                "and setbacks), and records delivery confidence, a comment and a decision.");
    if (permittedButton("Start this week's review", state.permits(Action::RunReview))) {
        // A second review on a day one was already held is more likely a slip: ask first.
        if (model_.closedReviewHeldOn(state.today())) startAgain_ = Asking{};
        else start(state);
    }
    locate(state, "review.start");
    drawStartAgain(state);
}

void ReviewView::start(AppState& state) {
    state.save("Starting the review", RecordKind::Reviews,
               [](Portfolio& portfolio, Id actor) { portfolio.startReview(actor); });
}

void ReviewView::drawStartAgain(AppState& state) {
    // Nothing asked for, or closed by ImGui: nothing to draw.
    if (!startAgain_ || !beginRequestedDialog("Start another review today?", startAgain_->opened, 32)) {
        startAgain_.reset();
        return;
    }
    if (const PastReview* held = model_.closedReviewHeldOn(state.today()))
        wrappedText("A review was already held today, chaired by " + held->chair + ", and closed with " +
                    std::to_string(held->recorded) + (held->recorded == 1 ? " innovation" : " innovations") +
                    " recorded. Start another one today?");
    bool answered = false;
    if (confirmButtons(state, "Start another review", "review.start.confirm", "Cancel", "review.start.cancel", answered))
        start(state);
    if (answered) startAgain_.reset();
    ImGui::EndPopup();
}

void ReviewView::drawAbandon(AppState& state) {
    Permission permission = mayRecord(state);
    if (permission && model_.recordedCount() > 0)
        permission = {false, "Something is recorded in this review already, so it cannot be abandoned: close it instead."};
    if (permittedButton("Abandon this review", permission)) abandoning_ = Asking{};
    locate(state, "review.abandon");
    if (!abandoning_ || !beginRequestedDialog("Abandon this review?", abandoning_->opened, 32)) {
        abandoning_.reset();
        return;
    }
    wrappedText("Abandon the review of " + formatDate(model_.openReview()->heldOn) +
                "? Use this for a review started by mistake. Nothing is recorded in it; the history will show "
                "that it was started and abandoned.");
    const CloseSummary summary = closeSummary(model_, drafts_);
    if (summary.hasDrafts())
        wrappedText("What was typed for " + std::to_string(summary.unrecordedDrafts.size()) +
                    (summary.unrecordedDrafts.size() == 1 ? " innovation" : " innovations") + " will be thrown away.");
    bool answered = false;
    if (confirmButtons(state, "Abandon the review", "review.abandon.confirm", "Keep the review", "review.abandon.keep",
                       answered)) {
        const Id id = model_.openReview()->id;
        state.save(
            "Abandoning the review", RecordKind::Reviews,
            [id](Portfolio& portfolio, Id actor) { portfolio.abandonReview(actor, id); },
            [this](bool saved) {
                if (saved) drafts_.discard();
            });
    }
    if (answered) abandoning_.reset();
    ImGui::EndPopup();
}

void ReviewView::drawLeftBehind(AppState& state) {
    if (leftBehind_.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, errorTextColour());
    wrappedText("The review was closed or abandoned at another desk before this was recorded. Nothing here was "
                "saved; copy what you need before dismissing it.");
    ImGui::PopStyleColor();
    for (const LeftDraft& left : leftBehind_) {
        const std::string line = describeDraft(left.innovation, left.draft);
        ImGui::PushID(&left);
        wrappedBullet(line);
        if (ImGui::SmallButton("Copy")) ImGui::SetClipboardText(line.c_str());
        ImGui::PopID();
    }
    if (ImGui::Button("Dismiss")) leftBehind_.clear();
    locate(state, "review.left.dismiss");
    ImGui::Separator();
}

void ReviewView::drawPastList(AppState& state) {
    ImGui::Spacing();
    heading("Past reviews");
    const auto& past = model_.pastReviews();
    if (past.empty()) {
        mutedText("No review has closed yet.");
        return;
    }
    mutedText("Choose one to read what it recorded.");
    ImGui::BeginChild("review.past.list", ImVec2(0, 0), true);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(past.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const PastReview& review = past[static_cast<std::size_t>(row)];
            const std::string line =
                formatDate(review.review.heldOn) + ", chaired by " + review.chair + ": " +
                (review.abandoned() ? std::string("abandoned, nothing recorded")
                                    : std::to_string(review.recorded) +
                                          (review.recorded == 1 ? " innovation recorded" : " innovations recorded") +
                                          ", closed on " + formatDate(review.review.closedOn));
            ImGui::PushID(static_cast<int>(review.review.id));
            if (ImGui::Selectable(line.c_str(), false)) pastShown_ = review.review.id;
            locate(state, "review.past." + std::to_string(review.review.id));
            ImGui::PopID();
        }
    ImGui::EndChild();
}

void ReviewView::drawPast(AppState& state) {
    const PastReview* past = model_.pastReview(*pastShown_);
    if (ImGui::Button(model_.openReview() ? "Back to this week's review" : "Back to the weekly review")) pastShown_.reset();
    locate(state, "review.past.close");
    if (!past || !pastShown_) {
        pastShown_.reset();
        return;
    }
    if (pastEntriesFor_ != past->review.id) {
        pastEntriesFor_ = past->review.id;
        state.read([&] { pastEntries_ = model_.entriesOf(state.store(), past->review.id); });
    }
    heading("Review of " + formatDate(past->review.heldOn));
    wrappedText("Chaired by " + past->chair + ". " +
                (past->abandoned() ? std::string("Abandoned: it was started by mistake and nothing was recorded in it.")
                                   : "Closed on " + formatDate(past->review.closedOn) + ", with " +
                                         std::to_string(past->recorded) +
                                         (past->recorded == 1 ? " innovation" : " innovations") + " recorded."));
    mutedText("A past review is kept as it was recorded; it cannot be changed.");
    ImGui::Separator();
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                      ImGuiTableFlags_Resizable;
    if (pastEntries_.empty() || !ImGui::BeginTable("review.past.entries", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Confidence is as wide as its longest label; the texts share the rest.
    const std::pair<const char*, float> columns[] = {{"Innovation", 2.0f}, {"Confidence", 0.0f}, {"Comment", 3.0f}, {"Decision", 3.0f}};
    for (const auto& [label, weight] : columns)
        ImGui::TableSetupColumn(label, weight > 0 ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed,
                                weight > 0 ? weight : ImGui::CalcTextSize("Amber/Green ").x);
    ImGui::TableHeadersRow();
    for (const PastReviewEntry& row : pastEntries_) {
        const std::string confidence(labelOf(row.entry.confidence));
        ImGui::TableNextRow();
        for (const std::string* text : {&row.innovation, &confidence, &row.entry.comment, &row.entry.decision}) {
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", text->empty() ? "(none)" : text->c_str());
        }
    }
    ImGui::EndTable();
}

void ReviewView::drawList(AppState& state) {
    ImGui::BeginChild("review.list", ImVec2(ImGui::GetContentRegionAvail().x * 0.3f, 0), true);
    const auto& items = model_.items();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(items.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto index = static_cast<std::size_t>(row);
            const ReviewItem& item = items[index];
            ImGui::PushID(static_cast<int>(item.innovation.id));
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float size = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + 2), ImVec2(at.x + 6, at.y + size),
                                                      confidenceColour(item.innovation.confidence));
            ImGui::Dummy(ImVec2(8, size));
            ImGui::SameLine();
            // A tick for what is recorded, in a column of its own so the titles line up.
            const float tickWidth = ImGui::CalcTextSize("✓ ").x;
            if (item.recorded) ImGui::TextUnformatted("✓");
            else ImGui::Dummy(ImVec2(tickWidth, size));
            ImGui::SameLine(8 + ImGui::GetStyle().ItemSpacing.x + tickWidth + ImGui::GetStyle().WindowPadding.x);
            if (ImGui::Selectable(item.innovation.title.c_str(), current_ == index)) current_ = index;
            locate(state, "review.item." + std::to_string(item.innovation.id));
            ImGui::PopID();
        }
    ImGui::EndChild();
}

void ReviewView::drawCurrent(AppState& state) {
    ImGui::BeginChild("review.current", ImVec2(0, 0), false);
    if (model_.items().empty()) {
        mutedText("There are no active innovations to review.");
        ImGui::EndChild();
        return;
    }
    const ReviewItem& item = model_.items()[current_];
    if (changesFor_ != item.innovation.id) {
        changesFor_ = item.innovation.id;
        state.read([&] { changes_ = model_.changesFor(state.store(), item.innovation.id, state.today()); });
    }
    heading(item.innovation.title);
    ImGui::Text("%s  ·  priority %d  ·  cabinet lead %s", std::string(labelOf(item.innovation.stage)).c_str(),
                item.innovation.priority, item.cabinetLead.empty() ? "none" : item.cabinetLead.c_str());
    if (ImGui::SmallButton("Open this innovation")) {
        state.selectedInnovation = item.innovation.id;
        state.show("innovation");
    }
    drawChanges(item);
    ImGui::Separator();
    drawRecordForm(state, item);
    ImGui::EndChild();
}

void ReviewView::drawChanges(const ReviewItem& item) {
    const std::string now(labelOf(item.innovation.confidence));
    if (changes_.confidenceAtLastReview)
        ImGui::Text("Delivery confidence: %s now, %s at the last review.", now.c_str(),
                    std::string(labelOf(*changes_.confidenceAtLastReview)).c_str());
    else
        ImGui::Text("Delivery confidence: %s now; not assessed at the last review.", now.c_str());
    const auto section = [](const std::string& title, std::size_t count, auto&& rows) {
        if (count == 0) return;
        ImGui::Spacing();
        ImGui::Text("%s (%zu)", title.c_str(), count);
        ImGui::Indent();
        rows();
        ImGui::Unindent();
    };
    section("Milestones done", changes_.completed.size(), [&] {
        for (const Milestone& m : changes_.completed)
            wrappedBullet(m.title + ", on " + formatDate(m.completedOn) + (m.onTime() ? " (on time)" : " (late)"));
    });
    section("Milestones moved", changes_.moved.size(), [&] {
        for (const MovedMilestone& m : changes_.moved)
            wrappedBullet(m.milestone.title + ": " + formatDate(m.move.from) + " → " + formatDate(m.move.to) + ". " +
                          m.move.reason);
    });
    section("Milestones overdue", changes_.overdue.size(), [&] {
        for (const Milestone& m : changes_.overdue) wrappedBullet(m.title + ", due " + formatDate(m.due));
    });
    section("New risks", changes_.newRisks.size(), [&] {
        for (const Risk& r : changes_.newRisks) wrappedBullet(r.title + " (score " + std::to_string(r.score()) + ")");
    });
    section("New setbacks", changes_.newSetbacks.size(), [&] {
        for (const Setback& s : changes_.newSetbacks)
            wrappedBullet(formatDate(s.occurredOn) + ": " + s.whatHappened + " (" + std::string(labelOf(s.kind)) + ")");
    });
    section("New lessons", changes_.newLessons.size(), [&] {
        for (const Lesson& l : changes_.newLessons) wrappedBullet(formatDate(l.recordedOn) + ": " + l.whatHappened);
    });
    if (changes_.nothingNew() && changes_.overdue.empty()) mutedText("Nothing new since the last review.");
}

void ReviewView::drawEntryFields(AppState& state, ReviewDraft& draft, const Permission& permission,
                                 const std::string& at) {
    ImGui::BeginDisabled(!permission.allowed);
    for (const auto& entry : Scale<Confidence>::entries) {
        ImGui::PushStyleColor(ImGuiCol_CheckMark, ImGui::ColorConvertU32ToFloat4(confidenceColour(entry.value)));
        if (ImGui::RadioButton(std::string(entry.label).c_str(), draft.confidence == entry.value)) draft.confidence = entry.value;
        ImGui::PopStyleColor();
        locate(state, at + ".confidence." + std::string(entry.key));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    textArea(state, at + ".comment", "Comment", draft.comment, draft.errors, "comment", 2);
    textArea(state, at + ".decision", "Decision", draft.decision, draft.errors, "decision", 2);
    ImGui::EndDisabled();
    disabledReason(permission);
    otherErrors(draft.errors);
}

void ReviewView::drawRecordForm(AppState& state, const ReviewItem& item) {
    ReviewDraft& draft = drafts_.draftFor(item);
    const Permission permission = mayRecord(state);
    ImGui::TextUnformatted("Delivery confidence now");
    drawEntryFields(state, draft, permission, "review");
    const bool last = current_ + 1 >= model_.items().size();
    if (permittedButton(last ? "Record" : "Record and go to the next", permission))
        record(state, item, draft, [this, last] {
            if (!last) ++current_;
        });
    locate(state, "review.record");
    ImGui::SameLine();
    // Drawn as every button that cannot be pressed is (an outline), with the reason on hover.
    if (permittedButton("Previous", {current_ > 0, "This is the first innovation of the review."})) --current_;
    ImGui::SameLine();
    if (permittedButton("Next", {!last, "This is the last innovation of the review."})) ++current_;
    if (drafts_.unrecorded(item)) mutedText(item.recorded ? "Changed since it was recorded: not recorded yet." : "Typed, not recorded yet.");
    else if (item.recorded) mutedText("Recorded in this review; recording again replaces it.");
}

bool ReviewView::record(AppState& state, const ReviewItem& item, ReviewDraft& draft, std::function<void()> recorded) {
    ReviewEntry entry;
    entry.reviewId = model_.openReview()->id;
    entry.innovationId = item.innovation.id;
    entry.confidence = draft.confidence;
    entry.comment = draft.comment;
    entry.decision = draft.decision;
    // Recording sets the innovation's delivery confidence too. The draft stays where it is while it is
    // saved: the views do not reload until the save has ended (AppState::pollOutsideChanges).
    const std::string title = item.innovation.title;
    // What the review held for the innovation before, and its confidence then: what Undo goes back to.
    auto before = std::make_shared<std::optional<ReviewEntry>>();
    auto confidenceBefore = std::make_shared<Confidence>();
    return state.saveRecord<ReviewEntry>(
        "Recording the review of '" + title + "'", RecordKind::Reviews | RecordKind::Innovations,
        [entry, before, confidenceBefore](Portfolio& portfolio, Id actor) {
            before->reset();
            for (const ReviewEntry& each : portfolio.store().listReviewEntries(entry.reviewId))
                if (each.innovationId == entry.innovationId) *before = each;
            *confidenceBefore = portfolio.innovation(entry.innovationId).confidence;
            return portfolio.recordReview(actor, entry);
        },
        [&state, &draft, title, before, confidenceBefore, recorded = std::move(recorded)](const ReviewEntry& saved) {
            // As stored (trimmed), so the draft reads as recorded.
            draft.comment = saved.comment;
            draft.decision = saved.decision;
            state.confirm("Recorded the review of '" + title + "': " + std::string(labelOf(saved.confidence)) + ".",
                          reviewEntryUndo(saved, *before, *confidenceBefore, "Recorded the review of '" + title + "'"));
            if (recorded) recorded();
        },
        &draft.errors);
}

bool ReviewView::close(AppState& state) {
    const Id id = model_.openReview()->id;
    return state.save("Closing the review", RecordKind::Reviews,
                      [id](Portfolio& portfolio, Id actor) { portfolio.closeReview(actor, id); });
}

bool ReviewView::recordDraftsAndClose(AppState& state) {
    closing_.reset();
    if (!model_.openReview()) return false;
    const CloseSummary summary = closeSummary(model_, drafts_);
    // Every draft, then the closing, in one save off the frame loop; how far it got says which draft
    // could not be recorded, if one could not.
    std::vector<ReviewEntry> entries;
    for (const ReviewItem* item : summary.unrecordedDrafts) {
        const ReviewDraft& draft = drafts_.draftFor(*item);
        entries.push_back({model_.openReview()->id, item->innovation.id, draft.confidence, draft.comment, draft.decision});
    }
    const Id id = model_.openReview()->id;
    auto recordedCount = std::make_shared<std::size_t>(0);
    return state.save(
        "Recording what was typed and closing the review", RecordKind::Reviews | RecordKind::Innovations,
        [entries, id, recordedCount](Portfolio& portfolio, Id actor) {
            *recordedCount = 0;  // counted again if the whole save is tried again
            for (const ReviewEntry& entry : entries) {
                portfolio.recordReview(actor, entry);
                ++*recordedCount;
            }
            portfolio.closeReview(actor, id);
        },
        [this, entries, recordedCount](bool saved) {
            if (saved || *recordedCount >= entries.size()) return;
            // Show the one that could not be recorded; the reason is in the error dialog.
            for (std::size_t i = 0; i < model_.items().size(); ++i)
                if (model_.items()[i].innovation.id == entries[*recordedCount].innovationId) current_ = i;
        });
}

bool ReviewView::discardDraftsAndClose(AppState& state) {
    closing_.reset();
    if (!model_.openReview()) return false;
    drafts_.discard();
    return close(state);
}

void ReviewView::drawClose(AppState& state) {
    Permission permission = mayRecord(state);
    if (permission && model_.recordedCount() == 0 && !closeSummary(model_, drafts_).hasDrafts())
        permission = {false, "Record at least one innovation before closing the review."};
    if (permittedButton("Close the review", permission)) closing_ = Closing{};
    locate(state, "review.close");
    drawCloseSummary(state);
}

void ReviewView::drawCloseSummary(AppState& state) {
    // Nothing asked for, or closed by ImGui: nothing to draw.
    if (!closing_ || !beginRequestedDialog("Close this review?", closing_->opened, 36)) {
        closing_.reset();
        return;
    }
    const CloseSummary summary = closeSummary(model_, drafts_);
    wrappedText(std::to_string(summary.recorded) + " of " + std::to_string(model_.items().size()) +
                " active innovations are recorded. A closed review can no longer be changed.");
    if (!summary.noEntry.empty()) {
        ImGui::Spacing();
        ImGui::Text("Not recorded in this review (%zu):", summary.noEntry.size());
        for (const ReviewItem* item : summary.noEntry) wrappedBullet(item->innovation.title);
    }
    if (summary.hasDrafts()) {
        ImGui::Spacing();
        ImGui::Text("Typed but not recorded yet (%zu):", summary.unrecordedDrafts.size());
        for (const ReviewItem* item : summary.unrecordedDrafts) {
            wrappedBullet(describeDraft(item->innovation.title, *drafts_.find(item->innovation.id)));
        }
    }
    ImGui::Spacing();
    bool done = false;
    if (summary.hasDrafts()) {
        if (ImGui::Button("Record what was typed and close")) done = true, recordDraftsAndClose(state);
        locate(state, "review.close.record");
        const Permission discard = summary.mayCloseWithoutDrafts()
                                       ? Permission{true, ""}
                                       : Permission{false, "Nothing is recorded yet: a review needs at least one "
                                                           "innovation recorded before it closes."};
        if (permittedButton("Close and throw away what was typed", discard)) done = true, discardDraftsAndClose(state);
        locate(state, "review.close.discard");
    } else {
        if (ImGui::Button("Close the review")) done = true, discardDraftsAndClose(state);
        locate(state, "review.close.confirm");
    }
    if (!summary.hasDrafts()) ImGui::SameLine();
    if (ImGui::Button("Keep reviewing")) done = true, closing_.reset();
    locate(state, "review.close.keep");
    if (done) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace innotrack::gui
