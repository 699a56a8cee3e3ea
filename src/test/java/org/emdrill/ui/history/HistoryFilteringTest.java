package org.emdrill.ui.history;

import static org.emdrill.ui.history.ModelHarness.prompts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.store.AttemptSort;
import org.emdrill.store.SeedAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters and sorting of the History list, each applied by the database, against a real store. */
class HistoryFilteringTest {

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

    private static Scores coaching(int level) {
        return Scores.none().with(Dimension.COACHING, level);
    }

    /** Four attempts over three days, two banks, both modes, different scores, texts and notes. */
    private void seedFour() {
        HistoryFixture s = harness.store;
        s.save(HistoryFixture.at("feedback", "f1", "Coach a stuck engineer", 0,
                "I escalated to my director early.", "", coaching(2), 2.0));
        s.save(HistoryFixture.at("feedback", "f2", "Give hard feedback", 24,
                "We agreed on clear goals.", "Mention the escalation path", coaching(4), 4.0));
        s.save(HistoryFixture.at("conflict", "c1", "Resolve a design dispute", 25,
                "I escalated nothing; we talked it out.", "", coaching(5), 5.0));
        s.save(HistoryFixture.spoken("Describe a disagreement with product", 48));
    }

    @Test
    void banksQuestionTextAndAnswerSearchCombine() throws Exception {
        seedFour();
        HistoryViewModel model = harness.started();
        assertEquals("4 attempts", model.countTextProperty().get());

        harness.act(() -> model.filters().bankIds().add("feedback"));
        assertEquals(List.of("Give hard feedback", "Coach a stuck engineer"), prompts(model));
        assertEquals("2 of 4 attempts", model.countTextProperty().get());

        harness.act(() -> model.filters().bankIds().add("conflict"));
        assertEquals(4, model.rows().size(), "any of the picked banks");

        // "escalat" is in two answers and one note; with the question text only one of them is left.
        harness.act(() -> model.filters().textProperty().set("ESCALAT"));
        assertEquals(List.of("Resolve a design dispute", "Give hard feedback", "Coach a stuck engineer"),
                prompts(model));
        harness.act(() -> model.filters().questionTextProperty().set("coach"));
        assertEquals(List.of("Coach a stuck engineer"), prompts(model));
        assertEquals("1 of 4 attempts", model.countTextProperty().get());
    }

    @Test
    void typingWaitsForAPauseBeforeSearching() throws Exception {
        seedFour();
        HistoryViewModel model = harness.started();

        FxThread.run(() -> {
            model.filters().textProperty().set("esc");
            model.filters().textProperty().set("escalated");
        });
        harness.executor.runAll();
        assertEquals(4, model.rows().size(), "nothing searched while typing");
        assertTrue(harness.delays.waiting(HistoryViewModel.TYPING_PAUSE));

        FxThread.run(() -> harness.delays.elapse(HistoryViewModel.TYPING_PAUSE));
        harness.executor.runAll();
        assertEquals(List.of("Resolve a design dispute", "Coach a stuck engineer"), prompts(model));
    }

