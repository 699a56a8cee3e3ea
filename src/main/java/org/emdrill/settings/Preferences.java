package org.emdrill.settings;

import java.time.Duration;
import org.emdrill.domain.AnswerMode;

/**
 * Choices a user makes once and rarely revisits: whether the welcome was seen, the answer time and
 * answer mode a new practice starts with, and how large the text is.
 *
 * @param welcomeSeen the first-run welcome has been shown (finished or skipped)
 * @param answerSeconds the answer time used for every question instead of its own target; 0 keeps
 *     each question's own target (the default, since a bank's author sized each question)
 * @param defaultAnswerMode the mode the Practice and Mock interview set-ups start with
 * @param textScale text size relative to the app's normal size (1.0); larger for people who need it
 */
public record Preferences(boolean welcomeSeen, int answerSeconds, AnswerMode defaultAnswerMode, double textScale) {

    public static final int MIN_ANSWER_SECONDS = 30;
    public static final int MAX_ANSWER_SECONDS = 1800;
    public static final double MIN_TEXT_SCALE = 0.8;
    public static final double MAX_TEXT_SCALE = 2.0;

    public Preferences {
        answerSeconds = answerSeconds <= 0 ? 0 : Math.max(MIN_ANSWER_SECONDS, Math.min(MAX_ANSWER_SECONDS, answerSeconds));
        defaultAnswerMode = defaultAnswerMode == null ? AnswerMode.TYPED : defaultAnswerMode;
        textScale = Double.isFinite(textScale) && textScale > 0
                ? Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, textScale))
                : 1.0;
    }

    public static Preferences defaults() {
        return new Preferences(false, 0, AnswerMode.TYPED, 1.0);
    }

    /** The answer target for a question whose own target is {@code questionSeconds}. */
    public Duration answerTarget(int questionSeconds) {
        return Duration.ofSeconds(answerSeconds > 0 ? answerSeconds : questionSeconds);
    }

    public Preferences withWelcomeSeen(boolean seen) {
        return new Preferences(seen, answerSeconds, defaultAnswerMode, textScale);
    }

    public Preferences withAnswerSeconds(int seconds) {
        return new Preferences(welcomeSeen, seconds, defaultAnswerMode, textScale);
    }

    public Preferences withDefaultAnswerMode(AnswerMode mode) {
        return new Preferences(welcomeSeen, answerSeconds, mode, textScale);
    }

    public Preferences withTextScale(double scale) {
        return new Preferences(welcomeSeen, answerSeconds, defaultAnswerMode, scale);
    }
}
