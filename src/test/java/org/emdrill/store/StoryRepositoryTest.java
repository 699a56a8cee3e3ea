package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.stories.Story;
import org.emdrill.stories.StoryUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private StoryRepository stories;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        stories = new StoryRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Story deadlineStory() {
        return Story.blank(T0).withText("Missed launch date", "Launch slipped two weeks", "Re-plan", "Cut scope",
                        "Shipped 80% on time", "Tell the customer earlier", "2023", "EM of 6", "2 weeks, 80%",
                        List.of("deadline", "scope, cuts"), T0)
                .withLinks(Set.of(Dimension.EXECUTION, Dimension.LEADERSHIP), Set.of("delivery-missed-deadline"),
                        Set.of("delivery"), T0);
    }

    @Test
    void savesEveryFieldAndLinkAndReadsThemBack() {
        Story s = deadlineStory();

        assertTrue(stories.save(s));

        assertEquals(Optional.of(s), stories.find(s.id()));
        assertEquals(List.of(s), stories.all());
        assertEquals(List.of("deadline", "scope, cuts"), stories.find(s.id()).orElseThrow().tags(),
                "a comma inside a tag stays inside it");
    }

    @Test
    void savingAgainReplacesTextAndLinks() {
        Story s = deadlineStory();
        stories.save(s);
        Story edited = s.withLinks(Set.of(Dimension.COACHING), Set.of(), Set.of("coaching"), T0.plusSeconds(60));

        stories.save(edited);

        Story read = stories.find(s.id()).orElseThrow();
        assertEquals(Set.of(Dimension.COACHING), read.dimensions());
        assertEquals(Set.of(), read.questionIds());
        assertEquals(Set.of("coaching"), read.bankIds());
        assertEquals(1, stories.all().size());
    }

    @Test
    void anEmptyStoryIsNotSavedAndClearingEveryFieldRemovesIt() {
        Story blank = Story.blank(T0);
        assertFalse(stories.save(blank));
        assertEquals(List.of(), stories.all());

        Story s = deadlineStory();
        stories.save(s);
        Story cleared = new Story(s.id(), "", "", "", "", "", "", "", "", "", List.of(), Set.of(), Set.of(), Set.of(),
                s.createdAt(), T0.plusSeconds(5));
        assertFalse(stories.save(cleared));
        assertEquals(List.of(), stories.all());
    }

    @Test
    void deleteUnlinksAttemptsAndRestoreBringsStoryAndLinksBack() {
        Story s = deadlineStory();
        stories.save(s);
        long attempt = new AttemptRepository(db, new TestClock()).save(SampleAttempts.full());
        stories.setStoryOfAttempt(attempt, s.id());

        StoryRepository.DeletedStory deleted = stories.delete(s.id()).orElseThrow();

        assertEquals(List.of(), stories.all());
        assertEquals(Optional.empty(), stories.storyOfAttempt(attempt));
        assertEquals(1, new AttemptRepository(db, new TestClock()).count(), "the attempt itself stays");

        stories.restore(deleted);

        assertEquals(Optional.of(s), stories.find(s.id()));
        assertEquals(Optional.of(s.id()), stories.storyOfAttempt(attempt));
    }

    @Test
    void tellingsAreTheAttemptsThatToldAStoryWithTheirScores() {
        Story s = deadlineStory();
        stories.save(s);
        AttemptRepository attempts = new AttemptRepository(db, new TestClock());
        long a1 = attempts.save(scored(new Scores(Map.of(Dimension.EXECUTION, 4))));
        long a2 = attempts.save(scored(new Scores(Map.of(Dimension.EXECUTION, 2, Dimension.COACHING, 3))));
        attempts.save(SampleAttempts.full());
        stories.setStoryOfAttempt(a1, s.id());
        stories.setStoryOfAttempt(a2, s.id());

        List<StoryUsage.Telling> rows = stories.tellings();

        assertEquals(List.of(new StoryUsage.Telling(s.id(), "underperformers", Map.of(Dimension.EXECUTION, 4)),
                new StoryUsage.Telling(s.id(), "underperformers", Map.of(Dimension.EXECUTION, 2, Dimension.COACHING, 3))),
                rows);
    }

    private static org.emdrill.domain.Attempt scored(Scores scores) {
        org.emdrill.domain.Attempt a = SampleAttempts.full();
        return new org.emdrill.domain.Attempt(0, a.bankId(), a.bankTitle(), a.questionId(), a.prompt(), a.mode(),
                a.prepDuration(), a.answerDuration(), a.targetSeconds(), a.answerText(), a.notes(), scores, a.star(),
                3.0, a.startedAt(), a.finishedAt());
    }

    @Test
    void mergeTakesNewStoriesAndLaterEditsOnly() {
        Story s = deadlineStory();
        stories.save(s);
        Story older = s.withLinks(Set.of(), Set.of(), Set.of(), T0.minusSeconds(60));
        Story other = Story.blank(T0).withText("Hiring my first senior", "", "", "", "", "", "", "", "", List.of(), T0);

        assertEquals(1, stories.mergeLaterEdits(List.of(older, other)));
        assertEquals(Set.of(Dimension.EXECUTION, Dimension.LEADERSHIP), stories.find(s.id()).orElseThrow().dimensions(),
                "an older copy does not overwrite a later edit");

        assertEquals(0, stories.mergeLaterEdits(List.of(older, other)), "the same file again adds nothing");
        assertEquals(2, stories.all().size());
    }
}
