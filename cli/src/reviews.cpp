// review start | record | close | abandon | list | show: the weekly review of every active innovation.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

// The review named, or else the open one: a chair usually works in this week's review.
Review chosenReview(Context& context, OptionalId id) {
    if (id) return context.portfolio().review(*id);
    const auto open = context.portfolio().store().findOpenReview();
    if (!open) throw NotFound("There is no open review; start one with: innotrack review start");
    return *open;
}

class ReviewStart final : public Command {
public:
    ReviewStart()
        : Command({"review", "start"}, "Start the weekly review, chaired by you", "[--on DATE]", Access::Writes) {
        declare().text("on", "DATE", "the day the review is held (default today)");
    }
    void execute(Context& context) const override {
        const Review review = context.portfolio().startReview(context.actor().id, context.date("on"));
        context.confirm("Started review " + number(review.id) + " on " + formatDate(review.heldOn) + ", chaired by " +
                            context.nameOf(review.chairId) + ".",
                        views::review(context, review));
    }
};

class ReviewRecord final : public Command {
public:
    ReviewRecord()
        : Command({"review", "record"}, "Record an innovation's confidence, comment and decision in a review",
                  "--innovation ID --confidence RATING [--comment TEXT] [--decision TEXT] [--review ID]",
                  Access::Writes) {
        declare()
            .number("innovation", "ID", "the innovation reviewed", Need::Required)
            .text("confidence", "RATING", "delivery confidence: green, amber-green, amber, amber-red or red",
                  Need::Required)
            .text("comment", "TEXT", "the review's comment")
            .text("decision", "TEXT", "what was decided")
            .number("review", "ID", "the review (default the open one)");
    }
    void execute(Context& context) const override {
        ReviewEntry entry;
        entry.innovationId = *context.idOption("innovation");
        entry.confidence = *context.scale<Confidence>("confidence");
        entry.comment = context.text("comment").value_or("");
        entry.decision = context.text("decision").value_or("");
        entry.reviewId = chosenReview(context, context.idOption("review")).id;
        const ReviewEntry saved = context.portfolio().recordReview(context.actor().id, entry);
        const Review review = context.portfolio().review(saved.reviewId);
        auto record = views::review(context, review);
        record.section("entries", "Entries",
                       views::reviewEntries(context, context.portfolio().store().listReviewEntries(review.id)));
        context.confirm("Recorded innovation " + number(saved.innovationId) + " as " + label(saved.confidence) +
                            " in review " + number(saved.reviewId) + ".",
                        record);
    }
};

class ReviewClose final : public Command {
public:
    ReviewClose()
        : Command({"review", "close"}, "Close a review; a closed review is never edited", "[ID] [--on DATE]",
                  Access::Writes) {
        declare().id("the review's number (default the open one)", Need::Optional)
            .text("on", "DATE", "the day it closed (default today)");
    }
    void execute(Context& context) const override {
        const Review open = chosenReview(context, context.optionalId());
        const Review closed = context.portfolio().closeReview(context.actor().id, open.id, context.date("on"));
        const auto entries = context.portfolio().store().listReviewEntries(closed.id);
        context.confirm("Closed review " + number(closed.id) + " of " + formatDate(closed.heldOn) + " with " +
                            counted(static_cast<long long>(entries.size()), "innovation") + " recorded.",
                        views::review(context, closed));
    }
};

class ReviewAbandon final : public Command {
public:
    ReviewAbandon()
        : Command({"review", "abandon"}, "Abandon a review started by mistake, while nothing is recorded in it", "[ID]",
                  Access::Writes) {
        declare().id("the review's number (default the open one)", Need::Optional);
    }
    void execute(Context& context) const override {
        const Review open = chosenReview(context, context.optionalId());
        const Review abandoned = context.portfolio().abandonReview(context.actor().id, open.id);
        context.confirm("Abandoned review " + number(abandoned.id) + " of " + formatDate(abandoned.heldOn) +
                            "; nothing was recorded in it.",
                        views::review(context, abandoned));
    }
};

class ReviewList final : public Command {
public:
    ReviewList() : Command({"review", "list"}, "List weekly reviews, newest first", "", Access::Reads) {}
    void execute(Context& context) const override {
        context.print(views::reviews(context, context.portfolio().store().listReviews()), "No reviews yet.");
    }
};

class ReviewShow final : public Command {
public:
    ReviewShow() : Command({"review", "show"}, "Show a review with what it recorded", "ID", Access::Reads) {
        declare().id("the review's number");
    }
    void execute(Context& context) const override {
        const Review review = context.portfolio().review(context.id());
        auto record = views::review(context, review);
        const PortfolioStore& store = context.portfolio().store();
        record.section("entries", "Entries", views::reviewEntries(context, store.listReviewEntries(review.id)));
        // The formal decisions (decision add --review) that this review's decisions led to.
        auto ledTo = store.listDecisions(std::nullopt);
        std::erase_if(ledTo, [&](const Decision& d) { return d.reviewId != review.id; });
        record.section("decisions", "Formal decisions it led to", views::decisions(context, ledTo));
        context.print(record);
    }
};

}  // namespace

Made reviewStart() { return std::make_unique<ReviewStart>(); }
Made reviewRecord() { return std::make_unique<ReviewRecord>(); }
Made reviewClose() { return std::make_unique<ReviewClose>(); }
Made reviewAbandon() { return std::make_unique<ReviewAbandon>(); }
Made reviewList() { return std::make_unique<ReviewList>(); }
Made reviewShow() { return std::make_unique<ReviewShow>(); }

}  // namespace innotrack::cli::commands
