package org.emdrill.practice;

import java.time.Duration;

/**
 * What one question's answering shows at one moment, for the clock on either screen.
 *
 * @param timer           the running clock, null when none runs (ready, scoring)
 * @param followUpNumber  1-based while a timed follow-up runs, else 0
 * @param followUpCount   how many timed follow-ups this question gets
 * @param followUpPrompt  the follow-up being answered, empty outside follow-ups
 * @param answerDuration  the main answer's final time once it has ended
 */
public record AnswerReading(
        AnswerPhase phase,
        TimerSnapshot timer,
        boolean paused,
        boolean stoppedAtHardLimit,
        int followUpNumber,
        int followUpCount,
        String followUpPrompt,
        Duration target,
        Duration answerDuration) {
}
