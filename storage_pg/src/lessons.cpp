// The lessons log, its tags, and the portfolio-wide search that lets one team learn from another,
// as storage/src/lessons.cpp keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

#include <string>
#include <unordered_map>

namespace innotrack::storage_pg {

namespace {

// Tags keep the order they were given in; a repeated tag (in any case) is kept once: the unique
// index on the lesson and its lowered tag refuses it, and DO NOTHING skips it (it has no target
// because that index, not the primary key, is the one that matches "in any case").
void replaceTags(Session& s, Id lessonId, const std::vector<std::string>& tags) {
    pq::Statement remove(s.connection(), "DELETE FROM lesson_tags WHERE lesson_id = :lesson_id");
    remove.bind(":lesson_id", lessonId);
    s.send(remove);
    pq::Statement add(s.connection(), "INSERT INTO lesson_tags (lesson_id, tag, position) "
                                      "VALUES (:lesson_id, :tag, :position) ON CONFLICT DO NOTHING");
    int position = 0;
    for (const auto& tag : tags) {
        add.bind(":lesson_id", lessonId);
        add.bind(":tag", tag);
        add.bind(":position", position++);
        s.send(add);
    }
}

// Every lesson's tags from one statement rather than one per lesson, each a round trip to the server.
void addTags(Session& s, std::vector<Lesson>& lessons) {
    if (lessons.empty()) return;
    std::vector<Id> ids;
    std::unordered_map<Id, std::size_t> at;
    ids.reserve(lessons.size());
    for (std::size_t index = 0; index < lessons.size(); ++index) {
        ids.push_back(lessons[index].id);
        at.emplace(lessons[index].id, index);
    }
    pq::Statement tags(s.connection(), "SELECT lesson_id, tag FROM lesson_tags WHERE lesson_id = ANY(:ids) "
                                       "ORDER BY lesson_id, position");
    tags.bind(":ids", ids);
    const pq::Result rows = tags.run();
    for (int index = 0; index < rows.rows(); ++index) {
        const pq::Row row(rows, index);
        lessons[at.at(row["lesson_id"].integer())].tags.push_back(row["tag"].text());
    }
}

// `column` contains the bound :text, ignoring the case of ASCII letters only, as SQLite's LIKE does.
std::string containsText(const char* column) {
    return asciiLower(column) + " LIKE " + asciiLower(":text") + " ESCAPE '\\'";
}

// Built only from fixed fragments; the user's words are bound.
// The lessons a list holds at a time. A lesson's tags need a statement of their own, which a
// connection streaming rows (single-row mode) cannot run, so the list is read a page of lessons
// at a time, by id, each page with its tags: memory follows the page, not the log.
constexpr int kLessonPage = 1000;

// The lessons after id :after that match, the first page of them.
std::string lessonListSql(const LessonFilter& filter) {
    std::string sql = selectSql<Lesson>() + " WHERE true";
    if (filter.innovationId) sql += " AND innovation_id = :innovation_id";
    if (!filter.text.empty())
        sql += " AND (" + containsText("what_happened") + " OR " + containsText("effect") + " OR " +
               containsText("cause") + " OR " + containsText("early_warnings") + " OR " +
               containsText("recommendation") +
               " OR EXISTS (SELECT 1 FROM lesson_tags t WHERE t.lesson_id = lessons.id AND " + containsText("t.tag") +
               "))";
    // Tags compare in any case, as SQLite's NOCASE column did, by the lowered form the index holds.
    if (!filter.tag.empty())
        sql += " AND EXISTS (SELECT 1 FROM lesson_tags t WHERE t.lesson_id = lessons.id AND " + asciiLower("t.tag") +
               " = " + asciiLower(":tag") + ")";
    if (filter.kind) sql += " AND setback_id IN (SELECT id FROM setbacks WHERE kind = :kind)";
    return sql + " AND id > :after ORDER BY id LIMIT " + std::to_string(kLessonPage);
}

}  // namespace

Id PgStore::insertLesson(const Lesson& lesson) {
    auto transaction = beginWrite();  // the lesson and its tags land together
    auto& s = *session_;
    const Id lessonId = s.change("add the lesson", [&] {
        const Id added = insertRecord(s, lesson);
        replaceTags(s, added, lesson.tags);
        return added;
    });
    transaction->commit();
    return lessonId;
}

void PgStore::updateLesson(const Lesson& lesson) {
    auto transaction = beginWrite();
    auto& s = *session_;
    s.change("update the lesson", [&] {
        updateRecord(s, lesson, "lesson");
        replaceTags(s, lesson.id, lesson.tags);
    });
    transaction->commit();
}

// A lesson and its tags are read in one snapshot, so a change at another desk between the two
// statements never pairs one version's text with another's tags.
std::optional<Lesson> PgStore::findLesson(Id lessonId) const {
    auto& s = *session_;
    return s.run("read a lesson", [&]() -> std::optional<Lesson> {
        const ReadSnapshot snapshot(s);
        static const std::string sql = selectSql<Lesson>() + " WHERE id = :id";
        pq::Statement find(s.connection(), sql);
        find.bind(":id", lessonId);
        auto lessons = readAll(find.run(), readRecord<Lesson>);
        if (lessons.empty()) return std::nullopt;
        addTags(s, lessons);
        return std::move(lessons.front());
    });
}

// Every page from one snapshot, so the pages join up as one list would have.
void PgStore::forEachLesson(const LessonFilter& filter, const RecordVisitor<Lesson>& visit) const {
    auto& s = *session_;
    s.run("search the lessons", [&] {
        const ReadSnapshot snapshot(s);
        const std::string sql = lessonListSql(filter);
        Id after = 0;
        for (;;) {
            pq::Statement list(s.connection(), sql);
            if (filter.innovationId) list.bind(":innovation_id", filter.innovationId);
            if (!filter.text.empty()) list.bind(":text", containsPattern(filter.text));
            if (!filter.tag.empty()) list.bind(":tag", filter.tag);
            if (filter.kind) list.bind(":kind", *filter.kind);
            list.bind(":after", after);
            auto lessons = readAll(list.run(), readRecord<Lesson>);
            addTags(s, lessons);
            for (const Lesson& lesson : lessons) visit(lesson);
            if (lessons.size() < static_cast<std::size_t>(kLessonPage)) return;
            after = lessons.back().id;
        }
    });
}

}  // namespace innotrack::storage_pg
