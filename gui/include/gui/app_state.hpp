// The app's state shared by every view: the open portfolio, who the user acts as, the change
// events (which kinds of record changed, and when) that tell views to reload, the error dialog's
// queue and the settings.
#pragma once

#include "gui/locator.hpp"
#include "gui/settings.hpp"
#include "tracker/backend.hpp"
#include "tracker/changes.hpp"
#include "tracker/decision.hpp"
#include "tracker/permissions.hpp"
#include "tracker/portfolio.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace innotrack::gui {

// Validation errors of one form, by the field ValidationError names ("what happened", "date").
struct FieldErrors {
    std::map<std::string, std::string> byField;
    // Fields whose error was drawn beside them this frame; the rest are drawn at the form's end,
    // so an error about a field the form does not show is never lost.
    mutable std::set<std::string> shown;

    bool empty() const { return byField.empty(); }
    const std::string* find(const std::string& field) const;
    void clear() {
        byField.clear();
        shown.clear();
    }
};

// A change made in the app that can be taken back: what it did, in a line, and the edit that undoes
// it (one of Portfolio's undo operations, or the record written back as it was).
struct UndoStep {
    std::string said;  // "Moved 'Falls prevention sensors' to Scaling"
    Changes touches;
    std::function<void(Portfolio&, Id actor)> undo;
    std::uint64_t confirmedAs = 0;  // the serial of the confirmation that said it (AppState::confirm)
};

// The short confirmation the app shows after a change ("Moved … to Scaling", with Undo), until the
// next one or until it fades. `serial` tells one confirmation from the next with the same words.
struct Confirmation {
    std::string text;
    bool undoable = false;
    std::uint64_t serial = 0;
};

class AppState {
public:
    // `settingsPath` empty: nothing is written (tests, screenshots).
    AppState(const PortfolioOpener& opener, const Clock& clock, Settings settings = {}, std::string settingsPath = {});
    ~AppState();  // waits for a save in progress
    AppState(const AppState&) = delete;
    AppState& operator=(const AppState&) = delete;

    // ---- the portfolio ----------------------------------------------------------------------
    bool hasPortfolio() const { return backend_ != nullptr; }
    // Replaces the open portfolio; acts as the person remembered for it, if any.
    void usePortfolio(std::unique_ptr<PortfolioBackend> backend, bool remember = true);
    // Both open through the opener main() chose, report failures in the error dialog and return
    // false. `location` is a file path (or, with a server backend, its address).
    bool openPortfolio(const std::string& location);
    // A new portfolio whose first person, the leader, is `leaderName`.
    bool createPortfolio(const std::string& location, const std::string& leaderName);
    // The portfolio opened last, if it is still there; a missing one is forgotten, not an error.
    void reopenLast();
    // The demo portfolio, written into a scratch portfolio that is never saved or remembered; the
    // Welsh demo council for Wales (innotrack-gui --demo --wales).
    void openDemo(Nation nation = Nation::England);
    PortfolioBackend& backend();
    const PortfolioOpener& opener() const { return opener_; }
    Portfolio& portfolio();
    PortfolioStore& store();
    const Clock& clock() const { return clock_; }
    Date today() const { return clock_.today(); }

    // ---- who the user acts as ---------------------------------------------------------------
    const std::optional<Person>& actor() const { return actor_; }
    // On a shared portfolio the server says who is signed in, and that person acts: nobody may
    // choose to act as someone else (DOMAIN.md "Shared portfolios and who is acting").
    bool actorFixedByServer() const { return signedIn_.has_value() && !signedIn_->administrator; }
    const std::optional<ServerLogin>& signedIn() const { return signedIn_; }
    void actAs(const Person& person);
    // With no one chosen yet, nothing may change; the reason says what to do.
    Permission permits(Action action, const Innovation* innovation = nullptr) const;
    // Whether the acting person may do `action` on at least one innovation (one they would lead).
    Permission permitsOnSome(Action action) const;

