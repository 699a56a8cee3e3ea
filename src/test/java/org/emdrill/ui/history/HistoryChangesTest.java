package org.emdrill.ui.history;

import static org.emdrill.ui.history.HistoryFixture.typed;
import static org.emdrill.ui.history.ModelHarness.prompts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.schedule.CardPhase;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.ScheduleRepository;
import org.emdrill.ui.common.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revising an attempt's scores and notes, and deleting with undo, against a real store. */
class HistoryChangesTest {

    @TempDir
    Path dataDir;

    private ModelHarness harness;

    @BeforeEach
    void open() throws Exception {
        harness = new ModelHarness(dataDir);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private HistoryViewModel openedFirst() throws Exception {
        HistoryViewModel model = harness.started();
        harness.act(() -> model.select(model.rows().get(0)));
        return model;
    }

    /** A loaded bank holding question {@code questionId} that weighs coaching 3 and leadership 1. */
    private void loadBankWith(String bankId, String questionId) throws Exception {
        Question q = new Question(questionId, "Prompt", List.of(), Map.of(Dimension.COACHING, 3, Dimension.LEADERSHIP, 1),
                List.of(), List.of(), 120, null, List.of());
        QuestionBank bank = new QuestionBank(1, bankId, "Feedback", "", List.of(q), BankSource.BUNDLED, "feedback.json");
        FxThread.run(() -> harness.state.libraryProperty().set(new BankLibrary(List.of(bank), List.of(), List.of())));
    }

    @Test
    void revisingSavesScoresStarAndNotesWithTheQuestionsWeights() throws Exception {
        long id = harness.store.save(HistoryFixture.at("feedback", "q1", "Coach someone", 0, "Answer", "old note",
                Scores.none().with(Dimension.COACHING, 2), 2.0));
        loadBankWith("feedback", "q1");
        HistoryViewModel model = openedFirst();
        int ticks = harness.state.attemptsChangedProperty().get();

        FxThread.run(() -> {
            model.editOpened();
            RevisionEditor editor = model.editor();
            editor.scoreProperty(Dimension.COACHING).set(4);
            editor.scoreProperty(Dimension.LEADERSHIP).set(2);
            editor.star().add(StarElement.RESULT);
            editor.notesProperty().set("  Better after the retro. ");
        });
        assertEquals("Overall becomes 3.5", model.editor().overallPreviewProperty().get(), "(4×3 + 2×1) / 4");
        assertTrue(model.editor().weightsNoteProperty().get().contains("Coaching ×3"));
        harness.act(() -> model.editor().save());

        assertFalse(model.editor().isEditing());
        var saved = harness.store.services.stored().find(id).orElseThrow();
        assertEquals(Map.of(Dimension.COACHING, 4, Dimension.LEADERSHIP, 2), saved.attempt().scores().values());
        assertEquals(3.5, saved.attempt().overall(), 1e-9);
        assertEquals(EnumSet.of(StarElement.ACTION, StarElement.RESULT), saved.attempt().star());
        assertEquals("Better after the retro.", saved.attempt().notes());
        assertEquals(HistoryFixture.NOW, saved.revisedAt());

        AttemptDetail detail = model.detailProperty().get();
        assertEquals("3.5", detail.overallText());
        assertEquals("Revised " + Formats.dateTime(HistoryFixture.NOW), detail.revisedText());
        assertEquals("3.5", model.rows().get(0).scoreText(), "the list shows the new overall score");
        assertEquals(ticks + 1, harness.state.attemptsChangedProperty().get(), "other screens hear of it");
    }

    @Test
    void whenTheBankIsGoneEachScoredDimensionCountsOnceAndTheEditorSaysSo() throws Exception {
        long id = harness.store.save(HistoryFixture.at("removed-bank", "q9", "Old question", 0, "Answer", "",
                Scores.none().with(Dimension.COACHING, 2).with(Dimension.EXECUTION, 4), 3.0));
        HistoryViewModel model = openedFirst();

        FxThread.run(() -> {
            model.editOpened();
            model.editor().scoreProperty(Dimension.COACHING).set(5);
        });
        assertTrue(model.editor().weightsNoteProperty().get().contains("no longer loaded"),
                model.editor().weightsNoteProperty().get());
        assertFalse(model.editor().weightsProperty().get().found());
        harness.act(() -> model.editor().save());

        assertEquals(4.5, harness.store.services.stored().find(id).orElseThrow().attempt().overall(), 1e-9);
    }

    @Test
    void cancellingAnEditLeavesTheAttemptAsItWas() throws Exception {
        long id = harness.store.save(typed("Keep as is", 0, 90, 120, 3));
        HistoryViewModel model = openedFirst();

        FxThread.run(() -> {
            model.editOpened();
            model.editor().scoreProperty(Dimension.COACHING).set(null);
            model.editor().cancel();
        });
        harness.executor.runAll();

        assertEquals(Map.of(Dimension.COACHING, 3),
                harness.store.services.stored().find(id).orElseThrow().attempt().scores().values());
        assertEquals("", model.detailProperty().get().revisedText());
    }

    @Test
    void deleteHappensAtOnceAndSelectsTheRowThatTookItsPlace() throws Exception {
        harness.store.save(typed("Oldest", 0, 90, 120, 3));
        harness.store.save(typed("Middle", 1, 90, 120, 3));
        harness.store.save(typed("Newest", 2, 90, 120, 3));
        HistoryViewModel model = harness.started();
        int ticks = harness.state.attemptsChangedProperty().get();

        harness.act(() -> model.select(model.rows().get(1)));
        harness.act(model::deleteSelected);

        assertEquals(2, harness.store.attempts.count(), "no question asked first");
        assertEquals(List.of("Newest", "Oldest"), prompts(model));
        assertEquals("Oldest", model.selectedProperty().get().prompt());
        assertEquals("Oldest", model.detailProperty().get().prompt());
        assertEquals("Attempt deleted", model.undoTextProperty().get());
        assertEquals(ticks + 1, harness.state.attemptsChangedProperty().get());
    }

    @Test
    void undoPutsTheAttemptBackWithEverythingAndSelectsIt() throws Exception {
        long id = harness.store.save(typed("Deleted by mistake", 0, 90, 120, 4));
        harness.store.save(typed("Another", 1, 90, 120, 3));
        HistoryViewModel model = harness.started();
        harness.act(() -> model.select(model.rows().get(1)));
        harness.act(model::deleteSelected);
        assertEquals(List.of("Another"), prompts(model));

        harness.act(model::undoDelete);

        assertEquals(List.of("Another", "Deleted by mistake"), prompts(model));
        assertEquals("Deleted by mistake", model.selectedProperty().get().prompt());
        assertEquals(id, model.selectedProperty().get().id(), "back under its own id");
        assertEquals("A note on: Deleted by mistake", model.detailProperty().get().notes());
        assertEquals("", model.undoTextProperty().get(), "the bar goes once used");
    }

    @Test
    void theUndoBarGoesAfterItsTimeAndTheDeleteStays() throws Exception {
        harness.store.save(typed("Gone", 0, 90, 120, 3));
        HistoryViewModel model = openedFirst();
        harness.act(model::deleteSelected);
        assertTrue(model.emptyProperty().get());
        assertNull(model.detailProperty().get());

        FxThread.run(() -> harness.delays.elapse(HistoryViewModel.UNDO_TIME));
        assertEquals("", model.undoTextProperty().get());
        harness.act(model::undoDelete);
        assertEquals(0, harness.store.attempts.count(), "nothing left to undo");
    }

    @Test
    void deleteAndRevisionMoveTheQuestionsReviewDateAndUndoPutsItBack() throws Exception {
        harness.store.save(HistoryFixture.at("feedback", "q1", "Coach someone", 0, "First", "",
                Scores.none().with(Dimension.COACHING, 3), 3.0));
        long second = harness.store.save(HistoryFixture.at("feedback", "q1", "Coach someone", 1, "Second", "",
                Scores.none().with(Dimension.COACHING, 3), 3.0));
        ScheduleRepository schedule = new ScheduleRepository(harness.store.database);
        // As Practice left it: Good, Good graduated the question to a 4-day interval.
        ReviewState live = new ReviewState("q1", "feedback", CardPhase.REVIEW, 2.5, 4, 2, 0, 0, false,
                HistoryFixture.MONDAY.plus(java.time.Duration.ofDays(4)), HistoryFixture.MONDAY.plusSeconds(3_700));
        schedule.save(live);
        loadBankWith("feedback", "q1");
        HistoryViewModel model = harness.started();
        harness.act(() -> model.select(model.rows().stream().filter(r -> r.id() == second).findFirst().orElseThrow()));

        harness.act(model::deleteSelected);

        ReviewState afterDelete = schedule.find("q1").orElseThrow();
        assertEquals(CardPhase.LEARNING, afterDelete.phase(), "one Good left: on the 1-day learning step");
        assertEquals(1, afterDelete.repetitions());

        harness.act(model::undoDelete);

        assertEquals(java.util.Optional.of(live), schedule.find("q1"), "the undo puts the schedule back as it was");

        harness.act(() -> model.select(model.rows().stream().filter(r -> r.id() == second).findFirst().orElseThrow()));
        FxThread.run(() -> {
            model.editOpened();
            model.editor().scoreProperty(Dimension.COACHING).set(1);
        });
        harness.act(() -> model.editor().save());

        ReviewState afterRevision = schedule.find("q1").orElseThrow();
        assertEquals(CardPhase.LEARNING, afterRevision.phase(), "Good then Again: back to the first step");
        assertEquals(0, afterRevision.step());
        assertEquals(2, afterRevision.repetitions());
    }
}
