package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.BankChoice;
import org.emdrill.ui.common.KindLevelFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.QuestionFilter;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewQuestionPicker;
import org.emdrill.practice.mockinterview.InterviewPreset;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.ScoringTiming;

/**
 * The set-up page's choices: a preset fills them in, every field can then be changed, and
 * {@link #config()} reads them back. Also says how long the interview is planned to take.
 */
public final class InterviewSetup {

    public static final int MAX_PREP_SECONDS = 600;
    public static final int MIN_TARGET_SECONDS = 30;
    public static final int MAX_TARGET_SECONDS = 900;
    /** What the preset box says once a field no longer matches a preset. */
    public static final String CUSTOM = "Custom";

    private final ObservableList<InterviewPreset> presets = FXCollections.observableArrayList();
    private final ObjectProperty<InterviewPreset> preset = new SimpleObjectProperty<>();
    private final IntegerProperty questionCount = new SimpleIntegerProperty(1);
    private final ObjectProperty<QuestionSelection> selection = new SimpleObjectProperty<>(QuestionSelection.RANDOM);
    private final ObservableList<BankChoice> banks = FXCollections.observableArrayList(
            b -> new Observable[] {b.selectedProperty()});
    private final IntegerProperty prepSeconds = new SimpleIntegerProperty();
    private final BooleanProperty ownTarget = new SimpleBooleanProperty(true);
    private final IntegerProperty fixedTargetSeconds = new SimpleIntegerProperty(150);
    private final IntegerProperty followUps = new SimpleIntegerProperty();
    private final ObjectProperty<AnswerMode> mode = new SimpleObjectProperty<>(AnswerMode.SPOKEN);
    private final ObjectProperty<ScoringTiming> scoring = new SimpleObjectProperty<>(ScoringTiming.AFTER_EACH);
    private final ReadOnlyStringWrapper plannedText = new ReadOnlyStringWrapper("");
    private final KindLevelFilter.Choice filter = new KindLevelFilter.Choice();
    /** True while a loop preset's questions are set up: count, selection, banks and filter do not apply. */
    private final ReadOnlyBooleanWrapper loop = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper available = new ReadOnlyIntegerWrapper();
    private List<LoopQuestion> loopQuestions = List.of();
    private Duration followUpTarget = InterviewConfig.DEFAULT_FOLLOW_UP_TARGET;
    private List<InterviewPreset> loopPresets = List.of();
    private List<InterviewPreset> userPresets = List.of();
    /** The preset last chosen, kept after an edit so a loop answered differently is still named as that loop. */
    private InterviewPreset origin;
    /** True while a preset fills the fields in: those changes are the preset's, not edits. */
    private boolean applying;
    private final ReadOnlyStringWrapper followUpTimeText = new ReadOnlyStringWrapper("");

    InterviewSetup() {
        presets.setAll(InterviewPresets.builtIn());
        preset.addListener((obs, was, is) -> {
            if (is != null) {
                origin = is;
                // A built-in preset or a loop does not choose typed or spoken: the user's mode stays.
                apply(isUserPreset(is) ? is.config() : is.config().withMode(mode.get()));
            }
        });
        Observable[] inputs = {questionCount, selection, banks, prepSeconds, ownTarget, fixedTargetSeconds, followUps,
            filter.kindProperty(), filter.levelProperty()};
        for (Observable o : inputs) {
            o.addListener(x -> updatePlanned());
        }
        Observable[] edits = {questionCount, selection, banks, prepSeconds, ownTarget, fixedTargetSeconds, followUps,
            filter.kindProperty(), filter.levelProperty(), mode, scoring};
        for (Observable o : edits) {
            o.addListener(x -> noticeEdit());
        }
        preset.set(InterviewPresets.quickQuestion());
    }

    /** Once a field no longer matches the chosen preset, the set-up is "Custom": no preset is chosen. */
    private void noticeEdit() {
        InterviewPreset p = preset.get();
        if (!applying && p != null && !matches(p, config())) {
            preset.set(null);
        }
    }

    /** True when {@code c} is what {@code p} sets up; a built-in preset or a loop leaves the answer mode open. */
    private boolean matches(InterviewPreset p, InterviewConfig c) {
        InterviewConfig own = isUserPreset(p) ? p.config() : p.config().withMode(c.mode());
        return own.equals(c);
    }

    private boolean isUserPreset(InterviewPreset p) {
        return userPresets.contains(p);
    }

    /** The answer mode chosen in Settings: what the set-up answers in until the user picks the other. */
    void useDefaultMode(AnswerMode m) {
        if (m != null) {
            mode.set(m);
        }
    }

    /** Fills the fields in with a set-up remembered from last time, naming the preset it still matches. */
    void restore(InterviewConfig remembered) {
        InterviewConfig c = remembered.withMode(mode.get());
        InterviewPreset same = presets.stream().filter(p -> !isUserPreset(p) && matches(p, c)).findFirst()
                .orElse(null);
        applying = true;
        try {
            preset.set(same);
            apply(c);
        } finally {
            applying = false;
        }
        if (same == null && c.isLoop()) {
            origin = presets.stream().filter(p -> p.config().isLoop()
                    && p.config().loopQuestions().equals(c.loopQuestions())).findFirst().orElse(null);
        }
    }

