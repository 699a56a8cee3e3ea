package org.emdrill.ui.history;

import static org.emdrill.ui.history.HistoryFixture.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.AttemptRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attempt another screen asks History to open (a mock interview summary's "Open in History"): the
 * list shows it selected with its detail open, whatever the filters and however far down it comes.
 */
class HistoryOpensRequestedAttemptTest {

    @TempDir
    Path dataDir;

    private ModelHarness harness;
    private SessionRepository sessions;
    private long interview;

    @BeforeEach
    void open() throws Exception {
        harness = new ModelHarness(dataDir);
        sessions = new SessionRepository(harness.store.database, HistoryFixture.CLOCK);
        interview = sessions.start("Full loop", InterviewPresets.fullLoop().config(), List.of("a", "b", "c"),
                HistoryFixture.MONDAY);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** Saves the interview's answer at {@code position}, finished {@code hours} after Monday. */
    private long inInterview(String prompt, int position, int hours) {
        return sessions.saveInSession(typed(prompt, hours, 90, 120, 3), interview, position, List.of());
    }

    private void request(int position) throws Exception {
        harness.act(() -> harness.state.requestAttempt(new AttemptRequest(interview, position)));
    }

    @Test
    void opensTheAttemptAndClearsFiltersThatWouldHideIt() throws Exception {
        harness.store.save(typed("Practice before", 0, 90, 120, 4));
        long second = inInterview("Second interview question", 1, 1);
        harness.store.save(typed("Practice after", 2, 90, 120, 4));
        HistoryViewModel model = harness.started();
        harness.act(() -> model.filters().modeProperty().set(AnswerMode.SPOKEN));
        assertTrue(model.rows().isEmpty(), "the filter hides every typed attempt");

        request(1);

        assertNull(harness.state.attemptRequestProperty().get(), "the request is taken");
        assertFalse(model.filters().isActive(), "the filters that hid it are cleared");
        assertEquals(3, model.rows().size());
        assertEquals(second, model.selectedProperty().get().id());
        assertEquals("Second interview question", model.detailProperty().get().prompt());
        assertEquals("Part of mock interview on " + org.emdrill.ui.common.Formats.dateTime(HistoryFixture.MONDAY)
                + ", question 2 of 3", model.selectedProperty().get().interviewText());
    }

    @Test
    void keepsFiltersThatStillShowIt() throws Exception {
        harness.store.save(typed("Practice", 0, 90, 120, 4));
        long first = inInterview("Interview question about feedback", 0, 1);
        HistoryViewModel model = harness.started();
        harness.act(() -> model.filters().questionTextProperty().set("feedback"));

        request(0);

        assertEquals("feedback", model.filters().questionTextProperty().get());
        assertEquals(first, model.selectedProperty().get().id());
        assertEquals("Interview question about feedback", model.detailProperty().get().prompt());
    }

    @Test
    void loadsFarEnoughDownToHoldAnOldAttempt() throws Exception {
        for (int i = 0; i < 3; i++) {
            harness.store.save(typed("Earlier practice " + i, i, 90, 120, 3));
        }
        long wanted = inInterview("An older answer", 2, 3);
        for (int i = 4; i < 10; i++) {
            harness.store.save(typed("Later practice " + i, i, 90, 120, 3));
        }
        HistoryViewModel model = harness.model(2);
        harness.act(model::start);
        assertEquals(2, model.rows().size());

        request(2);

        assertEquals(wanted, model.selectedProperty().get().id());
        assertEquals(8, model.rows().size(), "seventh newest: whole pages of two, four of them");
        assertTrue(model.hasMoreProperty().get(), "the rest still comes with Show more");
        assertEquals("An older answer", model.detailProperty().get().prompt());
    }

    @Test
    void aRequestMadeBeforeHistoryIsBuiltIsTakenWhenItIs() throws Exception {
        long second = inInterview("Asked before History opened", 1, 1);
        FxThread.run(() -> harness.state.requestAttempt(new AttemptRequest(interview, 1)));

        HistoryViewModel model = harness.started();

        assertNull(harness.state.attemptRequestProperty().get());
        assertEquals(second, model.selectedProperty().get().id());
        assertEquals("Asked before History opened", model.detailProperty().get().prompt());
    }

    @Test
    void saysSoWhenTheAnswerIsNoLongerInTheHistory() throws Exception {
        long kept = harness.store.save(typed("Practice", 0, 90, 120, 4));
        HistoryViewModel model = harness.started();
        harness.act(() -> model.select(model.rows().get(0)));

        request(0); // position 0 was skipped: nothing was saved there

        assertEquals("That answer is no longer in your history.", model.errorProperty().get());
        assertEquals(kept, model.selectedProperty().get().id(), "what was open stays open");
    }

    @Test
    void revisingAnAttemptIsNotThrownAwayByARequest() throws Exception {
        long open = harness.store.save(typed("Being revised", 0, 90, 120, 4));
        inInterview("Interview answer", 0, 1);
        HistoryViewModel model = harness.started();
        harness.act(() -> model.select(model.rows().stream().filter(r -> r.id() == open).findFirst().orElseThrow()));
        FxThread.run(() -> {
            model.editOpened();
            model.editor().notesProperty().set("half-written note");
        });

        request(0);

        assertTrue(model.editor().isEditing(), "the revision is still open");
        assertEquals("half-written note", model.editor().notesProperty().get());
        assertEquals(open, model.selectedProperty().get().id());
        assertTrue(model.errorProperty().get().startsWith("Save or cancel the changes"), model.errorProperty().get());
    }
}
