package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerTimerTest {

    private final FakeTicker ticker = new FakeTicker();

    private AnswerTimer timer(int prepSeconds, int targetSeconds) {
        return new AnswerTimer(ticker, TimerSettings.of(Duration.ofSeconds(prepSeconds), Duration.ofSeconds(targetSeconds)));
    }

    @Test
    void startsInPrepAndMovesToAnswerWhenPrepRunsOut() {
        AnswerTimer t = timer(30, 150);
        t.start();
        ticker.advanceMillis(10_000);
        TimerSnapshot s = t.snapshot();
        assertEquals(TimerPhase.PREP, s.phase());
        assertEquals(Duration.ofSeconds(20), s.prepRemaining());

        ticker.advanceMillis(25_000);
        s = t.snapshot();
        assertEquals(TimerPhase.ANSWERING, s.phase());
        assertEquals(Duration.ofSeconds(30), s.prepElapsed());
        // The answer began when prep ran out, not when the snapshot noticed it.
        assertEquals(Duration.ofSeconds(5), s.answerElapsed());
    }

    @Test
    void withoutPrepStartsAnsweringAtOnce() {
        AnswerTimer t = timer(0, 150);
        t.start();
        ticker.advanceMillis(1_500);
        assertEquals(TimerPhase.ANSWERING, t.phase());
        assertEquals(Duration.ofMillis(1_500), t.snapshot().answerElapsed());
    }

    @Test
    void skipPrepRecordsPrepSoFarAndStartsAnswer() {
        AnswerTimer t = timer(30, 150);
        t.start();
        ticker.advanceMillis(7_000);
        t.skipPrep();
        ticker.advanceMillis(3_000);
        TimerSnapshot s = t.snapshot();
        assertEquals(TimerPhase.ANSWERING, s.phase());
        assertEquals(Duration.ofSeconds(7), s.prepElapsed());
        assertEquals(Duration.ofSeconds(3), s.answerElapsed());
    }

    @Test
    void warnsAtTarget() {
        AnswerTimer t = timer(0, 120);
        t.start();
        ticker.advanceMillis(119_999);
        assertFalse(t.snapshot().overTarget());
        ticker.advanceMillis(1);
        assertTrue(t.snapshot().overTarget());
        assertEquals(TimerPhase.ANSWERING, t.phase());
    }

    @Test
    void stopsAtHardLimit() {
        AnswerTimer t = timer(0, 100);
        t.start();
        ticker.advanceMillis(250_000);
        TimerSnapshot s = t.snapshot();
        assertEquals(TimerPhase.FINISHED, s.phase());
        assertTrue(s.stoppedAtHardLimit());
        assertEquals(Duration.ofSeconds(200), s.answerElapsed(), "clamped to twice the target");
    }

    @Test
    void pausedTimeDoesNotCount() {
        AnswerTimer t = timer(0, 150);
        t.start();
        ticker.advanceMillis(10_000);
        t.pause();
        ticker.advanceMillis(60_000);
        assertTrue(t.snapshot().paused());
        assertEquals(Duration.ofSeconds(10), t.snapshot().answerElapsed());
        t.resume();
        ticker.advanceMillis(5_000);
        assertEquals(Duration.ofSeconds(15), t.snapshot().answerElapsed());
    }

    @Test
    void pauseDuringPrepHoldsThePrepCountdown() {
        AnswerTimer t = timer(30, 150);
        t.start();
        ticker.advanceMillis(10_000);
        t.pause();
        ticker.advanceMillis(100_000);
        assertEquals(TimerPhase.PREP, t.phase());
        assertEquals(Duration.ofSeconds(20), t.snapshot().prepRemaining());
        t.resume();
        ticker.advanceMillis(25_000);
        TimerSnapshot s = t.snapshot();
        assertEquals(TimerPhase.ANSWERING, s.phase());
        assertEquals(Duration.ofSeconds(5), s.answerElapsed());
    }

    @Test
    void hardLimitIsNotReachedWhilePaused() {
        AnswerTimer t = timer(0, 60);
        t.start();
        ticker.advanceMillis(100_000);
        t.pause();
        ticker.advanceMillis(1_000_000);
        assertEquals(TimerPhase.ANSWERING, t.phase());
        t.resume();
        ticker.advanceMillis(20_000);
        assertEquals(TimerPhase.FINISHED, t.phase());
        assertEquals(Duration.ofSeconds(120), t.snapshot().answerElapsed());
    }

    @Test
    void stopFreezesTheReading() {
        AnswerTimer t = timer(0, 150);
        t.start();
        ticker.advanceMillis(42_000);
        t.stop();
        ticker.advanceMillis(500_000);
        TimerSnapshot s = t.snapshot();
        assertEquals(TimerPhase.FINISHED, s.phase());
        assertFalse(s.stoppedAtHardLimit());
        assertEquals(Duration.ofSeconds(42), s.answerElapsed());
    }

    @Test
    void stopWhilePausedKeepsTheTimeBeforeThePause() {
        AnswerTimer t = timer(0, 150);
        t.start();
        ticker.advanceMillis(12_000);
        t.pause();
        ticker.advanceMillis(30_000);
        t.stop();
        assertEquals(Duration.ofSeconds(12), t.snapshot().answerElapsed());
    }

    @Test
    void tenMinutesOfIrregularTicksStayWithinAHundredMillisecondsOfTheTruth() {
        AnswerTimer t = new AnswerTimer(ticker,
                new TimerSettings(Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(20)));
        t.start();
        Random random = new Random(7);
        long trueNanos = 0;
        long target = Duration.ofMinutes(10).toNanos();
        while (trueNanos < target) {
            // Frames arrive anywhere from 1 ms to 250 ms apart, with odd nanosecond remainders.
            long step = Math.min(target - trueNanos, 1_000_000L + random.nextInt(249_000_000) + random.nextInt(999));
            ticker.advance(Duration.ofNanos(step));
            trueNanos += step;
            t.snapshot();
        }
        long shownMillis = t.snapshot().answerElapsed().toMillis();
        assertTrue(Math.abs(shownMillis - 600_000) <= 100, "shown " + shownMillis + " ms");
        assertEquals(600_000, shownMillis);
    }

    @Test
    void cannotStartTwice() {
        AnswerTimer t = timer(0, 150);
        t.start();
        assertThrows(IllegalStateException.class, t::start);
    }

    @Test
    void rejectsHardLimitBelowTarget() {
        assertThrows(IllegalArgumentException.class,
                () -> new TimerSettings(Duration.ZERO, Duration.ofSeconds(100), Duration.ofSeconds(50)));
    }
}
