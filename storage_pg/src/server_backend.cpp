// Opening a shared portfolio on a server, and the bundle around its store; see server_backend.hpp.
#include "storage_pg/server_backend.hpp"

#include "pg_store.hpp"
#include "schema.hpp"

#include "tracker/errors.hpp"

#include <regex>
#include <unordered_map>

namespace innotrack::storage_pg {

namespace {

// What a change notice names (the table, schema.cpp's kChangeNotices) as the kind of record it
// holds. A table this innotrack does not know (from a newer one) may hold anything.
Changes changesOfTable(const std::string& table) {
    static const std::unordered_map<std::string, RecordKind> kinds = {
        {"people", RecordKind::People},
        {"ambitions", RecordKind::Ambitions},
        {"innovations", RecordKind::Innovations},
        {"stage_changes", RecordKind::Innovations},
        {"milestones", RecordKind::Milestones},
        {"milestone_moves", RecordKind::Milestones},
        {"benefits", RecordKind::Benefits},
        {"engagements", RecordKind::Engagements},
        {"setbacks", RecordKind::Setbacks},
        {"risks", RecordKind::Risks},
        {"lessons", RecordKind::Lessons},
        {"lesson_tags", RecordKind::Lessons},
        {"reviews", RecordKind::Reviews},
        {"review_entries", RecordKind::Reviews},
        {"audit", RecordKind::Audit},
        {"settings", RecordKind::Settings},
        {"checklist_answers", RecordKind::Checklist},
        {"ideas", RecordKind::Ideas},
        {"idea_scores", RecordKind::Ideas},
        {"decisions", RecordKind::Decisions},
    };
    const auto found = kinds.find(table);
    return found == kinds.end() ? Changes::all() : Changes(found->second);
}

class ServerBackend final : public PortfolioBackend {
public:
    ServerBackend(std::shared_ptr<Session> session, FileCopier copyToFile)
        : session_(session), store_(std::make_unique<PgStore>(std::move(session))),
          copyToFile_(std::move(copyToFile)) {
        // Every desk's changes, as notices (schema.cpp); our own are told apart by the sender.
        session_->run("watch for changes at other desks",
                      [&] { session_->connection().execute("LISTEN innotrack_changes"); });
    }

    PortfolioStore& store() override { return *store_; }
    const TallyQueries& tallyQueries() const override { return *store_; }
    const TrendQueries& trendQueries() const override { return *store_; }
    const BoardQueries& boardQueries() const override { return *store_; }
    const StageBoardQueries& stageBoardQueries() const override { return *store_; }
    const ChecklistQueries& checklistQueries() const override { return *store_; }

    Changes changedSinceLastLook() override {
        return session_->run("check for changes at other desks", [&] {
            // The server hands over every notice that reached it before it answers a statement,
            // so after this round trip a change committed before the call is always seen.
            session_->connection().execute("SELECT 1");
            Changes changed;
            for (const auto& notice : session_->connection().notices())
                if (!notice.fromUs) changed |= changesOfTable(notice.payload);
            return changed;
        });
    }

    // The server authenticated this connection's login: that, not any claim, is who is acting.
    std::optional<ServerLogin> serverLogin() const override { return session_->login(); }
    std::optional<DeskAccount> deskAccount() const override { return std::nullopt; }
    bool connected() const override { return session_->connection().healthy(); }
    bool reconnect() override {
        if (!session_->reconnect()) return false;
        session_->run("watch for changes at other desks",
                      [&] { session_->connection().execute("LISTEN innotrack_changes"); });
        return true;
    }
    std::string location() const override { return session_->location(); }

    void backupTo(const std::string& path) const override {
        if (!copyToFile_) throw StorageError("Could not copy the shared portfolio to " + path + ": no file backend");
        copyToFile_(*store_, path);
    }

private:
    std::shared_ptr<Session> session_;
    std::unique_ptr<PgStore> store_;
    FileCopier copyToFile_;
};

std::string where(const Session& session) { return "'" + session.location() + "'"; }

// Checks what the database holds against what we opened it for, upgrading or creating the schema
// where that is the purpose.
void prepare(Session& session, OpenPurpose purpose) {
    auto& connection = session.connection();
    const DatabaseState state = session.run("look at the shared portfolio", [&] { return inspect(connection); });
    const int current = currentSchemaVersion();
    if (state.innotrack && state.version > current)
        throw StorageError("The shared portfolio " + where(session) + " uses format version " + std::to_string(state.version) +
                           ", from a newer innotrack than this one (format version " + std::to_string(current) +
                           "): install the newer innotrack to open it");
    if (!state.innotrack && !state.empty)
        throw StorageError("The database " + where(session) +
                           " holds tables that are not an innotrack portfolio: give the address of an innotrack "
                           "portfolio, or of an empty database to create one in; nothing was changed");
    switch (purpose) {
        case OpenPurpose::Read:
        case OpenPurpose::Write:
            if (!state.innotrack)
                throw NotFound("There is no portfolio in the database " + where(session) +
                               " yet: create one there with innotrack init --db " + session.location());
            break;
        case OpenPurpose::Create:
            if (state.innotrack)
                throw ConflictError("The database " + where(session) +
                                    " already holds a portfolio; open it, or create the new one in an empty database");
            break;
        case OpenPurpose::CreateOrFill: break;
    }
    if (!state.innotrack || state.version < current)
        session.run("set up the shared portfolio", [&] { migrate(connection, current); });
}

}  // namespace

std::string withoutPassword(const std::string& location) {
    // postgresql://user:secret@host/db → postgresql://user@host/db; password=… in a key=value string.
    static const std::regex inUri(R"(^(postgres(?:ql)?://[^:/@]*):[^@/]*@)");
    static const std::regex inKeywords(R"((^|\s)password\s*=\s*('[^']*'|\S+))");
    return std::regex_replace(std::regex_replace(location, inUri, "$1@"), inKeywords, "$1password=…");
}

std::unique_ptr<PortfolioBackend> openServerBackend(const std::string& location, OpenPurpose purpose,
                                                    FileCopier copyToFile) {
    const std::string shown = withoutPassword(location);
    std::shared_ptr<Session> session;
    try {
        session = std::make_shared<Session>(location, shown);
    } catch (const pq::Failure& failure) {
        throw StorageError("Could not open the shared portfolio: " + reasonFor(failure, shown));
    }
    prepare(*session, purpose);
    if (purpose == OpenPurpose::Read) session->makeReadOnly();
    return std::make_unique<ServerBackend>(std::move(session), std::move(copyToFile));
}

}  // namespace innotrack::storage_pg
