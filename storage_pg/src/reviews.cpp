// Weekly reviews and what each records per innovation, as storage/src/reviews.cpp keeps them in a file.
#include "pg_store.hpp"

namespace innotrack::storage_pg {

namespace {

constexpr const char* kSelectReview = "SELECT id, held_on, chair_id, closed_on FROM reviews";

constexpr const char* kReviewValues = "held_on = :held_on, chair_id = :chair_id, closed_on = :closed_on";

Review readReview(const pq::Row& row) {
    Review review;
    review.id = row["id"].integer();
    review.heldOn = row["held_on"].date();
    review.chairId = row["chair_id"].integer();
    review.closedOn = row["closed_on"].optionalDate();
    return review;
}

void bindReview(pq::Statement& statement, const Review& review) {
    statement.bind(":held_on", review.heldOn);
    statement.bind(":chair_id", review.chairId);
    statement.bind(":closed_on", review.closedOn);
}

ReviewEntry readEntry(const pq::Row& row) {
    ReviewEntry entry;
    entry.reviewId = row["review_id"].integer();
    entry.innovationId = row["innovation_id"].integer();
    entry.confidence = key<Confidence>(row["confidence"], "confidence");
    entry.comment = row["comment"].text();
    entry.decision = row["decision"].text();
    return entry;
}

}  // namespace

Id PgStore::insertReview(const Review& review) {
    auto& s = *session_;
    return s.change("start the review", [&] {
        pq::Statement insert(s.connection(), std::string("INSERT INTO reviews (id, held_on, chair_id, closed_on) VALUES (") +
                                                 nextIdSql("reviews") + ", :held_on, :chair_id, :closed_on) RETURNING id");
        bindReview(insert, review);
        insert.bind(":id", givenId(review.id));
        return insertRow(s, insert, "reviews", review.id);
    });
}

void PgStore::updateReview(const Review& review) {
    auto& s = *session_;
    s.change("update the review", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE reviews SET ") + kReviewValues + " WHERE id = :id");
        bindReview(update, review);
        update.bind(":id", review.id);
        updateRow(update, "review", review.id);
    });
}

std::optional<Review> PgStore::findReview(Id reviewId) const {
    auto& s = *session_;
    return s.run("read a review", [&] {
        pq::Statement find(s.connection(), std::string(kSelectReview) + " WHERE id = :id");
        find.bind(":id", reviewId);
        return readOne(find.run(), readReview);
    });
}

std::optional<Review> PgStore::findOpenReview() const {
    auto& s = *session_;
    return s.run("find the open review", [&] {
        pq::Statement find(s.connection(), std::string(kSelectReview) +
                                               " WHERE closed_on IS NULL ORDER BY held_on DESC, id DESC LIMIT 1");
        return readOne(find.run(), readReview);
    });
}

std::vector<Review> PgStore::listReviews() const {
    auto& s = *session_;
    return s.run("list the reviews", [&] {
        pq::Statement list(s.connection(), std::string(kSelectReview) + " ORDER BY held_on DESC, id DESC");
        return readAll(list.run(), readReview);
    });
}

void PgStore::saveReviewEntry(const ReviewEntry& entry) {
    auto& s = *session_;
    s.change("record the review entry", [&] {
        pq::Statement save(s.connection(),
                           "INSERT INTO review_entries (review_id, innovation_id, confidence, comment, decision) "
                           "VALUES (:review_id, :innovation_id, :confidence, :comment, :decision) "
                           "ON CONFLICT (review_id, innovation_id) DO UPDATE SET confidence = EXCLUDED.confidence, "
                           "comment = EXCLUDED.comment, decision = EXCLUDED.decision");
        save.bind(":review_id", entry.reviewId);
        save.bind(":innovation_id", entry.innovationId);
        save.bind(":confidence", entry.confidence);
        save.bind(":comment", entry.comment);
        save.bind(":decision", entry.decision);
        save.run();
    });
}

std::vector<ReviewEntry> PgStore::listReviewEntries(Id reviewId) const {
    auto& s = *session_;
    return s.run("list the review's entries", [&] {
        pq::Statement list(s.connection(), "SELECT review_id, innovation_id, confidence, comment, decision "
                                           "FROM review_entries WHERE review_id = :review_id ORDER BY innovation_id");
        list.bind(":review_id", reviewId);
        return readAll(list.run(), readEntry);
    });
}

}  // namespace innotrack::storage_pg
