// Two deliberately broken backends, to show the contract suite catches a backend that breaks its
// promises: one forgets savepoints (a nested write cannot be rolled back on its own), one lists
// milestones in the wrong order. ctest runs the suite on each and expects failures.
#include "backend_under_test.hpp"
#include "pass_through_store.hpp"

#include "backends/location_opener.hpp"

#include <algorithm>
#include <memory>

namespace innotrack::testing {
namespace {

// Counts how deep the writes are nested; an inner write made with no savepoint has no
// transaction of its own, so committing it does nothing and dropping it undoes nothing. The
// count is shared, as a transaction may outlive its store (the contract says how that ends).
class CountedWrite final : public WriteTransaction {
public:
    CountedWrite(std::unique_ptr<WriteTransaction> real, std::shared_ptr<int> depth)
        : real_(std::move(real)), depth_(std::move(depth)) {
        ++*depth_;
    }
    ~CountedWrite() override { --*depth_; }
    void commit() override {
        if (real_) real_->commit();
    }

private:
    std::unique_ptr<WriteTransaction> real_;
    std::shared_ptr<int> depth_;
};

class ForgetsSavepoints final : public PassThroughStore {
public:
    using PassThroughStore::PassThroughStore;
    std::unique_ptr<WriteTransaction> beginWrite() override {
        return std::make_unique<CountedWrite>(*depth_ == 0 ? PassThroughStore::beginWrite() : nullptr, depth_);
    }

private:
    std::shared_ptr<int> depth_ = std::make_shared<int>(0);
};

class ReordersMilestones final : public PassThroughStore {
public:
    using PassThroughStore::PassThroughStore;
    void forEachMilestone(OptionalId innovationId, const RecordVisitor<Milestone>& visit) const override {
        // Collected from the real store: listMilestones would come back here.
        std::vector<Milestone> milestones;
        PassThroughStore::forEachMilestone(innovationId, [&](const Milestone& m) { milestones.push_back(m); });
        std::reverse(milestones.begin(), milestones.end());
        for (const Milestone& milestone : milestones) visit(milestone);
    }
};

// A real backend with its store swapped for a broken one.
template <typename BrokenStore>
class BrokenBackend final : public PortfolioBackend {
public:
    explicit BrokenBackend(std::unique_ptr<PortfolioBackend> real)
        : real_(std::move(real)), store_(real_->store()) {}
    PortfolioStore& store() override { return store_; }
    const TallyQueries& tallyQueries() const override { return real_->tallyQueries(); }
    const TrendQueries& trendQueries() const override { return real_->trendQueries(); }
    const BoardQueries& boardQueries() const override { return real_->boardQueries(); }
    const StageBoardQueries& stageBoardQueries() const override { return real_->stageBoardQueries(); }
    const ChecklistQueries& checklistQueries() const override { return real_->checklistQueries(); }
    Changes changedSinceLastLook() override { return real_->changedSinceLastLook(); }
    bool connected() const override { return real_->connected(); }
    bool reconnect() override { return real_->reconnect(); }
    std::optional<ServerLogin> serverLogin() const override { return real_->serverLogin(); }
    std::optional<DeskAccount> deskAccount() const override { return real_->deskAccount(); }
    std::string location() const override { return real_->location(); }
    void backupTo(const std::string& path) const override { real_->backupTo(path); }

private:
    std::unique_ptr<PortfolioBackend> real_;
    BrokenStore store_;
};

template <typename BrokenStore>
BackendUnderTest broken(std::string name, std::string description) {
    return {std::move(name), std::move(description), false, [](const TemporaryFolder&) {
                const backends::LocationOpener opener;
                return std::unique_ptr<PortfolioBackend>(
                    std::make_unique<BrokenBackend<BrokenStore>>(opener.openScratch()));
            },
            nullptr};
}

const bool registered = [] {
    addBackendUnderTest(broken<ForgetsSavepoints>(
        "broken-savepoints", "deliberately broken: a nested write is no savepoint (the suite must fail)"));
    addBackendUnderTest(broken<ReordersMilestones>(
        "broken-order", "deliberately broken: milestones listed in reverse (the suite must fail)"));
    return true;
}();

}  // namespace
}  // namespace innotrack::testing
