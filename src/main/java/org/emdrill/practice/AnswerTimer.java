package org.emdrill.practice;

import java.time.Duration;
import java.util.Objects;

/**
 * The prep-then-answer timer. Every reading is computed from the monotonic {@link Ticker}; the UI calls
 * {@link #snapshot()} as often as it likes and the numbers stay exact however irregular those calls are.
 * Phase changes that depend on time (prep running out, the hard limit) are applied lazily on each
 * snapshot, dated at the instant they really happened rather than when they were noticed.
 */
public final class AnswerTimer {

    private final Ticker ticker;
    private final TimerSettings settings;

    private TimerPhase phase = TimerPhase.IDLE;
    private long phaseStartNanos;
    /** Time spent paused within the current phase. */
    private long pausedInPhaseNanos;
    private long pauseStartedNanos;
    private boolean paused;
    private long prepNanos;
    private long answerNanos;
    private boolean stoppedAtHardLimit;

    public AnswerTimer(Ticker ticker, TimerSettings settings) {
        this.ticker = Objects.requireNonNull(ticker);
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * A timer put back where an autosaved draft left it: paused in the phase it was in, with the time
     * already spent, so the candidate resumes deliberately rather than finding the clock ran on.
     */
    public static AnswerTimer restored(Ticker ticker, TimerSettings settings, Duration prepElapsed,
            Duration answerElapsed, boolean inPrep, boolean finished) {
        AnswerTimer t = new AnswerTimer(ticker, settings);
        long now = ticker.nanos();
        t.prepNanos = prepElapsed.toNanos();
        if (finished) {
            t.answerNanos = answerElapsed.toNanos();
            t.phase = TimerPhase.FINISHED;
            return t;
        }
        t.phase = inPrep ? TimerPhase.PREP : TimerPhase.ANSWERING;
        t.phaseStartNanos = now - (inPrep ? prepElapsed : answerElapsed).toNanos();
        t.pausedInPhaseNanos = 0;
        t.paused = true;
        t.pauseStartedNanos = now;
        return t;
    }

    public TimerSettings settings() {
        return settings;
    }

    /** Starts the prep phase, or the answer straight away when there is no prep. */
    public void start() {
        if (phase != TimerPhase.IDLE) {
            throw new IllegalStateException("timer already started");
        }
        long now = ticker.nanos();
        if (settings.prep().isZero()) {
            enterAnswer(now);
        } else {
            phase = TimerPhase.PREP;
            phaseStartNanos = now;
            pausedInPhaseNanos = 0;
        }
    }

    /** Ends prep early and starts the answer now. */
    public void skipPrep() {
        advance();
        if (phase != TimerPhase.PREP) {
            return;
        }
        long now = ticker.nanos();
        if (paused) {
            resumeAt(now);
        }
        prepNanos = activeInPhase(now);
        enterAnswer(now);
    }

    public void pause() {
        advance();
        if (paused || (phase != TimerPhase.PREP && phase != TimerPhase.ANSWERING)) {
            return;
        }
        paused = true;
        pauseStartedNanos = ticker.nanos();
    }

    public void resume() {
        advance();
        if (!paused) {
            return;
        }
        resumeAt(ticker.nanos());
    }

    /** Stops the answer (or the prep, which then counts as no answer time). */
    public void stop() {
        advance();
        if (phase == TimerPhase.FINISHED || phase == TimerPhase.IDLE) {
            return;
        }
        long now = ticker.nanos();
        if (paused) {
            resumeAt(now);
        }
        if (phase == TimerPhase.PREP) {
            prepNanos = activeInPhase(now);
        } else {
            answerNanos = activeInPhase(now);
        }
        phase = TimerPhase.FINISHED;
    }

    public TimerSnapshot snapshot() {
        advance();
        long now = ticker.nanos();
        long prep = prepNanos;
        long answer = answerNanos;
        if (phase == TimerPhase.PREP) {
            prep = activeInPhase(now);
        } else if (phase == TimerPhase.ANSWERING) {
            answer = activeInPhase(now);
        }
        Duration prepElapsed = Duration.ofNanos(prep);
        Duration prepRemaining = phase == TimerPhase.PREP
                ? settings.prep().minus(prepElapsed)
                : Duration.ZERO;
        return new TimerSnapshot(phase, paused, prepElapsed,
                prepRemaining.isNegative() ? Duration.ZERO : prepRemaining,
                Duration.ofNanos(answer), settings.target(), settings.hardLimit(), stoppedAtHardLimit);
    }

    public TimerPhase phase() {
        advance();
        return phase;
    }

    public boolean isPaused() {
        return paused;
    }

    /** Applies the transitions that time alone causes, each dated when it was due. */
    private void advance() {
        long now = ticker.nanos();
        if (phase == TimerPhase.PREP && !paused) {
            long prepLimit = settings.prep().toNanos();
            if (activeInPhase(now) >= prepLimit) {
                long answerStart = phaseStartNanos + pausedInPhaseNanos + prepLimit;
                prepNanos = prepLimit;
                enterAnswer(answerStart);
            }
        }
        if (phase == TimerPhase.ANSWERING && !paused) {
            long limit = settings.hardLimit().toNanos();
            if (activeInPhase(now) >= limit) {
                answerNanos = limit;
                stoppedAtHardLimit = true;
                phase = TimerPhase.FINISHED;
            }
        }
    }

    private void enterAnswer(long startNanos) {
        phase = TimerPhase.ANSWERING;
        phaseStartNanos = startNanos;
        pausedInPhaseNanos = 0;
    }

    private void resumeAt(long now) {
        pausedInPhaseNanos += now - pauseStartedNanos;
        paused = false;
    }

    private long activeInPhase(long now) {
        long pausedSoFar = pausedInPhaseNanos + (paused ? now - pauseStartedNanos : 0);
        return Math.max(0, now - phaseStartNanos - pausedSoFar);
    }
}
