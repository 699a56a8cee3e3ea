package org.emdrill.practice.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleReplayTest {

    private static final StudyDay DAY = StudyDay.in(ZoneOffset.UTC);
    private static final ScheduleReplay REPLAY = new ScheduleReplay(Sm2Settings.defaults(), DAY);
    private static final Instant T1 = Instant.parse("2025-03-10T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-11T10:00:00Z");
    private static final Instant T3 = Instant.parse("2025-03-15T09:00:00Z");

    @Test
    void replaysScoredAnswersOldestFirstAsTheSchedulerWouldHaveAnsweredThem() {
        List<ScheduleReplay.Answer> shuffled = List.of(new ScheduleReplay.Answer(T3, 4.5),
                new ScheduleReplay.Answer(T1, 3.0), new ScheduleReplay.Answer(T2, 3.5));

        ReviewState replayed = REPLAY.replay("q", "bank", shuffled).orElseThrow();

        ReviewState expected = at(T1).newQuestion("q", "bank");
        expected = at(T1).answer(expected, Grade.GOOD);
        expected = at(T2).answer(expected, Grade.GOOD);
        expected = at(T3).answer(expected, Grade.EASY);
        assertEquals(expected, replayed);
        // Graduated at 4 days on the 11th, then Easy on time: round(4 × 2.5 × 1.3) = 13 days, ease + 0.15.
        assertEquals(CardPhase.REVIEW, replayed.phase());
        assertEquals(13, replayed.intervalDays());
        assertEquals(2.65, replayed.ease(), 1e-9);
        assertEquals(T3, replayed.lastReviewedAt());
    }

    @Test
    void unscoredAnswersDoNotCountAndNoScoredAnswerMeansANewQuestion() {
        assertEquals(Optional.empty(), REPLAY.replay("q", "bank", List.of(new ScheduleReplay.Answer(T1, null))));
        assertEquals(Optional.empty(), REPLAY.replay("q", "bank", List.of()));

        ReviewState one = REPLAY.replay("q", "bank", List.of(new ScheduleReplay.Answer(T1, null),
                new ScheduleReplay.Answer(T2, 1.0))).orElseThrow();
        assertEquals(CardPhase.LEARNING, one.phase());
        assertEquals(1, one.repetitions());
        assertEquals(T2.plusSeconds(600), one.dueAt(), "Again: the first 10-minute step");
    }

    private static Sm2Scheduler at(Instant now) {
        return new Sm2Scheduler(Sm2Settings.defaults(), DAY, InstantSource.fixed(now));
    }
}