    /** Built-in presets first, then the interview loops, then the user's own by name. */
    void setUserPresets(List<InterviewPreset> saved) {
        userPresets = List.copyOf(saved);
        showPresets();
    }

    /** The interview loops, offered after the built-in presets. */
    void setLoops(List<InterviewPreset> loops) {
        loopPresets = List.copyOf(loops);
        showPresets();
    }

    /** One of the shipped interview loops (not a user's preset saved from one). */
    boolean isLoopPreset(InterviewPreset p) {
        return loopPresets.contains(p);
    }

    private void showPresets() {
        String chosen = preset.get() == null ? null : preset.get().name();
        List<InterviewPreset> all = new ArrayList<>(InterviewPresets.builtIn());
        all.addAll(loopPresets);
        all.addAll(userPresets);
        InterviewConfig keep = config();
        applying = true;
        try {
            presets.setAll(all);
            InterviewPreset same = all.stream().filter(p -> p.name().equals(chosen)).findFirst().orElse(null);
            preset.set(same);
            apply(keep);
        } finally {
            applying = false;
        }
        noticeEdit();
    }

    void setBanks(List<QuestionBank> available) {
        Set<String> ticked = banks.stream().filter(BankChoice::isSelected).map(b -> b.bank().id())
                .collect(Collectors.toSet());
        banks.setAll(available.stream().map(b -> new BankChoice(b, ticked.contains(b.id()))).toList());
        updatePlanned();
    }

    private void apply(InterviewConfig c) {
        boolean was = applying;
        applying = true;
        try {
            fill(c);
        } finally {
            applying = was;
        }
    }

    private void fill(InterviewConfig c) {
        // The loop first: the selection's choices depend on it.
        loopQuestions = c.loopQuestions();
        followUpTarget = c.followUpTarget();
        followUpTimeText.set("per question (0 = off), " + describeSeconds(followUpTarget.toSeconds()) + " each");
        loop.set(c.isLoop());
        filter.set(c.filter());
        questionCount.set(c.questionCount());
        selection.set(c.selection());
        banks.forEach(b -> b.selectedProperty().set(c.bankIds().contains(b.bank().id())));
        prepSeconds.set((int) c.prep().toSeconds());
        ownTarget.set(c.targetOverride() == null);
        if (c.targetOverride() != null) {
            fixedTargetSeconds.set((int) c.targetOverride().toSeconds());
        }
        followUps.set(c.followUps());
        mode.set(c.mode());
        scoring.set(c.scoring());
    }

    /** The interview as set up now. No bank ticked means every bank. */
    public InterviewConfig config() {
        List<String> ids = banks.stream().filter(BankChoice::isSelected).map(b -> b.bank().id()).toList();
        if (ids.size() == banks.size()) {
            ids = List.of();
        }
        int fixed = clamp(fixedTargetSeconds.get(), MIN_TARGET_SECONDS, MAX_TARGET_SECONDS);
        Duration prep = Duration.ofSeconds(clamp(prepSeconds.get(), 0, MAX_PREP_SECONDS));
        int probes = clamp(followUps.get(), 0, InterviewConfig.MAX_FOLLOW_UPS);
        if (loop.get()) {
            return InterviewConfig.loop(loopQuestions, prep, probes, followUpTarget, mode.get(), scoring.get());
        }
        QuestionSelection chosen = selection.get() == QuestionSelection.LOOP ? QuestionSelection.BALANCED
                : selection.get();
        return new InterviewConfig(clamp(questionCount.get(), InterviewConfig.MIN_QUESTIONS, InterviewConfig.MAX_QUESTIONS),
                chosen, ids, prep, ownTarget.get() ? null : Duration.ofSeconds(fixed), probes,
                InterviewConfig.DEFAULT_FOLLOW_UP_TARGET, mode.get(), scoring.get(), filter.filter(), List.of());
    }

    /** The preset's name when the fields still match it (a loop: its questions), else "Custom". */
    String presetName() {
        InterviewPreset p = preset.get() != null ? preset.get() : origin;
        InterviewConfig c = config();
        // A loop is named by its questions: answering it typed or with less prep is still that loop.
        boolean sameLoop = p != null && c.isLoop() && p.config().loopQuestions().equals(c.loopQuestions());
        return p != null && (sameLoop || matches(p, c)) ? p.name() : CUSTOM;
    }

    /** "75 seconds", "1 minute", "2 minutes". */
    static String describeSeconds(long seconds) {
        if (seconds % 60 == 0) {
            long m = seconds / 60;
            return m + (m == 1 ? " minute" : " minutes");
        }
        return seconds + " seconds";
    }

    /** "per question (0 = off), 75 seconds each": the follow-up time of the set-up, a loop's own. */
    public ReadOnlyStringProperty followUpTimeTextProperty() {
        return followUpTimeText.getReadOnlyProperty();
    }

