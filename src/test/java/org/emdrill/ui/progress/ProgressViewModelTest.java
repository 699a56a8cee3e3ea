package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.emdrill.domain.Dimension;
import org.emdrill.insights.LowScore;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.store.SeedAttempts;
import org.emdrill.ui.common.PracticeRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Progress view model over a real store seeded with 300 attempts. */
class ProgressViewModelTest {

    @TempDir
    Path dataDir;

    private ProgressFixture fixture;
    private ProgressViewModel model;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        fixture = new ProgressFixture(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void start() throws Exception {
        model = onFx(() -> {
            ProgressViewModel m = fixture.model();
            m.refresh();
            return m;
        });
        awaitRecomputes(1);
    }

    private void awaitRecomputes(int n) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.completedRecomputesProperty().get() >= n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void computesEveryPartFromTheStoredHistory() throws Exception {
        fixture.seed(300);
        start();

        ProgressSnapshot s = model.snapshotProperty().get();
        assertTrue(model.loadedProperty().get());
        assertFalse(model.emptyProperty().get());
        assertEquals(300, s.attemptCount());
        for (Dimension d : Dimension.values()) {
            assertFalse(s.report().trends().get(d).isEmpty(), d + " has a trend");
        }
        assertEquals(SeedAttempts.BANKS.size(), s.report().heatMap().banks().size());
        assertEquals(List.of(ProgressFixture.NEW_BANK), s.report().banksNeverPractised());
        assertTrue(s.report().calendar().longestStreak() >= 1);
        List<TypedAnswerMonth> months = model.typedMonthsProperty().get();
        assertEquals(ProgressViewModel.TYPED_MONTHS, months.size());
        assertTrue(months.stream().mapToInt(TypedAnswerMonth::answers).sum() > 0, "recent typed answers analysed");
        assertTrue(model.summaryProperty().get().startsWith("300 attempts on "), model.summaryProperty().get());
    }

    @Test
    void practisingTheWeakestDimensionAsksTheQuestionsWeightingItMostLeastPractisedFirst() throws Exception {
        List<?> seeded = fixture.seed(300);
        assertEquals(300, seeded.size());
        start();
        Dimension weakest = model.snapshotProperty().get().report().weakestDimension().orElseThrow().dimension();
        // The seed history scores strategic thinking half a point lower than the rest.
        assertEquals(Dimension.STRATEGIC_THINKING, weakest);

        onFx(() -> {
            model.practiseWeakest();
            return null;
        });

        PracticeRequest request = fixture.state.practiceRequestProperty().get();
        assertNotNull(request, "a practice was requested");
        assertEquals("Weakest: Strategic Thinking", request.title());
        List<QueuedQuestion> questions = request.questions();
        assertEquals(PracticeSets.DIMENSION_SET_SIZE, questions.size());
        // Never practised, and weighting strategic thinking 3: nothing comes before it.
        assertEquals(ProgressFixture.NEW_QUESTION, questions.get(0).question().id());
        Map<String, Integer> practised = model.snapshotProperty().get().attemptsPerQuestion();
        for (int i = 1; i < questions.size(); i++) {
            var before = questions.get(i - 1).question();
            var after = questions.get(i).question();
            assertTrue(after.targets(weakest));
            int wb = before.weightOf(weakest);
            int wa = after.weightOf(weakest);
            assertTrue(wb > wa || (wb == wa && practised.getOrDefault(before.id(), 0) <= practised.getOrDefault(after.id(), 0)),
                    "ordered by weight, then least practised: " + before.id() + " before " + after.id());
        }
    }

    @Test
    void practisingAgainAsksThatOneQuestionAndStartingABankAsksAllOfIt() throws Exception {
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q3", 50, "We talked.", 1));
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q4", 40, "I decided.", 4));
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q5", 30, "I listened.", 2));
        start();
        List<LowScore> low = model.snapshotProperty().get().report().lowScoringQuestions();
        assertEquals(List.of("team-conflict-q3", "team-conflict-q5"), low.stream().map(LowScore::questionId).toList());

        onFx(() -> {
            model.practiseAgain(low.get(0));
            return null;
        });
        PracticeRequest again = fixture.state.practiceRequestProperty().get();
        assertEquals(List.of("team-conflict-q3"), again.questions().stream().map(q -> q.question().id()).toList());

        onFx(() -> {
            model.startBank(ProgressFixture.NEW_BANK);
            return null;
        });
        PracticeRequest bank = fixture.state.practiceRequestProperty().get();
        assertEquals("Running strategy offsites", bank.title());
        assertEquals(List.of(ProgressFixture.NEW_QUESTION, "strategy-offsites-q2"),
                bank.questions().stream().map(q -> q.question().id()).toList());
    }

    @Test
    void recomputesWhenAnAttemptIsSavedAndWhenTheBanksChange() throws Exception {
        fixture.seed(20);
        start();
        assertEquals(20, model.snapshotProperty().get().attemptCount());

        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q1", 1, "I fixed it.", 5));
        onFx(() -> {
            fixture.state.attemptSaved();
            return null;
        });
        awaitRecomputes(2);
        assertEquals(21, model.snapshotProperty().get().attemptCount());

        onFx(() -> {
            fixture.state.libraryProperty().set(ProgressFixture.library(false));
            return null;
        });
        awaitRecomputes(3);
        assertEquals(List.of(), model.snapshotProperty().get().report().banksNeverPractised());
    }

    @Test
    void fewerThanThreeAttemptsCountAsEmpty() throws Exception {
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q1", 5, "I did it.", 3));
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q2", 4, "We did it.", 3));
        start();
        assertTrue(model.emptyProperty().get());

        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q3", 3, "I led it.", 3));
        onFx(() -> {
            fixture.state.attemptSaved();
            return null;
        });
        awaitRecomputes(2);
        assertFalse(model.emptyProperty().get());
    }

    @Test
    void loadedTurnsFalseWhileARecomputeIsRunning() throws Exception {
        fixture.seed(10);
        start();
        assertTrue(model.loadedProperty().get());
        boolean during = onFx(() -> {
            model.refresh();
            return model.loadedProperty().get();
        });
        assertFalse(during);
        awaitRecomputes(2);
        assertTrue(model.loadedProperty().get());
    }
}
