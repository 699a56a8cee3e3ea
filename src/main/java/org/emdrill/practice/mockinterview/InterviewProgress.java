package org.emdrill.practice.mockinterview;

import java.time.Duration;
import java.util.Optional;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.TimerSnapshot;

/**
 * What the Mock interview screen shows at one moment.
 *
 * @param questionNumber 1-based; 0 before the start
 * @param followUpNumber 1-based while a follow-up runs, else 0
 * @param elapsed        total interview time so far, pauses excluded
 * @param timer          the running phase's timer, null outside timed steps
 * @param question       the current question, null before the start and after the last
 * @param followUpPrompt the follow-up being answered, empty outside follow-ups
 */
public record InterviewProgress(
        InterviewStep step,
        int questionNumber,
        int questionCount,
        int followUpNumber,
        int followUpCount,
        boolean paused,
        Duration elapsed,
        TimerSnapshot timer,
        QueuedQuestion question,
        String followUpPrompt) {

    /** "Question 2 of 5". */
    public String label() {
        return "Question " + questionNumber + " of " + questionCount;
    }

    public Optional<TimerSnapshot> timerIfRunning() {
        return Optional.ofNullable(timer);
    }
}
