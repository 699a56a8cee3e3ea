package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.stories.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder keeps the story told in an answer, and never loses the answer over a story. */
class AttemptStoryTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-05-04T09:00:00Z"));

    @TempDir
    Path dir;

    private Database db;
    private AttemptRecorder recorder;
    private StoryRepository stories;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        recorder = new AttemptRecorder(db, new Sm2Scheduler(Sm2Settings.defaults(), StudyDay.in(ZoneOffset.UTC), CLOCK),
                CLOCK);
        stories = new StoryRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsTheStoryTold() {
        Story s = Story.blank(CLOCK.instant()).withText("Late launch", "", "", "", "", "", "", "", "", List.of(),
                CLOCK.instant());
        stories.save(s);

        long id = recorder.record(SampleAttempts.full(), AttemptRecorder.Placement.PRACTICE, List.of(), null, s.id());

        assertEquals(Optional.of(s.id()), stories.storyOfAttempt(id));
        assertEquals(1, stories.tellings().size());
    }

    @Test
    void aStoryDeletedMeanwhileStillSavesTheAnswer() {
        long id = recorder.record(SampleAttempts.full(), AttemptRecorder.Placement.PRACTICE, List.of(), null, "gone");

        assertEquals(SampleAttempts.full().answerText(), new AttemptRepository(db, CLOCK).find(id).orElseThrow().answerText());
        assertEquals(Optional.empty(), stories.storyOfAttempt(id));
    }

    @Test
    void withoutAStoryNoneIsRecorded() {
        long id = recorder.record(SampleAttempts.full(), AttemptRecorder.Placement.PRACTICE, List.of(), null);

        assertEquals(Optional.empty(), stories.storyOfAttempt(id));
    }
}
