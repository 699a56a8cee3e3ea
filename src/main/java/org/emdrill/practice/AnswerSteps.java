package org.emdrill.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one answer is in its steps and how long each took: READY → PREP → ANSWER → FOLLOW_UP 1..n →
 * SCORING → SAVED. The main answer and each timed follow-up run on their own {@link AnswerTimer}; what
 * time alone changes (prep running out, a hard limit) is applied by {@link #sync()}. The words of the
 * answer are not kept here but in {@link QuestionAnswer}, which owns one of these.
 */
final class AnswerSteps {

    private final TimerSettings answerTimer;
    private final TimerSettings followUpTimer;
    private final int timedFollowUps;
    private final Ticker ticker;
    private final InstantSource clock;

    private AnswerPhase phase = AnswerPhase.READY;
    private AnswerTimer timer;
    private boolean stoppedAtHardLimit;
    private int followUpIndex;
    private Duration prep = Duration.ZERO;
    private Duration answer = Duration.ZERO;
    private final List<Duration> followUpDurations = new ArrayList<>();
    private Instant startedAt;
    private Instant finishedAt;

    AnswerSteps(TimerSettings answerTimer, int timedFollowUps, TimerSettings followUpTimer, Ticker ticker,
            InstantSource clock) {
        this.answerTimer = answerTimer;
        this.followUpTimer = followUpTimer;
        this.timedFollowUps = timedFollowUps;
        this.ticker = ticker;
        this.clock = clock;
    }

    /** Puts the steps back where a draft left them; a running clock comes back paused. */
    void restore(AnswerDraft d) {
        phase = d.phase() == AnswerPhase.SAVED ? AnswerPhase.SCORING : d.phase();
        prep = d.prepElapsed();
        answer = d.answerElapsed();
        followUpDurations.addAll(d.followUpDurations());
        followUpIndex = d.followUpIndex();
        startedAt = d.startedAt();
        finishedAt = d.finishedAt();
        switch (phase) {
            case PREP, ANSWER -> timer = AnswerTimer.restored(ticker, answerTimer, d.prepElapsed(),
                    d.answerElapsed(), phase == AnswerPhase.PREP, false);
            case FOLLOW_UP -> timer = AnswerTimer.restored(ticker, followUpTimer, Duration.ZERO,
                    d.followUpDurations().get(d.followUpIndex()), false, false);
            default -> timer = null;
        }
        if (phase.isTimed() && startedAt == null) {
            startedAt = clock.instant();
        }
        if (phase.isAnswered() && finishedAt == null) {
            finishedAt = d.savedAt() != null ? d.savedAt() : clock.instant();
        }
    }

    /** The times so far with the running clock's part included: prep, answer, then each follow-up. */
    Duration prepNow() {
        return timer != null && phase != AnswerPhase.FOLLOW_UP ? timer.snapshot().prepElapsed() : prep;
    }

    Duration answerNow() {
        return timer != null && phase != AnswerPhase.FOLLOW_UP ? timer.snapshot().answerElapsed() : answer;
    }

    List<Duration> followUpsNow() {
        List<Duration> now = new ArrayList<>(followUpDurations);
        if (timer != null && phase == AnswerPhase.FOLLOW_UP) {
            now.set(followUpIndex, timer.snapshot().answerElapsed());
        }
        return now;
    }

    void start() {
        if (phase != AnswerPhase.READY) {
            throw new IllegalStateException("the answer has already started (" + phase + ")");
        }
        startedAt = clock.instant();
        timer = new AnswerTimer(ticker, answerTimer);
        timer.start();
        phase = timer.phase() == TimerPhase.PREP ? AnswerPhase.PREP : AnswerPhase.ANSWER;
    }

    void skipPrep() {
        sync();
        if (phase == AnswerPhase.PREP) {
            timer.skipPrep();
            phase = AnswerPhase.ANSWER;
        }
    }

    void next() {
        sync();
        switch (phase) {
            case PREP -> skipPrep();
            case ANSWER -> {
                timer.stop();
                answerEnded(timer.snapshot());
            }
            case FOLLOW_UP -> {
                timer.stop();
                followUpEnded(timer.snapshot());
            }
            default -> {
            }
        }
    }

    void finishAnswering() {
        sync();
        if (!phase.isTimed()) {
            return;
        }
        timer.stop();
        TimerSnapshot t = timer.snapshot();
        if (phase == AnswerPhase.FOLLOW_UP) {
            followUpDurations.set(followUpIndex, t.answerElapsed());
        } else {
            prep = t.prepElapsed();
            answer = t.answerElapsed();
        }
        answered();
    }

    void pause() {
        sync();
        if (timer != null && phase.isTimed()) {
            timer.pause();
        }
    }

    void resume() {
        if (timer != null && phase.isTimed()) {
            timer.resume();
        }
        sync();
    }

    boolean isPaused() {
        return timer != null && phase.isTimed() && timer.isPaused();
    }

    /** Where the answer is now; the follow-up prompts are the question's. */
    AnswerReading reading(List<String> followUpPrompts) {
        sync();
        TimerSnapshot t = timer == null ? null : timer.snapshot();
        boolean inFollowUp = phase == AnswerPhase.FOLLOW_UP;
        return new AnswerReading(phase, t, isPaused(), stoppedAtHardLimit, inFollowUp ? followUpIndex + 1 : 0,
                timedFollowUps, inFollowUp ? followUpPrompts.get(followUpIndex) : "", answerTimer.target(), answer);
    }

    AnswerPhase phase() {
        sync();
        return phase;
    }

    /** The phase as it stands, without applying what time changed (for error messages). */
    AnswerPhase lastPhase() {
        return phase;
    }

    void markSaved() {
        phase = AnswerPhase.SAVED;
    }

    /** Applies what time alone changed: prep ran out, an answer or follow-up reached its hard limit. */
    void sync() {
        if (timer == null || !phase.isTimed() || timer.isPaused()) {
            return;
        }
        TimerSnapshot t = timer.snapshot();
        if (phase == AnswerPhase.PREP && t.phase() == TimerPhase.ANSWERING) {
            phase = AnswerPhase.ANSWER;
        }
        if ((phase == AnswerPhase.PREP || phase == AnswerPhase.ANSWER) && t.phase() == TimerPhase.FINISHED) {
            stoppedAtHardLimit = t.stoppedAtHardLimit();
            answerEnded(t);
            sync();
        } else if (phase == AnswerPhase.FOLLOW_UP && t.phase() == TimerPhase.FINISHED) {
            followUpEnded(t);
            sync();
        }
    }

    private void answerEnded(TimerSnapshot t) {
        prep = t.prepElapsed();
        answer = t.answerElapsed();
        if (timedFollowUps > 0) {
            followUpIndex = 0;
            beginFollowUp();
        } else {
            answered();
        }
    }

    private void followUpEnded(TimerSnapshot t) {
        followUpDurations.set(followUpIndex, t.answerElapsed());
        if (followUpIndex + 1 < timedFollowUps) {
            followUpIndex++;
            beginFollowUp();
        } else {
            answered();
        }
    }

    private void beginFollowUp() {
        if (followUpDurations.size() <= followUpIndex) {
            followUpDurations.add(Duration.ZERO);
        }
        timer = new AnswerTimer(ticker, followUpTimer);
        timer.start();
        phase = AnswerPhase.FOLLOW_UP;
    }

    private void answered() {
        timer = null;
        finishedAt = clock.instant();
        phase = AnswerPhase.SCORING;
    }

    /** 0-based follow-up being answered in FOLLOW_UP. */
    int followUpIndex() {
        return followUpIndex;
    }

    /** How many follow-ups have been reached so far, timed or not. */
    int followUpsReached() {
        return followUpDurations.size();
    }

    Duration followUpDuration(int index) {
        return followUpDurations.get(index);
    }

    Duration prepDuration() {
        return prep;
    }

    Duration answerDuration() {
        return answer;
    }

    Duration target() {
        return answerTimer.target();
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
