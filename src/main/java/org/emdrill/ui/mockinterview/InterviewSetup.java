package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.BankChoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.mockinterview.InterviewConfig;
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

    InterviewSetup() {
        presets.setAll(InterviewPresets.builtIn());
        preset.addListener((obs, was, is) -> {
            if (is != null) {
                apply(is.config());
            }
        });
        Observable[] inputs = {questionCount, selection, banks, prepSeconds, ownTarget, fixedTargetSeconds, followUps};
        for (Observable o : inputs) {
            o.addListener(x -> updatePlanned());
        }
        preset.set(InterviewPresets.quickQuestion());
    }

    /** Built-in presets first, then the user's own by name. */
    void setUserPresets(List<InterviewPreset> saved) {
        String chosen = preset.get() == null ? null : preset.get().name();
        List<InterviewPreset> all = new ArrayList<>(InterviewPresets.builtIn());
        all.addAll(saved);
        InterviewConfig keep = config();
        presets.setAll(all);
        all.stream().filter(p -> p.name().equals(chosen)).findFirst().ifPresent(p -> {
            preset.set(p);
            apply(keep);
        });
    }

    void setBanks(List<QuestionBank> available) {
        Set<String> ticked = banks.stream().filter(BankChoice::isSelected).map(b -> b.bank().id())
                .collect(Collectors.toSet());
        banks.setAll(available.stream().map(b -> new BankChoice(b, ticked.contains(b.id()))).toList());
        updatePlanned();
    }

    private void apply(InterviewConfig c) {
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
        return new InterviewConfig(clamp(questionCount.get(), InterviewConfig.MIN_QUESTIONS, InterviewConfig.MAX_QUESTIONS),
                selection.get(), ids, Duration.ofSeconds(clamp(prepSeconds.get(), 0, MAX_PREP_SECONDS)),
                ownTarget.get() ? null : Duration.ofSeconds(fixed),
                clamp(followUps.get(), 0, InterviewConfig.MAX_FOLLOW_UPS), InterviewConfig.DEFAULT_FOLLOW_UP_TARGET,
                mode.get(), scoring.get());
    }

    /** The preset's name when the fields still match it, else "Custom". */
    String presetName() {
        InterviewPreset p = preset.get();
        return p != null && p.config().equals(config()) ? p.name() : "Custom";
    }

    /** The questions the interview would draw from. */
    List<Question> candidates() {
        List<String> ids = config().bankIds();
        return banks.stream().filter(b -> ids.isEmpty() || ids.contains(b.bank().id()))
                .flatMap(b -> b.bank().questions().stream()).toList();
    }

    private void updatePlanned() {
        InterviewConfig c = config();
        List<Question> pool = candidates();
        if (pool.isEmpty()) {
            plannedText.set("No questions to draw from: load or tick a bank.");
            return;
        }
        // A typical question of the pool stands for the ones not yet drawn.
        double avgTarget = pool.stream().mapToLong(q -> c.targetFor(q).toSeconds()).average().orElse(0);
        double avgFollowUps = pool.stream().mapToInt(c::followUpsFor).average().orElse(0);
        int count = Math.min(c.questionCount(), pool.size());
        double seconds = count * (c.prep().toSeconds() + avgTarget + avgFollowUps * c.followUpTarget().toSeconds());
        long minutes = Math.max(1, Math.round(seconds / 60));
        plannedText.set("Planned: about " + minutes + (minutes == 1 ? " minute" : " minutes") + " for "
                + count + (count == 1 ? " question" : " questions") + " (thinking time, answers and follow-ups)");
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
            default -> p.name() + " (" + c.questionCount() + (c.questionCount() == 1 ? " question" : " questions")
                    + ", your preset)";
        };
    }
}
