package org.emdrill.ui.progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.Scores;
import org.emdrill.settings.Settings;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.SeedAttempts;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * A real store in a temp folder, the seed history's banks loaded as a library (plus one bank nobody has
 * practised yet, whose question weighs strategic thinking most), and a worker thread.
 */
final class ProgressFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-05-06T18:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String NEW_BANK = "strategy-offsites";
    static final String NEW_QUESTION = "strategy-offsites-q1";

    final InstantSource clock = InstantSource.fixed(NOW);
    final Database database;
    final AttemptRepository attempts;
    final AttemptSearch search;
    final AppState state;
    final ExecutorService worker = Executors.newSingleThreadExecutor();

    ProgressFixture(Path dataDir) throws IOException {
        OpenOutcome outcome = new DatabaseOpener(dataDir, clock).open();
        database = ((OpenOutcome.Opened) outcome).database();
        attempts = new AttemptRepository(database, clock);
        search = new AttemptSearch(database);
        state = new AppState(library(true), Rubric.empty(), Settings.defaults());
    }

    List<Attempt> seed(int count) {
        return SeedAttempts.seed(database, count, 7, NOW.minus(Duration.ofHours(3)));
    }

    /** Must be built on the FX thread: the view model's properties live there. */
    ProgressViewModel model() {
        return new ProgressViewModel(state, new BackgroundRunner(worker), new org.emdrill.store.TypedAnswerReads(database), new org.emdrill.store.ProgressQueries(database), clock, ZONE);
    }

    /** The seed banks with their eight questions each, and, if asked, the bank never practised. */
    static BankLibrary library(boolean withNewBank) {
        List<QuestionBank> banks = new ArrayList<>();
        for (SeedAttempts.SeedBank b : SeedAttempts.BANKS) {
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < SeedAttempts.QUESTIONS_PER_BANK; i++) {
                questions.add(question(SeedAttempts.questionId(b, i), "Question " + (i + 1) + " of " + b.title(),
                        b.weights()));
            }
            banks.add(bank(b.id(), b.title(), questions));
        }
        if (withNewBank) {
            banks.add(bank(NEW_BANK, "Running strategy offsites", List.of(
                    question(NEW_QUESTION, "How did you run your last strategy offsite?",
                            Map.of(Dimension.STRATEGIC_THINKING, 3, Dimension.LEADERSHIP, 1)),
                    question("strategy-offsites-q2", "What came out of it?", Map.of(Dimension.EXECUTION, 2)))));
        }
        return new BankLibrary(banks, List.of(), List.of());
    }

    static Question question(String id, String prompt, Map<Dimension, Integer> weights) {
        return new Question(id, prompt, List.of(), weights, List.of(), List.of(), 150, null, List.of());
    }

    static QuestionBank bank(String id, String title, List<Question> questions) {
        return new QuestionBank(1, id, title, "", questions, BankSource.BUNDLED, id + ".json");
    }

    /** A typed attempt at {@code questionId} finishing {@code hoursAgo} before now. */
    static Attempt typed(String bankId, String questionId, int hoursAgo, String text, int score) {
        Instant finished = NOW.minus(Duration.ofHours(hoursAgo));
        return new Attempt(0, bankId, bankId, questionId, "Prompt of " + questionId, AnswerMode.TYPED,
                Duration.ZERO, Duration.ofSeconds(100), 120, text, "",
                new Scores(Map.of(Dimension.COACHING, score)), Set.of(), (double) score, finished.minusSeconds(100),
                finished);
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        database.close();
    }
}
