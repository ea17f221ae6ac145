// Weekly reviews and what each records per innovation.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kSelectReview = "SELECT id, held_on, chair_id, closed_on FROM reviews";

Review readReview(const SQLite::Statement& row) {
    Review review;
    review.id = id(row, "id");
    review.heldOn = date(row, "held_on");
    review.chairId = id(row, "chair_id");
    review.closedOn = optionalDate(row, "closed_on");
    return review;
}

void bindReview(SQLite::Statement& statement, const Review& review) {
    bindParam(statement, ":held_on", review.heldOn);
    bindParam(statement, ":chair_id", review.chairId);
    bindParam(statement, ":closed_on", review.closedOn);
}

ReviewEntry readEntry(const SQLite::Statement& row) {
    ReviewEntry entry;
    entry.reviewId = id(row, "review_id");
    entry.innovationId = id(row, "innovation_id");
    entry.confidence = key<Confidence>(row, "confidence");
    entry.comment = text(row, "comment");
    entry.decision = text(row, "decision");
    return entry;
}

}  // namespace

Id SqliteStore::insertReview(const Review& review) {
    auto& c = *connection_;
    return c.run("start the review", [&] {
        Query query(c, "INSERT INTO reviews (id, held_on, chair_id, closed_on) "
                       "VALUES (:id, :held_on, :chair_id, :closed_on)");
        bindReview(*query, review);
        bindParam(*query, ":id", givenId(review.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updateReview(const Review& review) {
    auto& c = *connection_;
    c.run("update the review", [&] {
        Query query(c, "UPDATE reviews SET held_on = :held_on, chair_id = :chair_id, closed_on = :closed_on "
                       "WHERE id = :id");
        bindReview(*query, review);
        bindParam(*query, ":id", review.id);
        updateRow(query, "review", review.id);
    });
}

std::optional<Review> SqliteStore::findReview(Id reviewId) const {
    auto& c = *connection_;
    return c.run("read a review", [&] {
        Query query(c, std::string(kSelectReview) + " WHERE id = :id");
        bindParam(*query, ":id", reviewId);
        return readOne(query, readReview);
    });
}

std::optional<Review> SqliteStore::findOpenReview() const {
    auto& c = *connection_;
    return c.run("find the open review", [&] {
        Query query(c, std::string(kSelectReview) + " WHERE closed_on IS NULL ORDER BY held_on DESC, id DESC LIMIT 1");
        return readOne(query, readReview);
    });
}

std::vector<Review> SqliteStore::listReviews() const {
    auto& c = *connection_;
    return c.run("list the reviews", [&] {
        Query query(c, std::string(kSelectReview) + " ORDER BY held_on DESC, id DESC");
        return readAll(query, readReview);
    });
}

void SqliteStore::saveReviewEntry(const ReviewEntry& entry) {
    auto& c = *connection_;
    c.run("record the review entry", [&] {
        Query query(c, "INSERT INTO review_entries (review_id, innovation_id, confidence, comment, decision) "
                       "VALUES (:review_id, :innovation_id, :confidence, :comment, :decision) "
                       "ON CONFLICT (review_id, innovation_id) DO UPDATE SET confidence = excluded.confidence, "
                       "comment = excluded.comment, decision = excluded.decision");
        bindParam(*query, ":review_id", entry.reviewId);
        bindParam(*query, ":innovation_id", entry.innovationId);
        bindParam(*query, ":confidence", entry.confidence);
        bindParam(*query, ":comment", entry.comment);
        bindParam(*query, ":decision", entry.decision);
        query.exec();
    });
}

std::vector<ReviewEntry> SqliteStore::listReviewEntries(Id reviewId) const {
    auto& c = *connection_;
    return c.run("list the review's entries", [&] {
        Query query(c, "SELECT review_id, innovation_id, confidence, comment, decision FROM review_entries "
                       "WHERE review_id = :review_id ORDER BY innovation_id");
        bindParam(*query, ":review_id", reviewId);
        return readAll(query, readEntry);
    });
}

}  // namespace innotrack::storage
