package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.DeliveryTrendQueries;
import org.emdrill.store.SchemaMigrator;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryTrendTest {

    /** Wednesday 3 June 2026, noon in Berlin. */
    private static final Instant NOW = Instant.parse("2026-06-03T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final InstantSource CLOCK = InstantSource.fixed(NOW);

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository attempts;
    private RecordingStore recordings;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        attempts = new AttemptRepository(db, CLOCK);
        recordings = RecordingStore.besideDatabase(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long spoken(String finished) {
        Instant end = Instant.parse(finished);
        return attempts.save(new Attempt(0, "b", "Bank", "q", "Prompt", AnswerMode.SPOKEN, Duration.ZERO,
                Duration.ofSeconds(90), 120, "", "", Scores.none(), Set.of(), null, end.minusSeconds(90), end));
    }

    private void recorded(String finished, double syllables, int longPauses, double firstWord, double talk) {
        long id = spoken(finished);
        recordings.attach(new Recording(id, "a-" + id + ".wav", 90,
                new DeliveryFigures(90, talk, firstWord, longPauses, 2.5, syllables, List.of())));
    }

    private DeliveryTrend trend() {
        return DeliveryTrend.load(new DeliveryTrendQueries(db), BERLIN, NOW);
    }

    @Test
    void meansEachWeeksAnalysedRecordingsOldestFirst() {
        recorded("2026-05-25T08:00:00Z", 3.0, 2, 1.0, 60); // Monday 25 May
        recorded("2026-05-31T20:00:00Z", 4.0, 0, 2.0, 70); // Sunday 31 May, 22:00 in Berlin: same week
        recorded("2026-05-31T22:30:00Z", 5.0, 3, 0.5, 80); // 00:30 on Monday 1 June in Berlin: the next week

        DeliveryTrend t = trend();

        assertEquals(3, t.answers());
        assertEquals(2, t.weeks().size());
        DeliveryTrend.Week first = t.weeks().get(0);
        assertEquals(LocalDate.of(2026, 5, 25), first.monday());
        assertEquals(2, first.answers());
        assertEquals(3.5, first.syllablesPerSecond(), 1e-9);
        assertEquals(1.0, first.pausesOver2s(), 1e-9);
        assertEquals(1.5, first.firstWordSeconds(), 1e-3);
        assertEquals(140, first.wordsPerMinute());
        assertEquals(SpeakingRate.Verdict.IN_BAND, first.verdict());
        DeliveryTrend.Week second = t.weeks().get(1);
        assertEquals(LocalDate.of(2026, 6, 1), second.monday());
        assertEquals(200, second.wordsPerMinute());
        assertEquals(SpeakingRate.Verdict.FAST, second.verdict());
    }

    @Test
    void leavesOutTypedUnanalysedSilentAndOldRecordings() {
        long unanalysed = spoken("2026-06-01T08:00:00Z");
        recordings.attach(new Recording(unanalysed, "raw.wav", 90, null));
        recorded("2026-06-01T09:00:00Z", 3.2, 1, 1.0, 0); // muted microphone: no speech at all
        recorded("2025-06-01T09:00:00Z", 3.2, 1, 1.0, 50); // a year ago, before the weeks shown
        spoken("2026-06-01T10:00:00Z"); // spoken, never recorded

        assertTrue(trend().isEmpty());
    }

    @Test
    void theBandIsThreeToFourSyllablesASecond() {
        assertEquals(3.0, DeliveryTrend.BAND_LOW_SYLLABLES, 1e-9);
        assertEquals(4.0, DeliveryTrend.BAND_HIGH_SYLLABLES, 1e-9);
        assertEquals(120, SpeakingRate.wordsPerMinute(DeliveryTrend.BAND_LOW_SYLLABLES));
        assertEquals(160, SpeakingRate.wordsPerMinute(DeliveryTrend.BAND_HIGH_SYLLABLES));
    }

    @Test
    void aDeletedAttemptTakesItsFiguresOutOfTheTrend() {
        recorded("2026-06-01T09:00:00Z", 3.2, 1, 1.0, 50);
        db.withConnection(c -> {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("DELETE FROM attempts");
            }
            return null;
        });
        assertTrue(trend().isEmpty());
    }
}
