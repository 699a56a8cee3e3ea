package org.emdrill.ui.practice;

import java.time.Duration;
import java.time.InstantSource;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Question;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.practice.Ticker;
import org.emdrill.practice.TimerSettings;
import org.emdrill.ui.common.AppState;

/**
 * Makes the answer of each Practice question, timed the Practice way: the prep time chosen on the
 * set-up, and the question's own target or the one answer time set in Settings for every question.
 * A draft put back keeps the target it was answered against.
 */
final class PracticeAnswers {

    private final AppState state;
    private final PracticeChoices choices;
    private final Ticker ticker;
    private final InstantSource clock;

    PracticeAnswers(AppState state, PracticeChoices choices, Ticker ticker, InstantSource clock) {
        this.state = state;
        this.choices = choices;
        this.ticker = ticker;
        this.clock = clock;
    }

    QuestionAnswer fresh(QueuedQuestion queued, AnswerMode mode) {
        return QuestionAnswer.untimedFollowUps(queued, mode, timingFor(queued.question()), ticker, clock);
    }

    /** @throws IllegalArgumentException when the draft does not fit its question (a hand edit) */
    QuestionAnswer restore(AnswerDraft saved, QueuedQuestion queued) {
        TimerSettings timing = saved.targetSeconds() > 0
                ? TimerSettings.of(prep(), Duration.ofSeconds(saved.targetSeconds()))
                : timingFor(queued.question());
        return QuestionAnswer.restore(saved, queued, timing, 0, timing, ticker, clock);
    }

    /** The prep time chosen on the set-up. */
    Duration prep() {
        return Duration.ofSeconds(choices.prepSecondsProperty().get());
    }

    private TimerSettings timingFor(Question q) {
        return TimerSettings.of(prep(), state.settings().preferences().answerTarget(q.targetSeconds()));
    }
}
