package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.stories.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History's "Story" filter: only the attempts that told the story, combined with the other parts. */
class StoryFilterTest {

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository attempts;
    private StoryRepository stories;
    private AttemptSearch search;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        attempts = new AttemptRepository(db, new TestClock());
        stories = new StoryRepository(db);
        search = new AttemptSearch(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long save(String bank, AnswerMode mode, String finished) {
        Instant end = Instant.parse(finished);
        return attempts.save(new Attempt(0, bank, bank, bank + "-q", "Tell me.", mode, Duration.ZERO,
                Duration.ofSeconds(90), 120, "answer", "", new Scores(Map.of()), EnumSet.noneOf(StarElement.class),
                null, end.minusSeconds(90), end));
    }

    private Story story(String title) {
        Story s = Story.blank(Instant.parse("2024-01-01T00:00:00Z")).withText(title, "", "", "", "", "", "", "", "",
                List.of(), Instant.parse("2024-01-01T00:00:00Z"));
        stories.save(s);
        return s;
    }

    private List<Long> ids(AttemptFilter filter) {
        return search.search(AttemptQuery.newestFirst(filter, 100)).rows().stream().map(AttemptSummary::id).toList();
    }

    @Test
    void showsOnlyTheAttemptsThatToldTheStoryAndCombinesWithTheOtherFilters() {
        Story outage = story("The outage I owned");
        Story hire = story("The hire that did not work out");
        long typed = save("incidents", AnswerMode.TYPED, "2024-02-01T10:00:00Z");
        long spoken = save("incidents", AnswerMode.SPOKEN, "2024-02-02T10:00:00Z");
        long other = save("hiring", AnswerMode.TYPED, "2024-02-03T10:00:00Z");
        long none = save("hiring", AnswerMode.TYPED, "2024-02-04T10:00:00Z");
        stories.setStoryOfAttempt(typed, outage.id());
        stories.setStoryOfAttempt(spoken, outage.id());
        stories.setStoryOfAttempt(other, hire.id());

        assertEquals(List.of(spoken, typed), ids(AttemptFilter.ALL.withStory(outage.id())));
        assertEquals(List.of(typed), ids(AttemptFilter.ALL.withStory(outage.id()).withMode(AnswerMode.TYPED)));
        assertEquals(2, search.count(AttemptFilter.ALL.withStory(outage.id())));
        assertEquals(List.of(none, other, spoken, typed), ids(AttemptFilter.ALL.withStory(null)), "null is any story");
        assertEquals(List.of(), ids(AttemptFilter.ALL.withStory("no-such-story")));
    }
}
