package org.emdrill.practice.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.emdrill.practice.FakeClock;
import org.junit.jupiter.api.Test;

class Sm2SchedulerTest {

    /** 10:00 in UTC; the practice day starts at 04:00. */
    private static final Instant MORNING = Instant.parse("2024-05-01T10:00:00Z");
    private static final StudyDay DAY = StudyDay.in(ZoneOffset.UTC);

    private final FakeClock clock = new FakeClock(MORNING);
    private final Sm2Scheduler scheduler = new Sm2Scheduler(Sm2Settings.defaults(), DAY, clock);

    @Test
    void goodGoodGoodOnANewQuestionComesBackAfterOneFourAndTenDays() {
        ReviewState s = scheduler.newQuestion("q", "bank");

        s = answerWhenDue(s, Grade.GOOD);
        assertEquals(CardPhase.LEARNING, s.phase());
        assertEquals(1, daysUntilDue(s));

        s = answerWhenDue(s, Grade.GOOD);
        assertEquals(CardPhase.REVIEW, s.phase());
        assertEquals(4, s.intervalDays());
        assertEquals(4, daysUntilDue(s));

        s = answerWhenDue(s, Grade.GOOD);
        assertEquals(10, s.intervalDays());
        assertEquals(10, daysUntilDue(s));
        assertEquals(2.5, s.ease());
        assertEquals(3, s.repetitions());
    }

    @Test
    void firstGoodWaitsForTheFirstStepOnlyWhenAgain() {
        ReviewState s = scheduler.answer(scheduler.newQuestion("q", "bank"), Grade.AGAIN);

        assertEquals(CardPhase.LEARNING, s.phase());
        assertEquals(0, s.step());
        assertEquals(MORNING.plus(Duration.ofMinutes(10)), s.dueAt());
        assertEquals(2.5, s.ease(), "ease does not change while learning");
    }

    @Test
    void hardOnTheFirstStepWaitsHalfwayBetweenTheFirstTwoSteps() {
        ReviewState s = scheduler.answer(scheduler.newQuestion("q", "bank"), Grade.HARD);

        // (10 min + 1 day) / 2 = 12 h 5 min, still under a day so counted from now.
        assertEquals(MORNING.plus(Duration.ofHours(12).plusMinutes(5)), s.dueAt());
        assertEquals(0, s.step());
    }

    @Test
    void easyOnANewQuestionGraduatesStraightToTheEasyInterval() {
        ReviewState s = scheduler.answer(scheduler.newQuestion("q", "bank"), Grade.EASY);

        assertEquals(CardPhase.REVIEW, s.phase());
        assertEquals(7, s.intervalDays());
        assertEquals(2.5, s.ease());
    }

    @Test
    void hardHardEasyOnAGraduatedQuestionMovesEaseAndInterval() {
        ReviewState s = graduated(4, 2.5);

        s = answerWhenDue(s, Grade.HARD);
        assertEquals(5, s.intervalDays(), "4 × 1.2 = 4.8 → 5");
        assertEquals(2.35, s.ease());

        s = answerWhenDue(s, Grade.HARD);
        assertEquals(6, s.intervalDays(), "5 × 1.2 = 6");
        assertEquals(2.2, s.ease());

        s = answerWhenDue(s, Grade.EASY);
        assertEquals(17, s.intervalDays(), "6 × 2.2 × 1.3 = 17.16 → 17, with the ease before the answer");
        assertEquals(2.35, s.ease());
    }

    @Test
    void easyIntervalUsesTheEaseBonus() {
        ReviewState s = answerWhenDue(graduated(10, 2.5), Grade.EASY);

        assertEquals(33, s.intervalDays(), "10 × 2.5 × 1.3 = 32.5 → 33");
        assertEquals(2.65, s.ease());
    }

    @Test
    void againOnAReviewIsALapseIntoRelearningWithAOneDayInterval() {
        ReviewState s = answerWhenDue(graduated(10, 2.5), Grade.AGAIN);

        assertEquals(CardPhase.RELEARNING, s.phase());
        assertEquals(1, s.lapses());
        assertEquals(2.3, s.ease());
        assertEquals(1, s.intervalDays(), "10 × 0 = 0, raised to the one-day minimum");
        assertEquals(clock.instant().plus(Duration.ofMinutes(10)), s.dueAt());

        s = answerWhenDue(s, Grade.GOOD);
        assertEquals(CardPhase.REVIEW, s.phase());
        assertEquals(1, s.intervalDays());
        assertEquals(1, daysUntilDue(s));
        assertEquals(2.3, s.ease(), "relearning answers leave the ease alone");

        s = answerWhenDue(s, Grade.GOOD);
        assertEquals(3, s.intervalDays(), "1 × 2.3 = 2.3 → 2, but Good must beat Hard (2) by a day");
    }

