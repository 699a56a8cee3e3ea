package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.Scores;
import org.emdrill.domain.SignalTicks;
import org.emdrill.domain.StarElement;

/**
 * The scoring card of one answered question, on the Practice screen and in a mock interview alike: a level per dimension (the targeted ones required, the
 * others optional), the STAR ticks, the signals and red flags ticked ({@link SignalChecks}) and notes. Complete when every targeted dimension has a level;
 * blank when nothing at all was touched.
 */
public final class ScoreCard {

    private final int position;
    private final Question question;
    private final String timeText;
    private final List<DimensionScore> rows = new ArrayList<>();
    private final Map<StarElement, BooleanProperty> star = new EnumMap<>(StarElement.class);
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper overallText = new ReadOnlyStringWrapper("\u2013");
    private final ReadOnlyStringWrapper missingText = new ReadOnlyStringWrapper("");
    private final BooleanProperty complete = new SimpleBooleanProperty();
    private Runnable onChange = () -> { };
    private final SignalChecks checks;
    private final StringProperty typedAnswer = new SimpleStringProperty("");
    /** The answer's recording, set by the answering screen once it is saved; null for an unrecorded answer. */
    private final javafx.beans.property.ObjectProperty<AnswerRecording> recording =
            new javafx.beans.property.SimpleObjectProperty<>();

    /**
     * @param position 0-based place of the question in its run
     * @param timeText "Answered in 2:41 · target 2:30 · 2 follow-ups"
     */
    public ScoreCard(int position, Question question, String timeText, Scores scores, Set<StarElement> starred,
            String notesText, Rubric rubric) {
        this(position, question, timeText, scores, starred, notesText, rubric, SignalTicks.NONE);
    }

    /** As above, with the signals and red flags already ticked (a resumed draft, the end scoring). */
    public ScoreCard(int position, Question question, String timeText, Scores scores, Set<StarElement> starred,
            String notesText, Rubric rubric, SignalTicks ticks) {
        this.position = position;
        this.question = question;
        this.timeText = timeText;
        for (Dimension d : Dimension.values()) {
            DimensionScore row = new DimensionScore(d, question.weightOf(d), rubric);
            row.scoreProperty().set(scores.of(d).orElse(null));
            row.scoreProperty().addListener((obs, was, is) -> changed());
            rows.add(row);
        }
        // Targeted dimensions first, heaviest first: they are the ones that must be scored.
        rows.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        for (StarElement e : StarElement.values()) {
            BooleanProperty p = new SimpleBooleanProperty(starred.contains(e));
            p.addListener((obs, was, is) -> changed());
            star.put(e, p);
        }
        notes.set(notesText == null ? "" : notesText);
        notes.addListener((obs, was, is) -> changed());
        checks = new SignalChecks(question, ticks, this::changed);
        refresh();
    }

    /** The question's signals and red flags with the candidate's ticks, and the cap they put on levels. */
    public SignalChecks checks() {
        return checks;
    }

    public SignalTicks ticks() {
        return checks.ticks();
    }

    /** The typed answer, for the STAR estimate shown beside the candidate's own ticks; empty for none. */
    public StringProperty typedAnswerProperty() {
        return typedAnswer;
    }

    public javafx.beans.property.ObjectProperty<AnswerRecording> recordingProperty() {
        return recording;
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    private void changed() {
        refresh();
        onChange.run();
    }

    private void refresh() {
        OptionalDouble overall = scores().overall(question.dimensions());
        overallText.set(overall.isPresent() ? Formats.score(overall.getAsDouble()) : "\u2013");
        List<String> missing = rows.stream().filter(r -> r.targeted() && r.scoreProperty().get() == null)
                .map(r -> r.dimension().displayName()).toList();
        missingText.set(missing.isEmpty() ? "" : "Score " + String.join(", ", missing) + ".");
        complete.set(missing.isEmpty());
    }

    /** 0-based position of the question in the interview. */
    public int position() {
        return position;
    }

    public Question question() {
        return question;
    }

    /** "Answered in 2:41 · target 2:30 · 2 follow-ups", from the answer's times. */
    public static String timeText(java.time.Duration answer, java.time.Duration target, int followUps) {
        return "Answered in " + Formats.clock(answer) + " · target " + Formats.clock(target)
                + (followUps == 0 ? "" : " · " + followUps + (followUps == 1 ? " follow-up" : " follow-ups"));
    }

    public String prompt() {
        return question.prompt();
    }

    /** "Answered in 2:41 · target 2:30 · 2 follow-ups". */
    public String timeText() {
        return timeText;
    }

    public List<DimensionScore> rows() {
        return rows;
    }

    public BooleanProperty starProperty(StarElement e) {
        return star.get(e);
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty overallTextProperty() {
        return overallText.getReadOnlyProperty();
    }

    /** "Score Coaching, Execution." while targeted dimensions lack a level; empty when complete. */
    public ReadOnlyStringProperty missingTextProperty() {
        return missingText.getReadOnlyProperty();
    }

    public BooleanProperty completeProperty() {
        return complete;
    }

    public boolean isComplete() {
        return complete.get();
    }

    /** Nothing chosen, ticked or written: the answer stays unscored. */
    public boolean isBlank() {
        return rows.stream().allMatch(r -> r.scoreProperty().get() == null)
                && star.values().stream().noneMatch(BooleanProperty::get) && notes.get().isBlank()
                && checks.ticks().isEmpty();
    }

    /** Started but not complete: finishing now would lose what was chosen. */
    public boolean isPartial() {
        return !isComplete() && !isBlank();
    }

    public Scores scores() {
        Scores s = Scores.none();
        for (DimensionScore r : rows) {
            s = s.with(r.dimension(), r.scoreProperty().get());
        }
        return s;
    }

    public Set<StarElement> star() {
        return star.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StarElement.class)));
    }

    public String notes() {
        return notes.get();
    }

    /** Sets every targeted dimension to {@code level}; for tests and "score all the same". */
    public void scoreTargeted(int level) {
        rows.stream().filter(DimensionScore::targeted).forEach(r -> r.scoreProperty().set(level));
    }
}
