package org.emdrill.ui.history;

import static org.emdrill.ui.history.HistoryFixture.spoken;
import static org.emdrill.ui.history.HistoryFixture.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emdrill.domain.Dimension;
import org.emdrill.ui.common.AppState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History view model's list, selection and detail against a real store. Background work is queued
 * and run by the test on the FX thread, so the order in which results arrive is the test's choice.
 */
class HistoryViewModelTest {

    @TempDir
    Path dataDir;

    private ModelHarness harness;
    private HistoryFixture store;
    private QueuedExecutor executor;
    private AppState state;

    @BeforeEach
    void open() throws Exception {
        harness = new ModelHarness(dataDir);
        store = harness.store;
        executor = harness.executor;
        state = harness.state;
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private HistoryViewModel model(int pageSize) throws Exception {
        return harness.model(pageSize);
    }

    private HistoryViewModel loaded() throws Exception {
        return harness.started();
    }

    private static List<String> prompts(HistoryViewModel model) {
        return ModelHarness.prompts(model);
    }

    @Test
    void listsAttemptsNewestFirstWithTheirCount() throws Exception {
        store.save(typed("Oldest", 0, 90, 120, 3));
        store.save(typed("Newest", 48, 90, 120, 4));
        store.save(typed("Middle", 24, 90, 120, 2));

        HistoryViewModel model = loaded();

        assertEquals(List.of("Newest", "Middle", "Oldest"), prompts(model));
        assertEquals("3 attempts", model.countTextProperty().get());
        assertFalse(model.emptyProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void saysLoadingUntilTheFirstPageArrivesAndThenThatThereAreNone() throws Exception {
        HistoryViewModel model = model(HistoryViewModel.PAGE_SIZE);
        FxThread.run(model::refresh);
        assertEquals("Loading…", model.countTextProperty().get());
        assertFalse(model.emptyProperty().get(), "not empty before we know");
        assertTrue(model.loadingProperty().get());

        executor.runAll();
        assertTrue(model.emptyProperty().get());
        assertEquals("No attempts yet", model.countTextProperty().get());
    }

    @Test
    void selectingARowOpensEverythingSavedWithTheRubricTextForEachScore() throws Exception {
        store.save(typed("How do you coach a new lead?", 0, 160, 150, 4));
        HistoryViewModel model = loaded();

        FxThread.run(() -> model.select(model.rows().get(0)));
        executor.runAll();

        AttemptDetail detail = model.detailProperty().get();
        assertNotNull(detail);
        assertEquals("How do you coach a new lead?", detail.prompt());
        assertEquals("My answer to: How do you coach a new lead?", detail.answerText());
        assertEquals("A note on: How do you coach a new lead?", detail.notes());
        assertEquals("Giving feedback", detail.bankTitle());
        assertEquals("2:40 / 2:30", detail.answerTime().text());
        assertTrue(detail.answerTime().overTarget());
        assertEquals("0:20", detail.prepText());
        assertEquals("4.0", detail.overallText());
        AttemptDetail.DimensionLine coaching = line(detail, Dimension.COACHING);
        assertEquals("4 / 5", coaching.scoreText());
        assertEquals("level 4 of Coaching", coaching.rubricText());
        assertEquals("not shown", line(detail, Dimension.LEADERSHIP).scoreText());
        assertEquals(List.of(true, false, true, false, false),
                detail.star().stream().map(AttemptDetail.StarMark::ticked).toList());
    }

    @Test
    void aSlowAnswerForAnEarlierSelectionDoesNotReplaceTheLaterOne() throws Exception {
        store.save(typed("First", 0, 90, 120, 3));
        store.save(typed("Second", 1, 90, 120, 3));
        HistoryViewModel model = loaded();

        FxThread.run(() -> {
            model.select(model.rows().get(1));
            model.select(model.rows().get(0));
        });
        executor.runNewestFirst();

        assertEquals("Second", model.selectedProperty().get().prompt());
        assertEquals("Second", model.detailProperty().get().prompt());
    }

    @Test
    void changingTheRubricRewordsTheOpenAttempt() throws Exception {
        store.save(typed("Coaching question", 0, 90, 120, 2));
        HistoryViewModel model = loaded();
        FxThread.run(() -> model.select(model.rows().get(0)));
        executor.runAll();
        FxThread.run(() -> state.rubricProperty().set(HistoryFixture.rubric("revised")));

        assertEquals("revised 2 of Coaching", line(model.detailProperty().get(), Dimension.COACHING).rubricText());
    }

    @Test
    void followsNewAttemptsAndKeepsTheSelection() throws Exception {
        store.save(typed("Earlier", 0, 90, 120, 3));
        HistoryViewModel model = loaded();
        FxThread.run(() -> model.select(model.rows().get(0)));
        executor.runAll();

        store.save(typed("Just now", 5, 90, 120, 3));
        FxThread.run(() -> state.attemptSaved());
        executor.runAll();

        assertEquals(List.of("Just now", "Earlier"), prompts(model));
        assertEquals("Earlier", model.selectedProperty().get().prompt());
        assertEquals("Earlier", model.detailProperty().get().prompt());
    }

    @Test
    void loadsOlderAttemptsAPageAtATime() throws Exception {
        for (int i = 0; i < 5; i++) {
            store.save(typed("Attempt " + i, i, 90, 120, 3));
        }
        HistoryViewModel model = model(2);
        FxThread.run(() -> model.refresh());
        executor.runAll();
        assertEquals(List.of("Attempt 4", "Attempt 3"), prompts(model));
        assertTrue(model.hasMoreProperty().get());
        assertEquals("5 attempts", model.countTextProperty().get());
        assertEquals("Show more · 2 of 5 shown", model.moreTextProperty().get());

        FxThread.run(() -> {
            model.loadMore();
            model.loadMore(); // a second click while the first page is loading adds nothing twice
        });
        executor.runAll();
        FxThread.run(() -> model.loadMore());
        executor.runAll();

        assertEquals(List.of("Attempt 4", "Attempt 3", "Attempt 2", "Attempt 1", "Attempt 0"), prompts(model));
        assertFalse(model.hasMoreProperty().get());
        assertEquals("5 attempts", model.countTextProperty().get());
    }

    @Test
    void aRefreshKeepsTheOlderPagesTheUserAlreadyLoaded() throws Exception {
        for (int i = 0; i < 5; i++) {
            store.save(typed("Attempt " + i, i, 90, 120, 3));
        }
        HistoryViewModel model = model(2);
        FxThread.run(() -> model.refresh());
        executor.runAll();
        FxThread.run(() -> model.loadMore());
        executor.runAll();
        FxThread.run(() -> model.refresh());
        executor.runAll();

        assertEquals(4, model.rows().size());
    }

    @Test
    void aStoreFailureIsShownAsAMessage() throws Exception {
        HistoryViewModel model = model(HistoryViewModel.PAGE_SIZE);
        store.close();

        FxThread.run(() -> model.refresh());
        executor.runAll();

        assertTrue(model.errorProperty().get().startsWith("Could not load your history"),
                model.errorProperty().get());
        assertFalse(model.loadingProperty().get());
        assertFalse(model.emptyProperty().get(), "a failed load is not an empty history");
    }

    @Test
    void aSpokenAttemptWithoutTextSaysSo() throws Exception {
        store.save(spoken("Tell me about a disagreement", 0));
        HistoryViewModel model = loaded();
        FxThread.run(() -> model.select(model.rows().get(0)));
        executor.runAll();

        HistoryRow row = model.rows().get(0);
        assertEquals("Spoken", row.modeText());
        assertEquals("–", row.scoreText());
        AttemptDetail detail = model.detailProperty().get();
        assertTrue(detail.spokenWithoutText());
        assertEquals("–", detail.overallText());
        assertTrue(detail.dimensions().stream().noneMatch(AttemptDetail.DimensionLine::shown));
    }

    private static AttemptDetail.DimensionLine line(AttemptDetail detail, Dimension d) {
        return detail.dimensions().stream().filter(l -> l.dimension() == d).findFirst().orElseThrow();
    }
}
