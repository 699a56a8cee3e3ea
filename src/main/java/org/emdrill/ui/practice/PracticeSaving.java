package org.emdrill.ui.practice;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * Storing a Practice answer in the background, one save at a time. No draft write may land while the
 * recorder stores the attempt and clears the draft; a failed save leaves the answer as it was, so the
 * caller can write the draft again and say why.
 */
final class PracticeSaving {

    private final AttemptRecorder recorder;
    private final BackgroundRunner runner;
    private final PracticeDraft draft;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

    PracticeSaving(AttemptRecorder recorder, BackgroundRunner runner, PracticeDraft draft) {
        this.recorder = recorder;
        this.runner = runner;
        this.draft = draft;
    }

    boolean isSaving() {
        return saving.get();
    }

    /**
 * @param storyId the story told (null for none); one deleted meanwhile leaves the attempt without one
     * @param began  called once the save is under way (the answer can no longer be saved twice)
     * @param saved  called once the attempt is stored and the answer marked saved
     * @param failed called with the reason when it was not stored
     */
    void save(QuestionAnswer answer, String storyId, Runnable began, Runnable saved, Consumer<Throwable> failed) {
        var attempt = answer.toAttempt();
        var ticks = answer.ticks();
        String recording = answer.recordingFile();
        saving.set(true);
        began.run();
        draft.hold();
        runner.run(() -> recorder.record(attempt, AttemptRecorder.Placement.PRACTICE, List.of(), draft.store(),
                storyId, ticks, recording), id -> {
            saving.set(false);
            draft.hold();
            answer.markSaved(id);
            saved.run();
        }, error -> {
            saving.set(false);
            failed.accept(error);
        });
    }
}