    @Test
    void easeNeverDropsBelowTheMinimum() {
        ReviewState s = graduated(10, 2.5);
        for (int i = 0; i < 12; i++) {
            s = answerWhenDue(s, Grade.AGAIN);
            s = answerWhenDue(s, Grade.GOOD);
            s = answerWhenDue(s, Grade.HARD);
            assertTrue(s.ease() >= 1.3, "ease " + s.ease());
        }
        assertEquals(1.3, s.ease());
    }

    @Test
    void aQuestionBecomesALeechAtItsEighthLapse() {
        ReviewState s = graduated(10, 2.5);
        for (int lapse = 1; lapse <= 7; lapse++) {
            s = answerWhenDue(s, Grade.AGAIN);
            assertFalse(s.leech(), "not a leech after lapse " + lapse);
            s = answerWhenDue(s, Grade.GOOD);
        }
        s = answerWhenDue(s, Grade.AGAIN);

        assertEquals(8, s.lapses());
        assertTrue(s.leech());
        assertTrue(answerWhenDue(answerWhenDue(s, Grade.GOOD), Grade.GOOD).leech(), "the flag stays");
    }

    @Test
    void aLateReviewCountsHalfTheDelayForGoodAndAllOfItForEasy() {
        ReviewState due = graduated(10, 2.5);
        clock.advance(Duration.between(clock.instant(), due.dueAt()).plusDays(4).plusHours(6));

        assertEquals(30, scheduler.answer(due, Grade.GOOD).intervalDays(), "(10 + 4/2) × 2.5");
        assertEquals(46, scheduler.answer(due, Grade.EASY).intervalDays(), "(10 + 4) × 2.5 × 1.3 = 45.5");
        assertEquals(12, scheduler.answer(due, Grade.HARD).intervalDays(), "10 × 1.2, lateness ignored");
    }

    @Test
    void dayLongStepsAreDueFromTheStartOfThatPracticeDay() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        FakeClock late = new FakeClock(Instant.parse("2024-05-01T21:30:00Z")); // 23:30 in Paris
        Sm2Scheduler s = new Sm2Scheduler(Sm2Settings.defaults(), StudyDay.in(paris), late);

        ReviewState state = s.answer(s.newQuestion("q", "b"), Grade.GOOD);

        assertEquals(Instant.parse("2024-05-02T02:00:00Z"), state.dueAt(), "04:00 in Paris the next day");
    }

    @Test
    void practiceAfterMidnightButBeforeTheRolloverBelongsToTheEveningBefore() {
        StudyDay paris = StudyDay.in(ZoneId.of("Europe/Paris"));

        assertEquals(java.time.LocalDate.of(2024, 5, 1), paris.dayOf(Instant.parse("2024-05-02T01:30:00Z")));
        assertEquals(java.time.LocalDate.of(2024, 5, 2), paris.dayOf(Instant.parse("2024-05-02T02:00:00Z")));
    }

    @Test
    void anUnscoredAttemptLeavesTheScheduleAlone() {
        ReviewState s = graduated(10, 2.5);

        assertTrue(scheduler.afterAttempt(s, null).isEmpty());
        assertEquals(25, scheduler.afterAttempt(s, 3.5).orElseThrow().intervalDays(), "3.5 is Good: 10 × 2.5");
        assertEquals(2.3, scheduler.afterAttempt(s, 1.5).orElseThrow().ease(), "1.5 is Again: a lapse");
    }

    @Test
    void ankisOwnDefaultsGraduateAfterTwoShortStepsToOneDay() {
        Sm2Scheduler anki = new Sm2Scheduler(Sm2Settings.ankiDefaults(), DAY, clock);

        ReviewState s = anki.answer(anki.newQuestion("q", "b"), Grade.GOOD);
        assertEquals(MORNING.plus(Duration.ofMinutes(10)), s.dueAt());
        s = anki.answer(s, Grade.GOOD);
        assertEquals(1, s.intervalDays());
        assertEquals(4, anki.answer(anki.newQuestion("q", "b"), Grade.EASY).intervalDays());
    }

    private ReviewState graduated(int interval, double ease) {
        return new ReviewState("q", "bank", CardPhase.REVIEW, ease, interval, 3, 0, 0, false,
                DAY.startOfDayAfter(clock.instant(), 0), clock.instant());
    }

    /** Moves the clock to the moment the question is due (if it is in the future) and answers. */
    private ReviewState answerWhenDue(ReviewState s, Grade grade) {
        if (s.dueAt().isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), s.dueAt()));
        }
        return scheduler.answer(s, grade);
    }

    private long daysUntilDue(ReviewState s) {
        return DAY.daysBetween(clock.instant(), s.dueAt());
    }
}
