// The lessons log, its tags, and the portfolio-wide search that lets one team learn from another.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kSelectLesson =
    "SELECT id, innovation_id, setback_id, source, what_happened, effect, cause, early_warnings, recommendation, "
    "identified_as_risk, recorded_by_id, recorded_on FROM lessons";

constexpr const char* kLessonValues =
    "innovation_id = :innovation_id, setback_id = :setback_id, source = :source, what_happened = :what_happened, "
    "effect = :effect, cause = :cause, early_warnings = :early_warnings, recommendation = :recommendation, "
    "identified_as_risk = :identified_as_risk, recorded_by_id = :recorded_by_id, recorded_on = :recorded_on";

Lesson readLesson(const SQLite::Statement& row) {
    Lesson lesson;
    lesson.id = id(row, "id");
    lesson.innovationId = id(row, "innovation_id");
    lesson.setbackId = optionalId(row, "setback_id");
    lesson.source = key<LessonSource>(row, "source");
    lesson.whatHappened = text(row, "what_happened");
    lesson.effect = text(row, "effect");
    lesson.cause = text(row, "cause");
    lesson.earlyWarnings = text(row, "early_warnings");
    lesson.recommendation = text(row, "recommendation");
    lesson.identifiedAsRisk = flag(row, "identified_as_risk");
    lesson.recordedById = id(row, "recorded_by_id");
    lesson.recordedOn = date(row, "recorded_on");
    return lesson;
}

void bindLesson(SQLite::Statement& statement, const Lesson& lesson) {
    bindParam(statement, ":innovation_id", lesson.innovationId);
    bindParam(statement, ":setback_id", lesson.setbackId);
    bindParam(statement, ":source", lesson.source);
    bindParam(statement, ":what_happened", lesson.whatHappened);
    bindParam(statement, ":effect", lesson.effect);
    bindParam(statement, ":cause", lesson.cause);
    bindParam(statement, ":early_warnings", lesson.earlyWarnings);
    bindParam(statement, ":recommendation", lesson.recommendation);
    bindParam(statement, ":identified_as_risk", lesson.identifiedAsRisk);
    bindParam(statement, ":recorded_by_id", lesson.recordedById);
    bindParam(statement, ":recorded_on", lesson.recordedOn);
}

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
    std::string sql = std::string(kSelectLesson) + " WHERE 1 = 1";
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
        Query query(c, "INSERT INTO lessons (id, innovation_id, setback_id, source, what_happened, effect, cause, "
                       "early_warnings, recommendation, identified_as_risk, recorded_by_id, recorded_on) VALUES "
                       "(:id, :innovation_id, :setback_id, :source, :what_happened, :effect, :cause, :early_warnings, "
                       ":recommendation, :identified_as_risk, :recorded_by_id, :recorded_on)");
        bindLesson(*query, lesson);
        bindParam(*query, ":id", givenId(lesson.id));
        const Id added = insertRow(c, query);
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
        Query query(c, std::string("UPDATE lessons SET ") + kLessonValues + " WHERE id = :id");
        bindLesson(*query, lesson);
        bindParam(*query, ":id", lesson.id);
        updateRow(query, "lesson", lesson.id);
        replaceTags(c, lesson.id, lesson.tags);
    });
    transaction->commit();
}

std::optional<Lesson> SqliteStore::findLesson(Id lessonId) const {
    auto& c = *connection_;
    return c.run("read a lesson", [&]() -> std::optional<Lesson> {
        Query query(c, std::string(kSelectLesson) + " WHERE id = :id");
        bindParam(*query, ":id", lessonId);
        auto lesson = readOne(query, readLesson);
        if (!lesson) return std::nullopt;
        return withTags(c, std::move(*lesson));
    });
}

std::vector<Lesson> SqliteStore::listLessons(const LessonFilter& filter) const {
    auto& c = *connection_;
    return c.run("search the lessons", [&] {
        std::vector<Lesson> lessons;
        {
            Query query(c, lessonListSql(filter));
            if (filter.innovationId) bindParam(*query, ":innovation_id", filter.innovationId);
            if (!filter.text.empty()) bindParam(*query, ":text", containsPattern(filter.text));
            if (!filter.tag.empty()) bindParam(*query, ":tag", filter.tag);
            if (filter.kind) bindParam(*query, ":kind", *filter.kind);
            lessons = readAll(query, readLesson);
        }
        for (auto& lesson : lessons) lesson.tags = tagsOf(c, lesson.id);
        return lessons;
    });
}

}  // namespace innotrack::storage
