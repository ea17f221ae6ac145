// The shared app state: portfolio, acting person, change events, errors; see app_state.hpp.
#include "gui/app_state.hpp"

#include "demo/demo.hpp"
#include "tracker/acting.hpp"
#include "tracker/errors.hpp"
#include "tracker/retry.hpp"

#include <chrono>
#include <exception>
#include <utility>

namespace innotrack::gui {

// Seconds between asks whether another program changed the file: within a second, cheaply.
constexpr double kPollInterval = 0.5;
// Seconds between attempts to reach a server that went away.
constexpr double kReconnectInterval = 3.0;

const std::string* FieldErrors::find(const std::string& field) const {
    const auto found = byField.find(field);
    return found == byField.end() ? nullptr : &found->second;
}

AppState::AppState(const PortfolioOpener& opener, const Clock& clock, Settings settings, std::string settingsPath)
    : opener_(opener), clock_(clock), settings_(std::move(settings)), settingsPath_(std::move(settingsPath)) {}

AppState::~AppState() { waitForSaving(); }

void AppState::usePortfolio(std::unique_ptr<PortfolioBackend> backend, bool remember) {
    waitForSaving();
    // Connecting again to the portfolio being closed: left to end by itself, and then forgotten.
    if (reconnecting_.valid()) abandoned_.push_back(std::move(reconnecting_));
    connectionLost_ = false;
    writer_.reset();
    writerBackend_.reset();
    openedAt_.clear();
    portfolio_.reset();
    backend_ = std::move(backend);
    actor_.reset();
    selectedInnovation.reset();
    undoSteps_.clear();
    confirmation_.reset();
    changed(Changes::all());
    if (!backend_) return;
    portfolio_ = std::make_unique<Portfolio>(backend_->store(), clock_);
    portfolio_->setDeskAccount(backend_->deskAccount());
    const std::string location = backend_->location();
    signedIn_.reset();
    read([&] { signedIn_ = backend_->serverLogin(); });
    if (actorFixedByServer()) {
        // Nobody bound to the login: they may look, and the window says why they may not change.
        read([&] { actor_ = backend_->store().findPersonByLogin(signedIn_->login); });
    } else if (const auto name = settings_.actorFor(location)) {
        read([&] {
            if (auto person = backend_->store().findPersonByName(*name); person && deskRefusal(*portfolio_, *person).empty())
                actor_ = std::move(person);
        });
    }
    // The computer's account is somebody's login: they are the one at the desk.
    if (!actor_ && !signedIn_) read([&] { actor_ = personAtTheDesk(*portfolio_); });
    if (remember) {
        settings_.opened(location);
        saveSettings();
    }
}

bool AppState::openPortfolio(const std::string& location) {
    try {
        usePortfolio(opener_.open(location, OpenPurpose::Write));
        openedAt_ = location;
        return true;
    } catch (const std::exception& error) {
        reportError(error.what());
        return false;
    }
}

void AppState::reopenLast() {
    const std::string last = settings_.lastPortfolio;
    if (last.empty()) return;
    try {
        usePortfolio(opener_.open(last, OpenPurpose::Write));
        openedAt_ = last;
    } catch (const NotFound&) {
        // Moved or deleted since: the welcome page offers to open or create one.
    } catch (const std::exception& error) {
        reportError(error.what());
    }
}

void AppState::openDemo(Nation nation) {
    read([&] {
        auto scratch = opener_.openScratch();
        Portfolio portfolio(scratch->store(), clock_);
        writeDemoPortfolio(portfolio, nation);
        usePortfolio(std::move(scratch), false);
    });
}

bool AppState::createPortfolio(const std::string& location, const std::string& leaderName) {
    try {
        auto created = opener_.open(location, OpenPurpose::Create);
        Portfolio starting(created->store(), clock_);
        Person leader;
        leader.name = leaderName;
        leader.role = Role::Leader;
        leader.portfolio = "Leader of the council";
        const Person first = starting.initialise(leader);
        usePortfolio(std::move(created));
        openedAt_ = location;
        actAs(first);
        return true;
    } catch (const std::exception& error) {
        reportError(error.what());
        return false;
    }
}

PortfolioBackend& AppState::backend() {
    if (!backend_) throw ConflictError("No portfolio is open; use File > Open or File > New.");
    return *backend_;
}

Portfolio& AppState::portfolio() {
    if (!portfolio_) throw ConflictError("No portfolio is open; use File > Open or File > New.");
    return *portfolio_;
}

PortfolioStore& AppState::store() { return backend().store(); }

void AppState::actAs(const Person& person) {
    if (actorFixedByServer() && (!actor_ || actor_->id != person.id)) {
        reportError("On a shared portfolio you act as yourself: you are signed in as '" + signedIn_->login + "'" +
                    (actor_ ? " (" + actor_->name + ")" : std::string()));
        return;
    }
    if (!signedIn_ && portfolio_)
        if (const std::string refusal = deskRefusal(*portfolio_, person); !refusal.empty()) {
            reportError(refusal);
            return;
        }
    // What Ctrl+Z takes back is the acting person's own last change.
    if (!actor_ || actor_->id != person.id) undoSteps_.clear();
    actor_ = person;
    if (backend_) settings_.actorByPortfolio[backend_->location()] = person.name;
    saveSettings();
    // Nothing stored changed, but what each view offers may have: read everything again.
    changed(Changes::all());
}

Permission AppState::permitsOnSome(Action action) const {
    if (!actor_) return permits(action);  // says why nobody is acting
    return innotrack::permitsOnSome(*actor_, action);
}

Permission AppState::permits(Action action, const Innovation* innovation) const {
    if (!actor_ && actorFixedByServer())
        return {false, "You are signed in as '" + signedIn_->login +
                           "', which is nobody's login in this shared portfolio, so you may only look; the leader can "
                           "add it to your person."};
    if (!actor_) return {false, "Choose who you are acting as first (Portfolio > Act as)."};
    return innotrack::permits(*actor_, action, innovation);
}

void AppState::pollOutsideChanges(double nowSeconds) {
    std::erase_if(abandoned_, [](const auto& attempt) { return attempt.wait_for(std::chrono::seconds(0)) == std::future_status::ready; });
    // While a change is being saved the views keep what they read (a form's draft included, which
    // the save will fill in): what others changed meanwhile is asked for once it has ended.
    if (pending_) return;
    if (reconnecting_.valid()) {
        if (reconnecting_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
        std::unique_ptr<PortfolioBackend> again = reconnecting_.get();
        lastReconnect_ = nowSeconds;  // the next try waits its turn from the end of this one
        if (again) adoptReconnected(std::move(again));
        return;
    }
    if (!backend_ || (lastPoll_ >= 0 && nowSeconds - lastPoll_ < kPollInterval)) return;
    lastPoll_ = nowSeconds;
    if (connectionLost_ || !backend_->connected()) {
        // Each try may wait for the server (up to libpq's connect timeout), so it is made every few
        // seconds, not at every poll, and on a worker thread: the window keeps drawing meanwhile.
        if (connectionLost_ && nowSeconds - lastReconnect_ < kReconnectInterval) return;
        lastReconnect_ = nowSeconds;
        connectionLost_ = true;
        if (openedAt_.empty()) {
            // A bundle handed over as it is, with nowhere to open again: its own connection, here.
            connectionLost_ = !backend_->reconnect();
            if (!connectionLost_) readAllAgain();
            return;
        }
        reconnecting_ = std::async(std::launch::async,
                                   [&opener = opener_, location = openedAt_]() -> std::unique_ptr<PortfolioBackend> {
                                       try {
                                           return opener.open(location, OpenPurpose::Write);
                                       } catch (const std::exception&) {
                                           return nullptr;  // still away: tried again later
                                       }
                                   });
        return;
    }
    try {
        if (const Changes outside = backend_->changedSinceLastLook(); !outside.empty()) {
            // The acting person may have been renamed or had their role changed from the command line.
            if (actor_ && outside.contains(RecordKind::People)) actor_ = backend_->store().findPerson(actor_->id);
            changed(outside);
        }
    } catch (const std::exception& error) {
        // A lost server is shown in the window (App) until it is back, not as an error to dismiss.
        if (backend_->connected()) reportError(error.what());
        else {
            connectionLost_ = true;
            lastReconnect_ = nowSeconds;
        }
    }
}

void AppState::adoptReconnected(std::unique_ptr<PortfolioBackend> backend) {
    portfolio_.reset();
    backend_ = std::move(backend);
    portfolio_ = std::make_unique<Portfolio>(backend_->store(), clock_);
    portfolio_->setDeskAccount(backend_->deskAccount());
    connectionLost_ = false;
    readAllAgain();
}

void AppState::readAllAgain() {
    if (actor_) read([&] { actor_ = backend_->store().findPerson(actor_->id); });
    changed(Changes::all());
}

void AppState::changed(Changes what) {
    ++generation_;
    for (int at = 0; at < kRecordKindCount; ++at)
        if (what.contains(static_cast<RecordKind>(at))) changedAt_[static_cast<std::size_t>(at)] = generation_;
}

Changes AppState::changesSince(std::uint64_t seen) const {
    Changes since;
    for (int at = 0; at < kRecordKindCount; ++at)
        if (changedAt_[static_cast<std::size_t>(at)] > seen) since |= static_cast<RecordKind>(at);
    return since;
}

bool AppState::apply(Changes touches, const std::function<void(Portfolio&, Id actor)>& edit,
                     FieldErrors* fieldErrors) {
    if (fieldErrors) fieldErrors->clear();
    if (!actor_) {
        reportError(permits(Action::ManagePeople).reason);
        return false;
    }
    const Id actor = actor_->id;
    return takeOutcome({touches, {}, fieldErrors, {}}, attempt([&] { edit(portfolio(), actor); }));
}

AppState::SaveOutcome AppState::attempt(const std::function<void()>& edit) {
    try {
        edit();
        return {true, false, {}, {}};
    } catch (const ValidationError& error) {
        return {false, true, error.field(), error.what()};
    } catch (const std::exception& error) {
        return {false, false, {}, error.what()};
    }
}

std::uint64_t AppState::confirm(std::string said, std::optional<UndoStep> undo) {
    const bool undoable = undo.has_value();
    const std::uint64_t serial = ++confirmations_;
    if (undo) {
        undo->confirmedAs = serial;
        // How far back Ctrl+Z reaches: far enough for a morning's work, not without end.
        constexpr std::size_t kUndoSteps = 100;
        if (undoSteps_.size() == kUndoSteps) undoSteps_.erase(undoSteps_.begin());
        undoSteps_.push_back(std::move(*undo));
    }
    confirmation_ = Confirmation{std::move(said), undoable, serial};
    return serial;
}

bool AppState::undoLast() {
    if (undoSteps_.empty()) return false;
    if (pending_) return false;
    UndoStep step = std::move(undoSteps_.back());
    undoSteps_.pop_back();
    const std::string said = step.said;
    const std::uint64_t undoneSerial = step.confirmedAs;
    save("Undoing: " + said, step.touches, std::move(step.undo), [this, said, undoneSerial](bool saved) {
        if (!saved) return;
        undone_.insert(undoneSerial);
        confirm("Undone: " + said);
    });
    return true;
}

bool AppState::save(std::string doing, Changes touches, std::function<void(Portfolio&, Id actor)> work,
                    std::function<void(bool saved)> then, FieldErrors* fieldErrors) {
    if (fieldErrors) fieldErrors->clear();
    if (!actor_) {
        reportError(permits(Action::ManagePeople).reason);
        if (then) then(false);
        return false;
    }
    if (pending_) {
        reportError("The last change is still being saved; try again when it has finished.");
        if (then) then(false);
        return false;
    }
    if (!writer_ && !openedAt_.empty()) {
        try {
            writerBackend_ = opener_.open(openedAt_, OpenPurpose::Write);
            writer_ = std::make_unique<Portfolio>(writerBackend_->store(), clock_);
            writer_->setDeskAccount(writerBackend_->deskAccount());
        } catch (const std::exception&) {
            // Saved on the app's own connection instead, as before; the window may wait for it.
            writerBackend_.reset();
        }
    }
    const Id actor = actor_->id;
    Portfolio* target = writer_ ? writer_.get() : &portfolio();
    PortfolioBackend* writerBackend = writer_ ? writerBackend_.get() : nullptr;
    auto run = [target, writerBackend, actor, work = std::move(work)]() -> SaveOutcome {
        const auto once = [&] { retryWhenBusy([&] { work(*target, actor); }); };
        // A server that went away took the writer's connection too: connected again here, off the
        // frame loop; if it is still away, the attempt says so.
        const bool knownAway = writerBackend && !writerBackend->connected();
        if (knownAway) writerBackend->reconnect();
        SaveOutcome outcome = attempt(once);
        // The server went away unnoticed since the last save (a restart): nothing of this change was
        // saved, so connect again and make it once more; not when connecting was just tried above.
        if (!outcome.saved && !outcome.invalid && !knownAway && writerBackend && !writerBackend->connected() &&
            writerBackend->reconnect())
            outcome = attempt(once);
        return outcome;
    };
    PendingSave pending{touches, std::move(then), fieldErrors, {}};
    if (!writer_) return takeOutcome(std::move(pending), run());
    pending.outcome = std::async(std::launch::async, std::move(run));
    pending_ = std::move(pending);
    saving_ = std::move(doing);
    return false;
}

void AppState::finishSaving() {
    if (!pending_ || pending_->outcome.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    PendingSave pending = std::move(*pending_);
    pending_.reset();
    saving_.reset();
    SaveOutcome outcome = pending.outcome.get();
    takeOutcome(std::move(pending), std::move(outcome));
}

void AppState::waitForSaving() {
    if (!pending_) return;
    pending_->outcome.wait();
    finishSaving();
}

bool AppState::takeOutcome(PendingSave pending, SaveOutcome outcome) {
    if (outcome.saved) {
        changed(pending.touches | RecordKind::Audit);
        confirm("Saved.");
    } else if (outcome.invalid && pending.fieldErrors) {
        pending.fieldErrors->byField[outcome.field] = outcome.error;
    } else {
        reportError(outcome.error);
    }
    if (pending.then) pending.then(outcome.saved);
    return outcome.saved;
}

bool AppState::read(const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const std::exception& error) {
        reportError(error.what());
        return false;
    }
}

void AppState::reportError(std::string message) {
    // The same failure on every frame would otherwise fill the queue.
    if (!errors_.empty() && errors_.back() == message) return;
    errors_.push_back(std::move(message));
}

void AppState::dismissError() {
    if (!errors_.empty()) errors_.erase(errors_.begin());
}

std::optional<std::string> AppState::takeRequestedView() {
    std::optional<std::string> view = std::move(requestedView_);
    requestedView_.reset();
    return view;
}

void AppState::saveSettings() {
    if (settingsPath_.empty()) return;
    try {
        gui::saveSettings(settings_, settingsPath_);
    } catch (const std::exception& error) {
        reportError(error.what());
    }
}

}  // namespace innotrack::gui
