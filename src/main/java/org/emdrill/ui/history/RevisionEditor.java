package org.emdrill.ui.history;

import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.store.AttemptRevisions;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * Revising an attempt after the fact: a draft of its scores, STAR ticks and notes that the detail pane
 * edits, saved through {@link AttemptRevisions} with the question's weights. The overall score the
 * draft would get is shown while editing, so the effect of a changed score is visible before saving.
 */
public final class RevisionEditor {

    private final AttemptRevisions revisions;
    private final BackgroundRunner runner;
    private final InstantSource clock;
    private final BiConsumer<Attempt, Instant> onSaved;
    private final Consumer<String> onError;

    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final Map<Dimension, ObjectProperty<Integer>> scores = new EnumMap<>(Dimension.class);
    private final ObservableSet<StarElement> star = FXCollections.observableSet(EnumSet.noneOf(StarElement.class));
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<QuestionWeights> weights = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper overallPreview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weightsNote = new ReadOnlyStringWrapper("");

    private Attempt original;
    private BankLibrary library = BankLibrary.empty();

    RevisionEditor(AttemptRevisions revisions, BackgroundRunner runner, InstantSource clock,
                   BiConsumer<Attempt, Instant> onSaved, Consumer<String> onError) {
        this.revisions = Objects.requireNonNull(revisions, "revisions");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        this.onError = Objects.requireNonNull(onError, "onError");
        for (Dimension d : Dimension.values()) {
            ObjectProperty<Integer> p = new SimpleObjectProperty<>();
            p.addListener((obs, old, now) -> updatePreview());
            scores.put(d, p);
        }
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public boolean isEditing() {
        return editing.get();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The draft score of one dimension, 1–5, null for "not shown". */
    public ObjectProperty<Integer> scoreProperty(Dimension d) {
        return scores.get(d);
    }

    /** The draft STAR ticks. */
    public ObservableSet<StarElement> star() {
        return star;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** "Overall becomes 3.7", or a sentence when nothing counted is scored. */
    public ReadOnlyStringProperty overallPreviewProperty() {
        return overallPreview.getReadOnlyProperty();
    }

    /** How the overall score is weighted, and a warning when the question's bank is gone. */
    public ReadOnlyStringProperty weightsNoteProperty() {
        return weightsNote.getReadOnlyProperty();
    }

    /** True when the question's own weights were found in the loaded banks. */
    public ReadOnlyObjectProperty<QuestionWeights> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    /** Starts editing {@code attempt}, its weights looked up in {@code banks}. */
    void begin(Attempt attempt, BankLibrary banks) {
        original = Objects.requireNonNull(attempt, "attempt");
        library = Objects.requireNonNull(banks, "banks");
        for (Dimension d : Dimension.values()) {
            scores.get(d).set(attempt.scores().of(d).orElse(null));
        }
        star.clear();
        star.addAll(attempt.star());
        notes.set(attempt.notes());
        editing.set(true);
        updatePreview();
    }

    /** Leaves edit mode and drops the draft. */
    public void cancel() {
        editing.set(false);
        original = null;
    }

    /** Saves the draft in the background; edit mode ends when it is saved. */
    public void save() {
        if (!editing.get() || saving.get()) {
            return;
        }
        Attempt attempt = original;
        Scores draft = draftScores();
        QuestionWeights w = QuestionWeights.forRevision(library, attempt.bankId(), attempt.questionId(), draft);
        EnumSet<StarElement> ticks = EnumSet.noneOf(StarElement.class);
        ticks.addAll(star);
        String text = notes.get() == null ? "" : notes.get().strip();
        Instant when = clock.instant();
        saving.set(true);
        runner.run(() -> revisions.revise(attempt.id(), draft, text, ticks, w.weights(), when),
                revised -> {
                    saving.set(false);
                    if (revised.isEmpty()) {
                        cancel();
                        onError.accept("This attempt no longer exists, so the revision could not be saved.");
                        return;
                    }
                    cancel();
                    onSaved.accept(revised.get(), when);
                },
                failure -> {
                    saving.set(false);
                    onError.accept("Could not save the revision: " + HistoryViewModel.message(failure));
                });
    }

    Scores draftScores() {
        Scores s = Scores.none();
        for (Map.Entry<Dimension, ObjectProperty<Integer>> e : scores.entrySet()) {
            s = s.with(e.getKey(), e.getValue().get());
        }
        return s;
    }

    private void updatePreview() {
        if (original == null) {
            return;
        }
        Scores draft = draftScores();
        QuestionWeights w = QuestionWeights.forRevision(library, original.bankId(), original.questionId(), draft);
        weights.set(w);
        OptionalDouble overall = draft.overall(w.weights());
        overallPreview.set(overall.isPresent()
                ? String.format(Locale.ROOT, "Overall becomes %.1f", overall.getAsDouble())
                : "No overall score: nothing the question weighs is scored");
        if (w.found()) {
            weightsNote.set("Weighted as the question asks: " + w.weights().entrySet().stream()
                    .sorted(Map.Entry.<Dimension, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> e.getKey().displayName() + " ×" + e.getValue())
                    .collect(Collectors.joining(", ")) + ".");
        } else {
            weightsNote.set("This question's bank is no longer loaded, so its weights are unknown: "
                    + "each scored dimension counts once.");
        }
    }
}
