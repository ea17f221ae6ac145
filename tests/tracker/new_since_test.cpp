// "New since the last review" goes by when a setback or lesson was recorded relative to the review's
// closing, not by its date (tracker/new_since.hpp), in the service's own view and in every backend
// query the review, the board, the stage board's badge and quick filter, and the board paper read.
#include "portfolio_fixture.hpp"

#include "tracker/new_since.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

// Today is Friday 27 November 2026. The review was held on Tuesday 24 November and closed, entered
// today, as of Wednesday 25 November. In the order they were recorded:
//   before the review closed:  setback "before" on home care (20 Nov), setback "seen" on the falls
//                              sensors (26 Nov: dated after the closing day, but the review saw it),
//                              and lesson "seen" on home care (26 Nov);
//   the review closes (as of 25 Nov);
//   after it closed:           setback "same day" on home care (25 Nov, the closing day), setback
//                              "late" on home care (10 Nov, typed in late), lesson "after" (27 Nov).
// New since the review: on home care the setbacks "late" and "same day" and the lesson "after"; on
// the sensors nothing. (Going by dates alone it would have been "seen" on the sensors, and the lesson
// "seen" on home care.)
struct RecordedAroundAReview : PortfolioFixture {
    Innovation sensors = portfolio.addInnovation(cabinet.id, newInnovation("Falls sensors"));
    Id before = 0, seen = 0, sameDay = 0, late = 0;
    Id seenLesson = 0, afterLesson = 0;
    Review review;

    RecordedAroundAReview() {
        before = log(innovation.id, "Carers' tablets would not connect", Date(2026, 11, 20));
        seen = log(sensors.id, "Sensors sent readings unencrypted", Date(2026, 11, 26));
        seenLesson = learn("Test the home broadband first", Date(2026, 11, 26));
        review = portfolio.startReview(cabinet.id, Date(2026, 11, 24));
        portfolio.recordReview(cabinet.id, {review.id, innovation.id, Confidence::Amber, "", "Carry on"});
        portfolio.recordReview(cabinet.id, {review.id, sensors.id, Confidence::Green, "", ""});
        review = portfolio.closeReview(cabinet.id, review.id, Date(2026, 11, 25));
        sameDay = log(innovation.id, "A carer's visit was missed", Date(2026, 11, 25));
        late = log(innovation.id, "A resident could not hear the call", Date(2026, 11, 10));
        afterLesson = learn("Ask residents to test the sound", Date(2026, 11, 27));
    }

    Id log(Id innovationId, const std::string& what, Date on) {
        Setback draft = newSetback(what, FailureKind::Basic);
        draft.innovationId = innovationId;
        draft.occurredOn = on;
        return portfolio.logSetback(officer.id, draft).id;
    }

    Id learn(const std::string& what, Date on) {
        Lesson draft;
        draft.innovationId = innovation.id;
        draft.source = LessonSource::Success;
        draft.whatHappened = what;
        draft.recommendation = "Do the same on the next pilot";
        draft.recordedOn = on;
        return portfolio.addLesson(officer.id, draft).id;
    }

    static BoardInnovationFacts factsOf(const BoardLists& lists, Id innovationId) {
        for (const BoardInnovationFacts& facts : lists.innovations.rows)
            if (facts.innovationId == innovationId) return facts;
        FAIL("innovation " << innovationId << " is not on the board");
        return {};
    }
};

const Date kToday(2026, 11, 27);

}  // namespace

TEST_CASE_METHOD(RecordedAroundAReview, "new since the last review goes by when a record was recorded, not its date",
                 "[backend][tracker][new-since]") {
    const BoardQueries& board = PortfolioFixture::test.backend().boardQueries();
    const std::optional<BoardReview> last = board.lastClosedReview(kToday);
    REQUIRE(last);
    CHECK(last->id == review.id);
    CHECK(last->closedOn == Date(2026, 11, 25));

    SECTION("the service's own reading, which the weekly review uses") {
        CHECK_FALSE(recordedSince(*store, "setback", before, last));
        CHECK_FALSE(recordedSince(*store, "setback", seen, last));
        CHECK(recordedSince(*store, "setback", sameDay, last));
        CHECK(recordedSince(*store, "setback", late, last));
        CHECK_FALSE(recordedSince(*store, "lesson", seenLesson, last));
        CHECK(recordedSince(*store, "lesson", afterLesson, last));
        // With no closed review, everything recorded is new.
        CHECK(recordedSince(*store, "setback", before, std::nullopt));
    }

    SECTION("the board paper's figures and lists") {
        const BoardLists lists =
            board.boardLists({kToday, std::nullopt, std::nullopt}, last, last->id, 15, std::nullopt);
        CHECK(factsOf(lists, innovation.id).setbacksSince == 2);
        CHECK(factsOf(lists, innovation.id).lessonsSince == 1);
        CHECK(factsOf(lists, sensors.id).setbacksSince == 0);
        REQUIRE(lists.setbacks.total == 2);
        REQUIRE(lists.setbacks.rows.size() == 2);
        CHECK(lists.setbacks.rows[0].setbackId == late);  // by date: 10 November, then 25 November
        CHECK(lists.setbacks.rows[1].setbackId == sameDay);
        REQUIRE(lists.lessons.rows.size() == 1);
        CHECK(lists.lessons.rows[0].lessonId == afterLesson);

        // As of 24 November the review had not closed: every setback dated by then is new, the
        // late one included; the one on the 25th had not happened.
        const BoardLists earlier =
            board.boardLists({Date(2026, 11, 24), std::nullopt, std::nullopt},
                             board.lastClosedReview(Date(2026, 11, 24)), std::nullopt, 15, std::nullopt);
        CHECK(earlier.setbacks.total == 2);  // "before" (20 Nov) and "late" (10 Nov)
    }

    SECTION("the stage board's badge and its quick filter") {
        const StageBoardQueries& stage = PortfolioFixture::test.backend().stageBoardQueries();
        const StageBoardCards cards = stage.stageBoardCards({kToday, std::nullopt});
        CHECK(cards.lastReviewClosedOn == std::optional<Date>(Date(2026, 11, 25)));
        int checked = 0;
        for (const StageBoardCard& card : cards.cards) {
            if (card.innovationId == innovation.id) CHECK(card.badges.setbacksSinceReview == 2);
            if (card.innovationId == sensors.id) CHECK(card.badges.setbacksSinceReview == 0);
            checked += card.innovationId == innovation.id || card.innovationId == sensors.id;
        }
        CHECK(checked == 2);
        CHECK(stage.stageBoardFlagged(kToday, StageBoardFlag::NewSetback, std::nullopt) ==
              std::vector<Id>{innovation.id});
        const std::vector<StageBoardCard> one = stage.stageBoardCardsOf(kToday, {sensors.id});
        REQUIRE(one.size() == 1);
        CHECK(one[0].badges.setbacksSinceReview == 0);
    }
}
