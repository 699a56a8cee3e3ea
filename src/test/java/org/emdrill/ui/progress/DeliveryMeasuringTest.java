package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.emdrill.audio.WavFormat;
import org.emdrill.audio.WavWriter;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.store.DeliveryTrendQueries;
import org.emdrill.store.recording.PendingFigures;
import org.emdrill.store.recording.PendingFigures.Outcome;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rounds that measure recordings without figures: they go on while there is something to measure,
 * hand new figures to the Delivery card's model, and stop by themselves when nothing is left or a file
 * cannot be read; the card's trend then holds every recording.
 */
class DeliveryMeasuringTest {

    @TempDir
    Path dataDir;
    private ProgressFixture fixture;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Rounds that answer from a script, counting what they were asked. */
    private static final class Scripted implements DeliveryMeasuring.Round {
        final Deque<Outcome> script = new ArrayDeque<>();
        final List<Integer> asked = new ArrayList<>();

        Scripted(Outcome... outcomes) {
            script.addAll(List.of(outcomes));
        }

        @Override
        public Outcome measure(int max) {
            asked.add(max);
            return script.isEmpty() ? new Outcome(0, 0, false) : script.pop();
        }
    }

    @Test
    void aRoundWithNewFiguresHandsOverAndOneWithNothingEndsIt() {
        Scripted rounds = new Scripted(new Outcome(3, 0, true));
        DeliveryMeasuring m = new DeliveryMeasuring(BackgroundRunner.sameThread(), rounds, 3);
        int[] told = {0};
        m.onNewFigures(() -> told[0]++);

        m.nudge();
        assertEquals(1, told[0], "the card hears of the new figures (and reads its trend, which nudges again)");
        assertEquals(List.of(3), rounds.asked, "one round of at most three until nudged again");

        m.nudge();
        assertEquals(1, told[0], "a round that found nothing tells nobody");
        assertEquals(List.of(3, 3), rounds.asked);
    }

    @Test
    void roundsThatOnlyMetUnreadableFilesGoStraightOnUntilTheyEnd() {
        Scripted rounds = new Scripted(new Outcome(0, 3, true), new Outcome(0, 3, true), new Outcome(0, 1, false));
        DeliveryMeasuring m = new DeliveryMeasuring(BackgroundRunner.sameThread(), rounds, 3);
        int[] told = {0};
        m.onNewFigures(() -> told[0]++);

        m.nudge();

        assertEquals(3, rounds.asked.size(), "on past the unreadable ones, and no further than the last");
        assertEquals(0, told[0]);
    }

    @Test
    void aFailedRoundEndsTheRoundsWithoutRetrying() {
        List<Integer> asked = new ArrayList<>();
        DeliveryMeasuring m = new DeliveryMeasuring(BackgroundRunner.sameThread(), max -> {
            asked.add(max);
            throw new IOException("disk gone");
        }, 3);

        m.nudge();

        assertEquals(1, asked.size());
    }

    @Test
    void theCardsTrendComesToHoldEveryRecordingThatHadNoFigures() throws Exception {
        fixture = new ProgressFixture(dataDir);
        RecordingStore recordings = RecordingStore.besideDatabase(fixture.database, fixture.clock);
        for (int i = 0; i < 5; i++) {
            Instant end = ProgressFixture.NOW.minus(Duration.ofDays(i + 1));
            long id = fixture.attempts.save(new Attempt(0, "b", "Bank", "q" + i, "Prompt", AnswerMode.SPOKEN,
                    Duration.ZERO, Duration.ofSeconds(7), 120, "", "", Scores.none(), Set.of(), null,
                    end.minusSeconds(10), end));
            String file = "imported/attempt-" + id + ".wav";
            if (i != 2) { // one recording's file is gone
                speech(recordings.folder().path().resolve(file));
            }
            recordings.attach(new Recording(id, file, 0, null));
        }
        DeliveryMeasuring measuring = new DeliveryMeasuring(BackgroundRunner.sameThread(),
                PendingFigures.besideDatabase(fixture.database, fixture.clock)::measureSome, 2);
        DeliveryTrendModel model = new DeliveryTrendModel(fixture.state, BackgroundRunner.sameThread(),
                new DeliveryTrendQueries(fixture.database), fixture.clock, ProgressFixture.ZONE, measuring);

        model.refresh();

        assertEquals(4, model.trendProperty().get().answers(), "every readable recording is in the trend");
        double firstWord = model.trendProperty().get().weeks().get(model.trendProperty().get().weeks().size() - 1)
                .firstWordSeconds();
        assertEquals(1.0, firstWord, 0.05, "measured from the files: a second of room noise before the first word");
        assertEquals(new Outcome(0, 0, false), PendingFigures.besideDatabase(fixture.database, fixture.clock)
                .measureSome(10), "nothing is left to measure, the missing file included");
    }

    /** 1 s of room noise, 1.5 s of "speech", a 2.5 s pause, 1.5 s of "speech", 0.5 s of room noise, at 16 kHz. */
    static void speech(Path wav) throws IOException {
        Files.createDirectories(wav.getParent());
        int rate = WavFormat.RECORDING.sampleRate();
        double[] parts = {1.0, 1.5, 2.5, 1.5, 0.5};
        try (WavWriter w = new WavWriter(wav, WavFormat.RECORDING)) {
            for (int p = 0; p < parts.length; p++) {
                int n = (int) Math.round(parts[p] * rate);
                byte[] pcm = new byte[n * 2];
                for (int i = 0; i < n; i++) {
                    double v = p % 2 == 1
                            ? 0.4 * Math.sin(2 * Math.PI * 440 * i / rate) * (0.6 + 0.4 * Math.sin(Math.PI * 4 * i / rate))
                            : 0.001 * Math.sin(i * 12.9898);
                    short s = (short) Math.round(v * Short.MAX_VALUE);
                    pcm[2 * i] = (byte) s;
                    pcm[2 * i + 1] = (byte) (s >> 8);
                }
                w.write(pcm, 0, pcm.length);
            }
        }
    }
}
