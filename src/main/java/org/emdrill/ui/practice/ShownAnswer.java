package org.emdrill.ui.practice;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.AnswerPhase;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.practice.WordCounter;
import org.emdrill.ui.common.AnswerCapture;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.SpokenAudio;
import org.emdrill.ui.common.ScoreCard;

/**
 * The answer on the Practice screen as it is typed and scored: its text and word count, the notes, the
 * scoring card, and whether it may be saved. Copies a {@link QuestionAnswer} into these properties and
 * writes the candidate's edits back into it (until it is saved), telling the owner that something changed.
 * A spoken answer is recorded while its clock runs ({@link AnswerCapture}) and plays in the scoring card.
 */
public final class ShownAnswer {

    private final AppState state;
    private final BooleanSupplier saving;
    private final Runnable changed;
    private final AnswerCapture recording;

    private final StringProperty answerText = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper();
    /** The current card's notes; the spoken-answer jot box and the card's notes box are one text. */
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ScoreCard> scoreCard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private QuestionAnswer current;

    /**
     * @param saving  whether a save of the answer is running (no second save meanwhile)
     * @param changed called after each edit the candidate makes, e.g. to autosave the draft
     */
    ShownAnswer(AppState state, BooleanSupplier saving, Runnable changed, SpokenAudio audio, BackgroundRunner runner,
            java.time.InstantSource clock) {
        this.state = state;
        this.recording = new AnswerCapture(audio, runner, clock);
        this.saving = saving;
        this.changed = changed;
        answerText.addListener((obs, was, is) -> {
            wordCount.set(WordCounter.count(is));
            showTyped(scoreCard.get(), current);
            if (isEditable()) {
                current.typeCurrent(is);
                changed.run();
            }
        });
    }

    /** The answer on screen, or null between questions. */
    QuestionAnswer current() {
        return current;
    }

    /** Takes the answer off screen; the properties keep their last values until the next one is shown. */
    void clear() {
        current = null;
        recording.keepOpen(false);
    }

    boolean isEditable() {
        return current != null && current.phase() != AnswerPhase.SAVED;
    }

    /** Puts an answer on screen, copying its state into the properties. */
    void show(QuestionAnswer answer) {
        current = null; // keep the property listeners from writing back while the screen is filled in
        answerText.set(answer.answerText());
        ScoreCard old = scoreCard.get();
        if (old != null) {
            notes.unbindBidirectional(old.notesProperty());
        }
        ScoreCard card = new ScoreCard(0, answer.question(), "", answer.scores(), answer.star(), answer.notes(),
                state.rubric(), answer.ticks());
        showTyped(card, answer);
        notes.set(card.notes());
        notes.bindBidirectional(card.notesProperty());
        card.setOnChange(() -> {
            if (isEditable()) {
                current.score(card.scores(), card.star(), card.notes());
                current.setTicks(card.ticks());
                updateCanSave();
                changed.run();
            }
        });
        scoreCard.set(card);
        current = answer;
        recording.closePlayers();
        recording.release();
        recording.keepOpen(aboutToSpeak(answer));
        if (answer.phase().isAnswered()) {
            showRecording(); // a resumed or undone answer plays as it did
        }
    }

    /** Records the spoken answer while its clock runs, paused with it; called on every tick. */
    void followClock() {
        QuestionAnswer a = current;
        if (a == null) {
            recording.stop();
            return;
        }
        recording.keepOpen(aboutToSpeak(a));
        String name = recording.follow(a, a.mode() == AnswerMode.SPOKEN && a.phase() == AnswerPhase.ANSWER,
                a.isPaused(), a.recordingFile());
        if (name != null && a.recordingFile() == null && a.phase() != AnswerPhase.SAVED) {
            a.setRecordingFile(name);
            changed.run(); // the draft names the file from the first second on
        }
    }

    /** A spoken answer that has not been given yet, or is being given: its microphone is kept open. */
    private static boolean aboutToSpeak(QuestionAnswer a) {
        return a.mode() == AnswerMode.SPOKEN && (a.phase() == AnswerPhase.READY || a.phase() == AnswerPhase.PREP
                || a.phase() == AnswerPhase.ANSWER);
    }

    /** The answer is over: the recording stops and plays in the scoring card once its file is closed. */
    void answerOver() {
        followClock();
        showRecording();
    }

    private void showRecording() {
        if (current != null && scoreCard.get() != null) {
            recording.show(scoreCard.get(), current.recordingFile(), (int) current.target().toSeconds());
        }
    }

    /** The recording of the answer on screen, and its indicator's state. */
    public AnswerCapture recording() {
        return recording;
    }

    /** A typed answer's text goes to the card for its STAR estimate; a spoken answer has none. */
    private static void showTyped(ScoreCard card, QuestionAnswer answer) {
        if (card != null && answer != null) {
            card.typedAnswerProperty().set(answer.mode() == AnswerMode.TYPED ? answer.answerText() : "");
        }
    }

    /**
     * Why saving does nothing yet, for the status line (Ctrl+Enter would otherwise do nothing silently,
     * the card's own reason being at its foot, off screen); {@code otherwise} when no score is missing.
     */
    String notSavedYetText(String otherwise) {
        String missing = scoreCard.get() == null ? "" : scoreCard.get().missingTextProperty().get();
        return missing.isEmpty() ? otherwise : "Not saved yet: " + Character.toLowerCase(missing.charAt(0))
                + missing.substring(1, missing.length() - 1) + " (the highlighted rows), then save.";
    }

    void updateCanSave() {
        canSave.set(current != null && current.canSave() && !saving.getAsBoolean());
    }

    public StringProperty answerTextProperty() {
        return answerText;
    }

    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyObjectProperty<ScoreCard> scoreCardProperty() {
        return scoreCard.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
