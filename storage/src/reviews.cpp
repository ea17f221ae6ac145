// Weekly reviews and what each records per innovation.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

Id SqliteStore::insertReview(const Review& review) {
    auto& c = *connection_;
    return c.run("start the review", [&] {
        return insertRecord(c, review);
    });
}

void SqliteStore::updateReview(const Review& review) {
    auto& c = *connection_;
    c.run("update the review", [&] {
        updateRecord(c, review, "review");
    });
}

std::optional<Review> SqliteStore::findReview(Id reviewId) const {
    auto& c = *connection_;
    return c.run("read a review", [&] {
        return findRecord<Review>(c, reviewId);
    });
}

std::optional<Review> SqliteStore::findOpenReview() const {
    auto& c = *connection_;
    return c.run("find the open review", [&] {
        static const std::string sql = selectSql<Review>() + " WHERE closed_on IS NULL ORDER BY held_on DESC, id DESC LIMIT 1";
        Query query(c, sql);
        return readOne(query, readRecord<Review>);
    });
}

std::vector<Review> SqliteStore::listReviews() const {
    auto& c = *connection_;
    return c.run("list the reviews", [&] {
        static const std::string sql = selectSql<Review>() + " ORDER BY held_on DESC, id DESC";
        Query query(c, sql);
        return readAll(query, readRecord<Review>);
    });
}

void SqliteStore::saveReviewEntry(const ReviewEntry& entry) {
    auto& c = *connection_;
    c.run("record the review entry", [&] {
        static const std::string sql = insertSql<ReviewEntry>() + " ON CONFLICT (review_id, innovation_id) DO UPDATE SET " +
                                       upsertSet<ReviewEntry>({"review_id", "innovation_id"});
        Query query(c, sql);
        bindRecord(*query, entry);
        query.exec();
    });
}

std::vector<ReviewEntry> SqliteStore::listReviewEntries(Id reviewId) const {
    auto& c = *connection_;
    return c.run("list the review's entries", [&] {
        return listRecords<ReviewEntry>(c, reviewId, "review_id", "innovation_id");
    });
}

void SqliteStore::removeReviewEntry(Id reviewId, Id innovationId) {
    auto& c = *connection_;
    c.run("undo the review entry", [&] {
        Query remove(c, "DELETE FROM review_entries WHERE review_id = :review_id AND innovation_id = :innovation_id");
        bindParam(*remove, ":review_id", reviewId);
        bindParam(*remove, ":innovation_id", innovationId);
        if (remove.exec() == 0)
            throw NotFound("Innovation " + std::to_string(innovationId) + " is not recorded in review " + std::to_string(reviewId));
    });
}

}  // namespace innotrack::storage
