// The lessons log, its tags, and the portfolio-wide search that lets one team learn from another.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

// Tags keep the order they were given in; a repeated tag (in any case) is kept once.
void replaceTags(Connection& c, Id lessonId, const std::vector<std::string>& tags) {
    Query remove(c, "DELETE FROM lesson_tags WHERE lesson_id = :lesson_id");
    bindParam(*remove, ":lesson_id", lessonId);
    remove.exec();
    Query add(c, "INSERT INTO lesson_tags (lesson_id, tag, position) VALUES (:lesson_id, :tag, :position) "
                 "ON CONFLICT (lesson_id, tag) DO NOTHING");
    int position = 0;
    for (const auto& tag : tags) {
        bindParam(*add, ":lesson_id", lessonId);
        bindParam(*add, ":tag", tag);
        bindParam(*add, ":position", position++);
        add.exec();
        add->reset();
    }
}

std::vector<std::string> tagsOf(Connection& c, Id lessonId) {
    Query query(c, "SELECT tag FROM lesson_tags WHERE lesson_id = :lesson_id ORDER BY position");
    bindParam(*query, ":lesson_id", lessonId);
    return readAll(query, [](const SQLite::Statement& row) { return text(row, "tag"); });
}

Lesson withTags(Connection& c, Lesson lesson) {
    lesson.tags = tagsOf(c, lesson.id);
    return lesson;
}

constexpr const char* kLessonTextMatch =
    " AND (what_happened LIKE :text ESCAPE '\\' OR effect LIKE :text ESCAPE '\\' OR cause LIKE :text ESCAPE '\\'"
    " OR early_warnings LIKE :text ESCAPE '\\' OR recommendation LIKE :text ESCAPE '\\'"
    " OR EXISTS (SELECT 1 FROM lesson_tags t WHERE t.lesson_id = lessons.id AND t.tag LIKE :text ESCAPE '\\'))";

// Built only from fixed fragments; the user's words are bound.
std::string lessonListSql(const LessonFilter& filter) {
    std::string sql = selectSql<Lesson>() + " WHERE 1 = 1";
    if (filter.innovationId) sql += " AND innovation_id = :innovation_id";
    if (!filter.text.empty()) sql += kLessonTextMatch;
    if (!filter.tag.empty())
        sql += " AND EXISTS (SELECT 1 FROM lesson_tags t WHERE t.lesson_id = lessons.id AND t.tag = :tag)";
    if (filter.kind) sql += " AND setback_id IN (SELECT id FROM setbacks WHERE kind = :kind)";
    return sql + " ORDER BY id";
}

}  // namespace

Id SqliteStore::insertLesson(const Lesson& lesson) {
    auto transaction = beginWrite();  // the lesson and its tags land together
    auto& c = *connection_;
    const Id lessonId = c.run("add the lesson", [&] {
        const Id added = insertRecord(c, lesson);
        replaceTags(c, added, lesson.tags);
        return added;
    });
    transaction->commit();
    return lessonId;
}

void SqliteStore::updateLesson(const Lesson& lesson) {
    auto transaction = beginWrite();
    auto& c = *connection_;
    c.run("update the lesson", [&] {
        updateRecord(c, lesson, "lesson");
        replaceTags(c, lesson.id, lesson.tags);
    });
    transaction->commit();
}

std::optional<Lesson> SqliteStore::findLesson(Id lessonId) const {
    auto& c = *connection_;
    return c.run("read a lesson", [&]() -> std::optional<Lesson> {
        auto lesson = findRecord<Lesson>(c, lessonId);
        if (!lesson) return std::nullopt;
        return withTags(c, std::move(*lesson));
    });
}

// Each lesson's tags are read as it comes: the list's statement holds its read transaction open,
// so the tags are from the same moment as the lessons.
void SqliteStore::forEachLesson(const LessonFilter& filter, const RecordVisitor<Lesson>& visit) const {
    auto& c = *connection_;
    c.run("search the lessons", [&] {
        Query query(c, lessonListSql(filter));
        if (filter.innovationId) bindParam(*query, ":innovation_id", filter.innovationId);
        if (!filter.text.empty()) bindParam(*query, ":text", containsPattern(filter.text));
        if (!filter.tag.empty()) bindParam(*query, ":tag", filter.tag);
        if (filter.kind) bindParam(*query, ":kind", *filter.kind);
        visitAll(query, [&c](const SQLite::Statement& row) { return withTags(c, readRecord<Lesson>(row)); }, visit);
    });
}

}  // namespace innotrack::storage
