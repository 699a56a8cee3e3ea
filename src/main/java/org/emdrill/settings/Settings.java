package org.emdrill.settings;

import java.util.List;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.QuestionOrder;

/**
 * Everything the app remembers between runs that is not practice data.
 *
 * @param prepSeconds prep time before each answer; 0 turns prep off
 * @param selectedBankIds the banks ticked on the Practice screen last time
 * @param dailyNewLimit how many never-answered questions spaced practice introduces per day
 * @param preferences first-run, default answer time and mode, text size
 * @param microphone the input spoken answers are recorded from (the system default unless one was chosen)
 */
public record Settings(
        Theme theme,
        WindowBounds window,
        int prepSeconds,
        AnswerMode answerMode,
        QuestionOrder order,
        List<String> selectedBankIds,
        int dailyNewLimit,
        Preferences preferences,
        MicrophoneChoice microphone) {

    public static final int MAX_PREP_SECONDS = 600;
    public static final int DEFAULT_DAILY_NEW = 5;
    public static final int MAX_DAILY_NEW = 100;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        window = window == null ? WindowBounds.defaults() : window;
        prepSeconds = Math.max(0, Math.min(MAX_PREP_SECONDS, prepSeconds));
        answerMode = answerMode == null ? AnswerMode.TYPED : answerMode;
        order = order == null ? QuestionOrder.RANDOM : order;
        selectedBankIds = selectedBankIds == null ? List.of() : List.copyOf(selectedBankIds);
        dailyNewLimit = Math.max(0, Math.min(MAX_DAILY_NEW, dailyNewLimit));
        preferences = preferences == null ? Preferences.defaults() : preferences;
        microphone = microphone == null ? MicrophoneChoice.SYSTEM_DEFAULT : microphone;
    }

    /** Settings written before the microphone could be chosen record from the system default. */
    public Settings(Theme theme, WindowBounds window, int prepSeconds, AnswerMode answerMode, QuestionOrder order,
            List<String> selectedBankIds, int dailyNewLimit, Preferences preferences) {
        this(theme, window, prepSeconds, answerMode, order, selectedBankIds, dailyNewLimit, preferences,
                MicrophoneChoice.SYSTEM_DEFAULT);
    }

    /** Settings written before preferences existed start with the default preferences. */
    public Settings(Theme theme, WindowBounds window, int prepSeconds, AnswerMode answerMode, QuestionOrder order,
            List<String> selectedBankIds, int dailyNewLimit) {
        this(theme, window, prepSeconds, answerMode, order, selectedBankIds, dailyNewLimit, Preferences.defaults());
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, WindowBounds.defaults(), 30, AnswerMode.TYPED, QuestionOrder.RANDOM, List.of(),
                DEFAULT_DAILY_NEW, Preferences.defaults(), MicrophoneChoice.SYSTEM_DEFAULT);
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, window, prepSeconds, answerMode, order, selectedBankIds, dailyNewLimit, preferences, microphone);
    }

    public Settings withWindow(WindowBounds w) {
        return new Settings(theme, w, prepSeconds, answerMode, order, selectedBankIds, dailyNewLimit, preferences, microphone);
    }

    public Settings withPrepSeconds(int seconds) {
        return new Settings(theme, window, seconds, answerMode, order, selectedBankIds, dailyNewLimit, preferences, microphone);
    }

    public Settings withDailyNewLimit(int limit) {
        return new Settings(theme, window, prepSeconds, answerMode, order, selectedBankIds, limit, preferences, microphone);
    }

    public Settings withPractice(AnswerMode mode, QuestionOrder o, List<String> bankIds) {
        return new Settings(theme, window, prepSeconds, mode, o, bankIds, dailyNewLimit, preferences, microphone);
    }

    public Settings withPreferences(Preferences p) {
        return new Settings(theme, window, prepSeconds, answerMode, order, selectedBankIds, dailyNewLimit, p, microphone);
    }

    public Settings withMicrophone(MicrophoneChoice m) {
        return new Settings(theme, window, prepSeconds, answerMode, order, selectedBankIds, dailyNewLimit, preferences, m);
    }
}