    // ---- changes ----------------------------------------------------------------------------
    // A change event: the kinds of record in `what` may have changed (an edit here, a change
    // noticed at another desk or program). Each view reloads when a kind it shows is among them
    // (View::draw); nothing is read here.
    void changed(Changes what);
    // Rises at every change event and when another portfolio is opened.
    std::uint64_t generation() const { return generation_; }
    // Every kind changed by the events after generation `seen`; all of them when another portfolio
    // was opened since, or the server's connection came back after a loss.
    Changes changesSince(std::uint64_t seen) const;
    // Asks, at most twice a second, whether another desk or program has changed the portfolio,
    // and raises a change event naming what it changed. When the connection to a server is lost it
    // says so (connectionLost) and connects again by itself on the following polls, then reloads
    // everything; nothing the person is typing is touched.
    // Connecting again is done on a worker thread: a new connection to where the portfolio was
    // opened, handed over on a later poll once it is made, so the window never waits for the server.
    void pollOutsideChanges(double nowSeconds);
    bool connectionLost() const { return connectionLost_; }
    bool reconnecting() const { return reconnecting_.valid(); }

    // Runs one edit (one transaction inside Portfolio) as the acting person. `touches` names the
    // kinds of record the edit may change (the audit trail is added: every edit writes to it); once
    // saved, that is the change event raised. A ValidationError goes to `fieldErrors` when given,
    // next to its field; any other error goes to the error dialog. Returns true when it was saved.
    bool apply(Changes touches, const std::function<void(Portfolio&, Id actor)>& edit,
               FieldErrors* fieldErrors = nullptr);
    // Says what a change just did on the app's confirmation. With `undo`, it is the change Ctrl+Z and
    // the confirmation's Undo take back next. apply() confirms every change with "Saved." first, so
    // a caller that knows better words says them after it. Returns the confirmation's serial, by
    // which a form's own line about the change asks whether it was undone since (undone()).
    std::uint64_t confirm(std::string said, std::optional<UndoStep> undo = std::nullopt);
    // The same, in the undo step's own words.
    std::uint64_t confirm(UndoStep change) {
        std::string said = change.said;
        return confirm(std::move(said), std::move(change));
    }
    const std::optional<Confirmation>& confirmation() const { return confirmation_; }
    void dismissConfirmation() { confirmation_.reset(); }
    // The change undoLast() would take back, if any: the latest made in the app since it was opened
    // (or since another portfolio was opened, or another person chosen), and not undone yet.
    const UndoStep* nextUndo() const { return undoSteps_.empty() ? nullptr : &undoSteps_.back(); }
    // Undoes it as the acting person, off the frame loop (save), and confirms "Undone: …". Refused
    // (by Portfolio's rules, for example when the record has changed since) it goes to the error
    // dialog with the reason, and is forgotten. Returns false when there was nothing to undo, or a
    // save is still in progress.
    bool undoLast();
    // Whether the change the confirmation `serial` said has been undone since: a form's own line
    // about it ("Added milestone …") then says nothing more.
    bool undone(std::uint64_t serial) const { return undone_.count(serial) != 0; }

    // ---- saving off the frame loop ------------------------------------------------------------
    // Saves one change as the acting person on a worker thread, through a connection of its own to
    // the portfolio, so that the window keeps drawing while another desk holds the portfolio busy:
    // the views show what they read before, nothing else can be changed meanwhile, and the window's
    // last line says what is being saved (`doing`: "Moving 'X' to Scaling"). finishSaving(), each
    // frame, hands over the outcome: the change event, then `then` with whether it was saved (a
    // ValidationError beside its field in `fieldErrors` when given; any other failure, a portfolio
    // still busy after kBusyAttempts tries included, in the error dialog). `work` holds copies of
    // what it needs, since it may outlive the frame that asked. A portfolio nothing else can reach
    // (the demo, in memory) is never busy: there it is saved, and `then` called, before this returns.
    // Returns true when it was saved before returning.
    bool save(std::string doing, Changes touches, std::function<void(Portfolio&, Id actor)> work,
              std::function<void(bool saved)> then = {}, FieldErrors* fieldErrors = nullptr);
    // save() for an edit that returns the record it saved: `saved` gets it, once saved.
    template <typename Record>
    bool saveRecord(std::string doing, Changes touches, std::function<Record(Portfolio&, Id actor)> work,
                    std::function<void(const Record&)> saved, FieldErrors* fieldErrors = nullptr) {
        auto result = std::make_shared<Record>();  // filled on the worker, read on the frame loop
        return save(
            std::move(doing), touches,
            [result, work = std::move(work)](Portfolio& portfolio, Id actor) { *result = work(portfolio, actor); },
            [result, saved = std::move(saved)](bool ok) {
                if (ok && saved) saved(*result);
            },
            fieldErrors);
    }
    const std::optional<std::string>& saving() const { return saving_; }
    void finishSaving();
    // Waits for the save in progress, then hands over its outcome (closing, opening another portfolio, tests).
    void waitForSaving();