    /** The questions the interview would draw from: a loop's own that the banks have, else the filtered banks'. */
    List<Question> candidates() {
        InterviewConfig c = config();
        List<QuestionBank> all = banks.stream().map(BankChoice::bank).toList();
        if (c.isLoop()) {
            return new InterviewQuestionPicker(new java.util.SplittableRandom(0))
                    .pick(c, all, List.of(), java.util.Map.of()).stream()
                    .map(org.emdrill.domain.QueuedQuestion::question).toList();
        }
        List<String> ids = c.bankIds();
        return c.filter().narrow(all.stream().filter(b -> ids.isEmpty() || ids.contains(b.id())).toList()).stream()
                .flatMap(b -> b.questions().stream()).toList();
    }

    /** The ids of the loop's questions that no loaded bank has; empty when no loop is set up. */
    List<String> missingLoopQuestions() {
        return InterviewQuestionPicker.missingLoopQuestions(config(), banks.stream().map(BankChoice::bank).toList());
    }

    private void updatePlanned() {
        InterviewConfig c = config();
        QuestionFilter f = c.filter();
        banks.forEach(b -> b.setMatching(f.count(List.of(b.bank()))));
        List<Question> pool = candidates();
        available.set(pool.size());
        if (pool.isEmpty()) {
            plannedText.set(c.isLoop() ? "None of this loop's questions is in your banks, so it cannot start."
                    : banks.isEmpty() ? "No questions to draw from: load a bank on the Banks screen."
                    : f.isAny() ? "No questions to draw from: tick a bank with questions."
                    : "No " + f.describe() + " in the chosen banks: choose another kind or level.");
            return;
        }
        // A typical question of the pool stands for the ones not yet drawn.
        double avgTarget = pool.stream().mapToLong(q -> c.targetFor(q).toSeconds()).average().orElse(0);
        double avgFollowUps = pool.stream().mapToInt(c::followUpsFor).average().orElse(0);
        int count = Math.min(c.questionCount(), pool.size());
        double seconds = count * (c.prep().toSeconds() + avgTarget + avgFollowUps * c.followUpTarget().toSeconds());
        long minutes = Math.max(1, Math.round(seconds / 60));
        if (c.isLoop()) {
            seconds = c.plannedDuration(pool).toSeconds();
            minutes = Math.max(1, Math.round(seconds / 60));
        }
        String planned = "Planned: about " + minutes + (minutes == 1 ? " minute" : " minutes") + " for "
                + count + (count == 1 ? " question" : " questions") + " (thinking time, answers and follow-ups)";
        int missing = c.isLoop() ? missingLoopQuestions().size() : 0;
        if (missing > 0) {
            planned += ". " + missing + (missing == 1 ? " question of this loop is" : " questions of this loop are")
                    + " not in your banks and will be skipped.";
        }
        plannedText.set(planned);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    public ObservableList<InterviewPreset> presets() {
        return presets;
    }

    public ObjectProperty<InterviewPreset> presetProperty() {
        return preset;
    }

    public IntegerProperty questionCountProperty() {
        return questionCount;
    }

    public ObjectProperty<QuestionSelection> selectionProperty() {
        return selection;
    }

    public ObservableList<BankChoice> banks() {
        return banks;
    }

    public IntegerProperty prepSecondsProperty() {
        return prepSeconds;
    }

    /** True: each question's own target; false: {@link #fixedTargetSecondsProperty()} for all. */
    public BooleanProperty ownTargetProperty() {
        return ownTarget;
    }

    public IntegerProperty fixedTargetSecondsProperty() {
        return fixedTargetSeconds;
    }

    public IntegerProperty followUpsProperty() {
        return followUps;
    }

    public ObjectProperty<AnswerMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<ScoringTiming> scoringProperty() {
        return scoring;
    }

    /** The kind and level of question to draw; not used by a loop, which asks its own questions. */
    public KindLevelFilter.Choice filter() {
        return filter;
    }

    /** True while an interview loop is set up. */
    public ReadOnlyBooleanProperty loopProperty() {
        return loop.getReadOnlyProperty();
    }

    /** How many questions the interview can draw from now; zero means it cannot start. */
    public ReadOnlyIntegerProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty plannedTextProperty() {
        return plannedText.getReadOnlyProperty();
    }

    /** A preset's one-line description for the preset list. */
    public static String describe(InterviewPreset p) {
        InterviewConfig c = p.config();
        return switch (p.name()) {
            case InterviewPresets.QUICK_QUESTION -> "Quick question (1 question, scored straight away)";
            case InterviewPresets.FULL_LOOP -> "Full loop (5 questions, about 45 minutes)";
            case InterviewPresets.WEAKEST_AREA -> "Weakest area (3 questions on your lowest dimension)";
            default -> c.isLoop()
                    ? "Loop \u00b7 " + p.name() + " (" + c.questionCount() + " questions with their own times)"
                    : p.name() + " (" + c.questionCount() + (c.questionCount() == 1 ? " question" : " questions")
                    + ", your preset)";
        };
    }
}
