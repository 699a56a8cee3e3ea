package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptSearchTest {

    @TempDir
    Path dir;

    private Database db;
    private AttemptSearch search;
    private AttemptRepository repo;
    /** Ids of the six fixture attempts, a..f, in the order saved (which is also finish order). */
    private long a, b, c, d, e, f;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        repo = new AttemptRepository(db, new TestClock());
        search = new AttemptSearch(db);
        a = save("conflict", "Conflicts", "c1", "Tell me about a DESIGN standoff.", AnswerMode.TYPED, 100, 120,
                "We argued about the schema; I brokered a compromise.", "", 3.0,
                Map.of(Dimension.CONFLICT_RESOLUTION, 3), "2024-01-10T10:00:00Z");
        b = save("conflict", "Conflicts", "c2", "Two seniors disagreed on priorities.", AnswerMode.SPOKEN, 200, 150,
                "", "Spoke too fast", 4.5, Map.of(Dimension.CONFLICT_RESOLUTION, 5, Dimension.LEADERSHIP, 4),
                "2024-02-10T10:00:00Z");
        c = save("deadlines", "Missed deadlines", "d1", "A launch at risk.", AnswerMode.TYPED, 90, 120,
                "We cut 100% of the nice-to-haves, using snake_case names.", "", 2.0,
                Map.of(Dimension.EXECUTION, 2), "2024-03-10T10:00:00Z");
        d = save("deadlines", "Missed deadlines", "d1", "A launch at risk.", AnswerMode.TYPED, 130, 120,
                "Second try: I escalated early to my director.", "better structure", 4.0,
                Map.of(Dimension.EXECUTION, 4), "2024-04-10T10:00:00Z");
        e = save("hiring", "Hiring", "h1", "Your first hire.", AnswerMode.SPOKEN, 60, 150,
                "", "", null, Map.of(), "2024-05-10T10:00:00Z");
        f = save("hiring", "Hiring", "h2", "A hire that did not work out.", AnswerMode.TYPED, 300, 150,
                "I learned to check references. Über wichtig.", "design matters", 1.5,
                Map.of(Dimension.LEADERSHIP, 1, Dimension.EXECUTION, 2), "2024-06-10T10:00:00Z");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long save(String bank, String title, String question, String prompt, AnswerMode mode, int answerSeconds,
                      int target, String answer, String notes, Double overall, Map<Dimension, Integer> scores,
                      String finished) {
        Instant end = Instant.parse(finished);
        return repo.save(new Attempt(0, bank, title, question, prompt, mode, Duration.ZERO,
                Duration.ofSeconds(answerSeconds), target, answer, notes, new Scores(scores),
                EnumSet.noneOf(StarElement.class), overall, end.minusSeconds(answerSeconds), end));
    }

    private List<Long> ids(AttemptFilter filter) {
        return ids(AttemptQuery.newestFirst(filter, 100));
    }

    private List<Long> ids(AttemptQuery query) {
        return search.search(query).rows().stream().map(AttemptSummary::id).toList();
    }

    @Test
    void emptyFilterListsEverythingNewestFirst() {
        AttemptPage page = search.search(AttemptQuery.newestFirst(AttemptFilter.ALL, 100));

        assertEquals(List.of(f, e, d, c, b, a), page.rows().stream().map(AttemptSummary::id).toList());
        assertEquals(6, page.total());
        assertEquals(repo.listNewestFirst(100, 0), page.rows());
    }

    @Test
    void filtersByBanks() {
        assertEquals(List.of(f, e, b, a), ids(AttemptFilter.ALL.withBanks(Set.of("conflict", "hiring"))));
    }

    @Test
    void filtersByQuestionTextIgnoringCase() {
        assertEquals(List.of(a), ids(AttemptFilter.ALL.withQuestionText("design")));
        assertEquals(List.of(d, c), ids(AttemptFilter.ALL.withQuestionText("LAUNCH AT")));
    }

    @Test
    void filtersByHalfOpenDateRange() {
        AttemptFilter march = AttemptFilter.ALL.between(Instant.parse("2024-03-10T10:00:00Z"),
                Instant.parse("2024-05-10T10:00:00Z"));

        assertEquals(List.of(d, c), ids(march));
        assertEquals(List.of(f, e), ids(AttemptFilter.ALL.between(Instant.parse("2024-05-01T00:00:00Z"), null)));
        assertEquals(List.of(a), ids(AttemptFilter.ALL.between(null, Instant.parse("2024-02-01T00:00:00Z"))));
    }

    @Test
    void filtersByMode() {
        assertEquals(List.of(e, b), ids(AttemptFilter.ALL.withMode(AnswerMode.SPOKEN)));
    }

    @Test
    void filtersByOverallRangeInclusiveAndLeavesOutUnscored() {
        assertEquals(List.of(d, b, a), ids(AttemptFilter.ALL.withOverall(ScoreRange.of(3, 4.5))));
        assertEquals(List.of(f, c), ids(AttemptFilter.ALL.withOverall(ScoreRange.atMost(2))));
    }

    @Test
    void filtersByOneDimensionsScore() {
        assertEquals(List.of(f, c), ids(AttemptFilter.ALL.withDimension(Dimension.EXECUTION, ScoreRange.of(1, 2))));
        assertEquals(List.of(b), ids(AttemptFilter.ALL.withDimension(Dimension.LEADERSHIP, ScoreRange.atLeast(3))));
    }

    @Test
    void searchesAnswerTextAndNotes() {
        assertEquals(List.of(f), ids(AttemptFilter.ALL.withText("DESIGN")), "notes of f; the prompt of a is not searched");
        assertEquals(List.of(a), ids(AttemptFilter.ALL.withText("SCHEMA")), "answer text of a");
        assertEquals(List.of(b), ids(AttemptFilter.ALL.withText("spoke too")));
    }

    @Test
    void everySearchWordMustMatchButAQuotedPhraseStaysTogether() {
        assertEquals(List.of(d), ids(AttemptFilter.ALL.withText("director escalated")));
        assertEquals(List.of(), ids(AttemptFilter.ALL.withText("\"director escalated\"")));
        assertEquals(List.of(d), ids(AttemptFilter.ALL.withText("\"escalated early\"")));
    }

    @Test
    void likeWildcardsInTheSearchAreTakenLiterally() {
        assertEquals(List.of(c), ids(AttemptFilter.ALL.withText("100%")));
        assertEquals(List.of(c), ids(AttemptFilter.ALL.withText("snake_case")));
        assertEquals(List.of(), ids(AttemptFilter.ALL.withText("snake%case")));
        assertEquals(List.of(), ids(AttemptFilter.ALL.withText("a_b")));
    }

    @Test
    void combinedFiltersMustAllHold() {
        AttemptFilter filter = AttemptFilter.ALL.withBanks(Set.of("deadlines", "hiring"))
                .withMode(AnswerMode.TYPED)
                .withDimension(Dimension.EXECUTION, ScoreRange.of(2, 5))
                .withOverall(ScoreRange.of(1, 3))
                .between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));

        assertEquals(List.of(f, c), ids(filter));
        assertEquals(List.of(c), ids(filter.withQuestionText("launch")));
        assertEquals(List.of(f), ids(filter.withText("references")));
        assertEquals(0, search.count(filter.withMode(AnswerMode.SPOKEN)));
    }

    @Test
    void sortsByEachKeyBothWays() {
        AttemptQuery all = AttemptQuery.newestFirst(AttemptFilter.ALL, 100);

        assertEquals(List.of(a, b, c, d, e, f), ids(all.sortedBy(AttemptSort.DATE, true)));
        assertEquals(List.of(b, a, f, e, d, c), ids(all.sortedBy(AttemptSort.BANK, true)),
                "Conflicts, Hiring, Missed deadlines; ties newest first");
        assertEquals(List.of(d, c, f, e, b, a), ids(all.sortedBy(AttemptSort.BANK, false)));
        assertEquals(List.of(f, d, c, a, b, e), ids(all.sortedBy(AttemptSort.QUESTION, true)));
        assertEquals(List.of(e, b, f, d, c, a), ids(all.sortedBy(AttemptSort.MODE, true)), "spoken before typed");
        assertEquals(List.of(f, d, c, a, e, b), ids(all.sortedBy(AttemptSort.MODE, false)));
        assertEquals(List.of(e, c, a, d, b, f), ids(all.sortedBy(AttemptSort.DURATION, true)));
        assertEquals(List.of(f, b, d, a, c, e), ids(all.sortedBy(AttemptSort.DURATION, false)));
        assertEquals(List.of(f, c, a, d, b, e), ids(all.sortedBy(AttemptSort.OVERALL, true)), "unscored last");
        assertEquals(List.of(b, d, a, c, f, e), ids(all.sortedBy(AttemptSort.OVERALL, false)), "unscored last");
    }

    @Test
    void pagesAreStableAndTheTotalCountsAllPages() {
        AttemptQuery byDuration = AttemptQuery.newestFirst(AttemptFilter.ALL, 2).sortedBy(AttemptSort.DURATION, true);

        AttemptPage first = search.search(byDuration.page(2, 0));
        AttemptPage second = search.search(byDuration.page(2, 2));
        AttemptPage last = search.search(byDuration.page(2, 4));
        AttemptPage beyond = search.search(byDuration.page(2, 6));

        assertEquals(List.of(e, c), first.rows().stream().map(AttemptSummary::id).toList());
        assertEquals(List.of(a, d), second.rows().stream().map(AttemptSummary::id).toList());
        assertEquals(List.of(b, f), last.rows().stream().map(AttemptSummary::id).toList());
        assertEquals(List.of(), beyond.rows());
        assertEquals(6, first.total());
        assertEquals(6, beyond.total());
    }

    @Test
    void attemptsAtAQuestionComeOldestFirstWithAnswersAndScores() {
        List<Attempt> tries = search.attemptsAtQuestion("d1");

        assertEquals(List.of(c, d), tries.stream().map(Attempt::id).toList());
        assertEquals(repo.find(d).orElseThrow(), tries.get(1));
        assertEquals(List.of(), search.attemptsAtQuestion("nope"));
        assertEquals(2, search.countAtQuestion("d1"));
        assertEquals(0, search.countAtQuestion("nope"));
    }

    @Test
    void attemptsForStatisticsCarryScoresButNoText() {
        List<Attempt> full = search.attempts(AttemptFilter.ALL);
        List<Attempt> light = search.attemptsWithoutText(AttemptFilter.ALL.withBanks(Set.of("hiring")));

        assertEquals(List.of(a, b, c, d, e, f), full.stream().map(Attempt::id).toList());
        assertEquals(repo.find(f).orElseThrow(), full.get(5));
        assertEquals(List.of(e, f), light.stream().map(Attempt::id).toList());
        assertEquals("", light.get(1).answerText());
        assertEquals(repo.find(f).orElseThrow().scores(), light.get(1).scores());
    }

    @Test
    void attemptsWithAnUnknownModeAreLeftOut() {
        SampleAttempts.execute(db, "UPDATE attempts SET mode = 'sung' WHERE id = " + b);

        assertEquals(List.of(f, e, d, c, a), ids(AttemptFilter.ALL));
        assertEquals(5, search.count(AttemptFilter.ALL));
    }

    @Test
    void rejectsImpossibleRangesAndHalfADimensionFilter() {
        assertThrows(IllegalArgumentException.class, () -> ScoreRange.of(4, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new AttemptFilter(Set.of(), "", null, null, null, null, Dimension.COACHING, null, ""));
        assertThrows(IllegalArgumentException.class, () -> AttemptQuery.newestFirst(AttemptFilter.ALL, -1));
    }

    @Test
    void fiveHundredSeededAttemptsFilterQuickly() {
        db.close();
        db = Database.open(dir.resolve("seeded.db"));
        SchemaMigrator.standard().migrate(db);
        search = new AttemptSearch(db);
        List<Attempt> seeded = SeedAttempts.seed(db, 500, 7, Instant.parse("2025-06-01T00:00:00Z"));

        long start = System.nanoTime();
        AttemptPage page = search.search(AttemptQuery.newestFirst(
                AttemptFilter.ALL.withText("director").withOverall(ScoreRange.atLeast(3)), 50)
                .sortedBy(AttemptSort.OVERALL, false));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("AttemptSearch: filter over %d seeded attempts took %d ms%n", seeded.size(), ms);

        long expected = seeded.stream().filter(x -> x.answerText().contains("director") && x.overall() != null
                && x.overall() >= 3).count();
        assertEquals(expected, page.total());
        assertTrue(page.total() > 0, "the seed mentions the director in some answers");
    }

    @Test
    void theCountOfEveryAttemptFollowsEachSaveAndDelete() {
        int before = search.count(AttemptFilter.ALL);
        long first = repo.save(SampleAttempts.full());
        repo.save(SampleAttempts.full());
        assertEquals(before + 2, search.count(AttemptFilter.ALL));
        assertEquals(before + 2, search.count(AttemptFilter.ALL), "asked again with nothing written");

        repo.save(SampleAttempts.full());
        assertEquals(before + 3, search.count(AttemptFilter.ALL), "after a save");
        repo.delete(first);
        assertEquals(before + 2, search.count(AttemptFilter.ALL), "after a delete");
        SampleAttempts.execute(db, "DELETE FROM attempts");
        assertEquals(0, search.count(AttemptFilter.ALL), "after any other write");
    }
}