    // Runs a read; a failure goes to the error dialog. Returns true when it worked.
    bool read(const std::function<void()>& work);

    // ---- the error dialog -------------------------------------------------------------------
    void reportError(std::string message);
    const std::vector<std::string>& errors() const { return errors_; }
    void dismissError();

    // ---- navigation -------------------------------------------------------------------------
    // The innovation the Innovation view and the setback form are about.
    OptionalId selectedInnovation;
    // A risk whose "It occurred" asked the setback form to open with it chosen, until it does.
    OptionalId occurredRisk;
    // The Innovation view's panel to bring forward the next time it draws ("engagement"), then cleared.
    std::string innovationPanel;
    // A view asks for another to be shown (a double-click on a card opens "innovation").
    void show(std::string viewName) { requestedView_ = std::move(viewName); }
    std::optional<std::string> takeRequestedView();
    // Ctrl+F asks the board to put the cursor in its search box on the next frame it draws.
    void requestSearchFocus() { searchFocus_ = true; }
    bool takeSearchFocus() { return std::exchange(searchFocus_, false); }

    Settings& settings() { return settings_; }
    void saveSettings();  // failures go to the error dialog
    Locator& locator() { return locator_; }

private:
    const PortfolioOpener& opener_;
    const Clock& clock_;
    Settings settings_;
    std::string settingsPath_;
    std::unique_ptr<PortfolioBackend> backend_;
    std::unique_ptr<Portfolio> portfolio_;
    std::optional<Person> actor_;
    std::optional<ServerLogin> signedIn_;
    bool connectionLost_ = false;
    double lastReconnect_ = 0;
    // The connection being made again after a loss (nullptr when the server is still away), and
    // attempts for a portfolio closed since they began, kept until they end so nothing waits for them.
    std::future<std::unique_ptr<PortfolioBackend>> reconnecting_;
    std::vector<std::future<std::unique_ptr<PortfolioBackend>>> abandoned_;
    void adoptReconnected(std::unique_ptr<PortfolioBackend> backend);
    void readAllAgain();  // the acting person, and a change event naming everything
    std::uint64_t generation_ = 1;
    // The generation of the latest event that named each kind.
    std::array<std::uint64_t, kRecordKindCount> changedAt_{};
    double lastPoll_ = -1;
    std::vector<std::string> errors_;
    // Saving off the frame loop: the location to connect to again, the connection the worker
    // writes through (opened at the first save), and the save in progress.
    struct SaveOutcome {
        bool saved = false;
        bool invalid = false;      // a ValidationError: `field` names what was wrong
        std::string field, error;  // and the message
    };
    // Runs one edit, turning what it throws into an outcome.
    static SaveOutcome attempt(const std::function<void()>& edit);
    struct PendingSave {
        Changes touches;
        std::function<void(bool)> then;
        FieldErrors* fieldErrors = nullptr;
        std::future<SaveOutcome> outcome;
    };
    bool takeOutcome(PendingSave pending, SaveOutcome outcome);
    std::string openedAt_;
    std::unique_ptr<PortfolioBackend> writerBackend_;
    std::unique_ptr<Portfolio> writer_;
    std::optional<PendingSave> pending_;
    std::optional<std::string> saving_;
    std::optional<Confirmation> confirmation_;
    std::uint64_t confirmations_ = 0;
    std::vector<UndoStep> undoSteps_;
    std::set<std::uint64_t> undone_;  // serials of the confirmations whose change was undone
    std::optional<std::string> requestedView_;
    bool searchFocus_ = false;
    Locator locator_;
};

}  // namespace innotrack::gui