    @Test
    void modeDatesAndScoreRangesNarrowTheList() throws Exception {
        seedFour();
        HistoryViewModel model = harness.started();

        harness.act(() -> model.filters().modeProperty().set(AnswerMode.SPOKEN));
        assertEquals(List.of("Describe a disagreement with product"), prompts(model));
        harness.act(() -> model.filters().modeProperty().set(null));

        // Tuesday, the whole day in UTC: the attempts 24 and 25 hours after Monday 09:00.
        LocalDate tuesday = LocalDate.of(2026, 5, 5);
        harness.act(() -> {
            model.filters().fromProperty().set(tuesday);
            model.filters().toProperty().set(tuesday);
        });
        assertEquals(List.of("Resolve a design dispute", "Give hard feedback"), prompts(model));
        harness.act(() -> model.filters().toProperty().set(null));
        assertEquals(3, model.rows().size(), "from Tuesday on");
        harness.act(() -> model.filters().fromProperty().set(null));

        harness.act(() -> model.filters().overallMinProperty().set(3.5));
        assertEquals(List.of("Resolve a design dispute", "Give hard feedback"), prompts(model),
                "unscored attempts drop out once a range is narrowed");

        harness.act(() -> {
            model.filters().overallMinProperty().set(1);
            model.filters().dimensionProperty().set(Dimension.COACHING);
            model.filters().dimensionMaxProperty().set(4);
        });
        assertEquals(List.of("Give hard feedback", "Coach a stuck engineer"), prompts(model));
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndClearingShowsEverything() throws Exception {
        seedFour();
        HistoryViewModel model = harness.started();

        harness.act(() -> model.filters().textProperty().set("no such words"));
        assertTrue(model.noMatchesProperty().get());
        assertFalse(model.emptyProperty().get(), "the history itself is not empty");
        assertEquals("0 of 4 attempts", model.countTextProperty().get());

        harness.act(() -> model.filters().clear());
        assertEquals(4, model.rows().size());
        assertFalse(model.filters().isActive());
        assertEquals("4 attempts", model.countTextProperty().get());
    }

    @Test
    void sortsInTheDatabaseSoTheOrderHoldsAcrossPages() throws Exception {
        seedFour();
        HistoryViewModel model = harness.model(2);
        FxThread.run(model::start);
        harness.executor.runAll();

        harness.act(() -> model.sortBy(AttemptSort.OVERALL, false));
        assertEquals(List.of("Resolve a design dispute", "Give hard feedback"), prompts(model));
        harness.act(model::loadMore);
        assertEquals(List.of("Resolve a design dispute", "Give hard feedback", "Coach a stuck engineer",
                "Describe a disagreement with product"), prompts(model), "unscored last");

        harness.act(() -> model.sortBy(AttemptSort.QUESTION, true));
        assertEquals(List.of("Coach a stuck engineer", "Describe a disagreement with product"), prompts(model),
                "a new order starts again at the first page");
    }

    @Test
    void combinedFiltersOverARealisticHistoryCountWhatMatches() throws Exception {
        List<Attempt> seeded = SeedAttempts.seed(harness.store.database, 600, 7, HistoryFixture.MONDAY);
        Set<String> banks = Set.of("team-conflict", "missed-deadlines", "incidents-and-operations");
        long expected = seeded.stream()
                .filter(a -> banks.contains(a.bankId()))
                .filter(a -> a.overall() != null && a.overall() >= 3)
                .filter(a -> (a.answerText() + "\n" + a.notes()).toLowerCase(Locale.ROOT).contains("director"))
                .count();
        Instant newest = seeded.get(seeded.size() - 1).finishedAt();
        HistoryViewModel model = harness.model(100);
        FxThread.run(model::start);
        harness.executor.runAll();

        harness.act(() -> {
            model.filters().bankIds().addAll(banks);
            model.filters().overallMinProperty().set(3);
            model.filters().textProperty().set("director");
        });

        assertTrue(expected > 20, "the seed gives enough to page: " + expected);
        assertEquals(expected, model.matchingProperty().get());
        assertEquals(Math.min(100, expected), model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> banks.contains(r.bankId()) && r.overall() >= 3));
        assertTrue(model.rows().get(0).finishedAt().compareTo(newest) <= 0);
        assertEquals(String.format(Locale.getDefault(), "%,d of %,d attempts", expected, 600),
                model.countTextProperty().get());
    }

    @Test
    void offersTheLoadedBanksAndTheBanksFoundInTheHistory() throws Exception {
        seedFour();
        HistoryViewModel model = harness.started();

        assertEquals(Map.of("conflict", "Conflict", "feedback", "FEEDBACK"),
                model.bankOptions().stream().collect(java.util.stream.Collectors.toMap(BankOption::id, BankOption::title)));
    }
}
