package org.emdrill.ui.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.settings.Settings;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.ui.common.AppState;

/** A real store in a temp folder, a rubric with distinct texts, and attempts to seed it with. */
final class HistoryFixture implements AutoCloseable {

    static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");

    /** When revisions are stamped and exports dated: a week after Monday. */
    static final Instant NOW = MONDAY.plus(Duration.ofDays(7));
    static final InstantSource CLOCK = InstantSource.fixed(NOW);

    final Database database;
    final AttemptRepository attempts;
    final HistoryServices services;

    HistoryFixture(Path dataDir) throws IOException {
        OpenOutcome outcome = new DatabaseOpener(dataDir, CLOCK).open();
        database = ((OpenOutcome.Opened) outcome).database();
        attempts = new AttemptRepository(database, CLOCK);
        services = HistoryServices.over(database, CLOCK);
    }

    static AppState state() {
        return new AppState(BankLibrary.empty(), rubric("level"), Settings.defaults());
    }

    /** A rubric whose text for level n of dimension d reads "{word} n of {d}", easy to assert on. */
    static Rubric rubric(String word) {
        Map<Dimension, RubricDimension> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Map<Integer, String> levels = new java.util.HashMap<>();
            for (int level = 1; level <= 5; level++) {
                levels.put(level, word + " " + level + " of " + d.displayName());
            }
            dims.put(d, new RubricDimension(d, d.assesses(), levels));
        }
        return new Rubric(dims);
    }

    /** A typed attempt that finished {@code hoursAfterMonday} after Monday 09:00, scored on coaching. */
    static Attempt typed(String prompt, int hoursAfterMonday, int answerSeconds, int targetSeconds, int coaching) {
        Instant finished = MONDAY.plus(Duration.ofHours(hoursAfterMonday));
        return new Attempt(0, "feedback", "Giving feedback", "q-" + prompt.hashCode(), prompt, AnswerMode.TYPED,
                Duration.ofSeconds(20), Duration.ofSeconds(answerSeconds), targetSeconds,
                "My answer to: " + prompt, "A note on: " + prompt,
                Scores.none().with(Dimension.COACHING, coaching),
                EnumSet.of(StarElement.SITUATION, StarElement.ACTION), (double) coaching,
                finished.minusSeconds(answerSeconds + 20L), finished);
    }

    /** A spoken attempt with no text, nothing scored and no STAR marks. */
    static Attempt spoken(String prompt, int hoursAfterMonday) {
        Instant finished = MONDAY.plus(Duration.ofHours(hoursAfterMonday));
        return new Attempt(0, "conflict", "Conflict", "q-spoken", prompt, AnswerMode.SPOKEN,
                Duration.ZERO, Duration.ofSeconds(100), 120, "", "", Scores.none(), Set.of(), null,
                finished.minusSeconds(100), finished);
    }

    /** A typed attempt at question {@code questionId} of bank {@code bankId}, with its text and scores. */
    static Attempt at(String bankId, String questionId, String prompt, int hoursAfterMonday, String answer,
                      String notes, Scores scores, Double overall) {
        Instant finished = MONDAY.plus(Duration.ofHours(hoursAfterMonday));
        return new Attempt(0, bankId, bankId.toUpperCase(java.util.Locale.ROOT), questionId, prompt, AnswerMode.TYPED,
                Duration.ofSeconds(10), Duration.ofSeconds(100), 120, answer, notes, scores,
                EnumSet.of(StarElement.ACTION), overall, finished.minusSeconds(110), finished);
    }

    long save(Attempt a) {
        return attempts.save(a);
    }

    @Override
    public void close() {
        database.close();
    }
}
