// Weekly reviews and what each records per innovation, as storage/src/reviews.cpp keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

Id PgStore::insertReview(const Review& review) {
    auto& s = *session_;
    return s.change("start the review", [&] {
        return insertRecord(s, review);
    });
}

void PgStore::updateReview(const Review& review) {
    auto& s = *session_;
    s.change("update the review", [&] {
        updateRecord(s, review, "review");
    });
}

std::optional<Review> PgStore::findReview(Id reviewId) const {
    auto& s = *session_;
    return s.run("read a review", [&] {
        return findRecord<Review>(s, reviewId);
    });
}

std::optional<Review> PgStore::findOpenReview() const {
    auto& s = *session_;
    return s.run("find the open review", [&] {
        static const std::string sql = selectSql<Review>() + " WHERE closed_on IS NULL ORDER BY held_on DESC, id DESC LIMIT 1";
        pq::Statement find(s.connection(), sql);
        return readOne(find.run(), readRecord<Review>);
    });
}

std::vector<Review> PgStore::listReviews() const {
    auto& s = *session_;
    return s.run("list the reviews", [&] {
        static const std::string sql = selectSql<Review>() + " ORDER BY held_on DESC, id DESC";
        pq::Statement list(s.connection(), sql);
        return readAll(list.run(), readRecord<Review>);
    });
}

void PgStore::saveReviewEntry(const ReviewEntry& entry) {
    auto& s = *session_;
    s.change("record the review entry", [&] {
        static const std::string sql = sql::insertSql<ReviewEntry>("", "") +
                                       " ON CONFLICT (review_id, innovation_id) DO UPDATE SET " +
                                       upsertSet<ReviewEntry>({"review_id", "innovation_id"});
        pq::Statement save(s.connection(), sql);
        bindRecord(save, entry);
        s.send(save);
    });
}

std::vector<ReviewEntry> PgStore::listReviewEntries(Id reviewId) const {
    auto& s = *session_;
    return s.run("list the review's entries", [&] {
        return listRecords<ReviewEntry>(s, reviewId, "review_id", "innovation_id");
    });
}

void PgStore::removeReviewEntry(Id reviewId, Id innovationId) {
    auto& s = *session_;
    s.change("undo the review entry", [&] {
        pq::Statement remove(s.connection(),
                             "DELETE FROM review_entries WHERE review_id = :review_id AND innovation_id = :innovation_id");
        remove.bind(":review_id", reviewId);
        remove.bind(":innovation_id", innovationId);
        if (remove.run().affected() == 0)
            throw NotFound("Innovation " + std::to_string(innovationId) + " is not recorded in review " + std::to_string(reviewId));
    });
}

}  // namespace innotrack::storage_pg
