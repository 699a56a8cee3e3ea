package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.emdrill.audio.Recorder;
import org.emdrill.audio.WavFormat;
import org.emdrill.audio.playback.CachedWaveforms;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.Scores;
import org.emdrill.practice.FakeClock;
import org.emdrill.ui.testing.FakeMicrophone;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recording lifecycle both answering screens share, with synthesised microphones and a clock that
 * stands still: what is kept, what a pause leaves out, what a failure leaves behind.
 */
class AnswerCaptureTest {

    private static final String LOST = "The microphone stopped sending sound (was it unplugged?).";

    @TempDir
    Path dir;

    private final List<FakeMicrophone> made = new CopyOnWriteArrayList<>();
    private FakeMicrophone next = new FakeMicrophone();
    private final FakePlayback playback = new FakePlayback();

    private AnswerCapture capture() {
        SpokenAudio audio = FakeMicrophone.audio(dir.resolve("recordings"), () -> next, made,
                new Listening(() -> playback, new CachedWaveforms()));
        return new AnswerCapture(audio, BackgroundRunner.sameThread(), new FakeClock(Instant.parse("2026-05-04T09:00:00Z")));
    }

    private Path file(String name) {
        return dir.resolve("recordings").resolve(name);
    }

    private static double seconds(Path wav) throws IOException {
        return (Files.size(wav) - 44) / (double) WavFormat.RECORDING.bytesPerSecond();
    }

    /** Waits for the capture thread (not a timing test: the condition decides, the limit only stops a hang). */
    private static void await(AnswerCapture c, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            c.poll();
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the recorder did not get there");
    }

    @Test
    void recordsWhileTheAnswerIsSpokenAndKeepsTheFileWhenItStops() throws Exception {
        AnswerCapture c = capture();
        Object answer = new Object();
        next.feed(FakeMicrophone.tone(1.0, 440, 0.5));

        String name = c.follow(answer, true, false, null);
        assertNotNull(name, "the draft gets the file's name at once");
        assertTrue(name.matches("answer-20260504-090000-[0-9a-f]{8}\\.wav"), name);
        await(c, () -> c.secondsProperty().get() >= 1.0);
        assertEquals(Recorder.State.RECORDING, c.stateProperty().get());
        assertTrue(c.levelProperty().get() > 0.5, "a loud tone fills the meter: " + c.levelProperty().get());

        assertEquals(name, c.follow(answer, false, false, null), "the answer is over");
        assertNull(c.stateProperty().get(), "nothing is recorded any more");
        assertEquals(1.0, seconds(file(name)), 0.001);
        assertTrue(made.get(0).closed, "the microphone is released");
        assertNull(c.follow(answer, true, false, null), "the same answer is not recorded a second time");
        assertEquals(1, made.size());
    }

    @Test
    void audioHeardWhilePausedIsLeftOut() throws Exception {
        AnswerCapture c = capture();
        Object answer = new Object();
        next.feed(FakeMicrophone.tone(0.5, 440, 0.5));
        String name = c.follow(answer, true, false, null);
        await(c, () -> c.secondsProperty().get() >= 0.5);

        c.follow(answer, true, true, null);
        next.feed(FakeMicrophone.tone(0.7, 220, 0.5));
        await(c, () -> next.unread() == 0 && c.stateProperty().get() == Recorder.State.PAUSED);
        Thread.sleep(50); // the last chunk taken is measured, not kept
        c.poll();
        assertEquals(0.5, c.secondsProperty().get(), 0.001, "the pause kept nothing");

        c.follow(answer, true, false, null);
        next.feed(FakeMicrophone.tone(0.3, 440, 0.5));
        await(c, () -> c.secondsProperty().get() >= 0.8);
        c.follow(answer, false, false, null);
        assertEquals(0.8, seconds(file(name)), 0.001);
    }

    @Test
    void aMicrophoneLostMidAnswerLeavesWhatWasRecordedAndSaysWhy() throws Exception {
        AnswerCapture c = capture();
        Object answer = new Object();
        next.feed(FakeMicrophone.tone(0.6, 440, 0.5));
        String name = c.follow(answer, true, false, null);
        await(c, () -> c.secondsProperty().get() >= 0.6);

        next.unplug(LOST);
        await(c, () -> c.stateProperty().get() == Recorder.State.FAILED);
        assertEquals(LOST, c.messageProperty().get());
        assertEquals(0, c.levelProperty().get());
        assertNotNull(c.follow(answer, true, false, null), "the answer goes on, timed only");
        assertEquals(1, made.size(), "and is not recorded again in pieces");

        c.follow(answer, false, false, null);
        assertEquals(0.6, seconds(file(name)), 0.001, "what was said before is kept, with a correct header");
        assertEquals(LOST, c.messageProperty().get(), "the reason stays on screen");
    }

    @Test
    void noMicrophoneMeansATimedAnswerWithAMessageAndNoFile() throws Exception {
        AnswerCapture c = capture();
        next.refusingToOpen("No microphone was found on this computer. The answer is timed only.");
        Object answer = new Object();
        String name = c.follow(answer, true, false, null);
        await(c, () -> c.stateProperty().get() == Recorder.State.FAILED);
        assertTrue(c.messageProperty().get().startsWith("No microphone was found"));

        c.follow(answer, false, false, null);
        assertFalse(Files.exists(file(name)), "nothing was recorded, so there is no file");
    }

    @Test
    void fiveSilentSecondsAskToCheckTheInput() throws Exception {
        AnswerCapture c = capture();
        next.feed(FakeMicrophone.silence(4.0));
        c.follow(new Object(), true, false, null);
        await(c, () -> c.secondsProperty().get() >= 4.0);
        assertFalse(c.heardNothingProperty().get(), "not yet after four seconds");
        next.feed(FakeMicrophone.silence(1.2));
        await(c, () -> c.secondsProperty().get() >= 5.2);
        assertTrue(c.heardNothingProperty().get());
        assertTrue(AnswerCapture.HEARD_NOTHING.contains("Settings \u2192 Microphone"));
    }

    @Test
    void aResumedAnswerContinuesItsRecording() throws Exception {
        AnswerCapture first = capture();
        next.feed(FakeMicrophone.tone(0.5, 440, 0.5));
        Object answer = new Object();
        String name = first.follow(answer, true, false, null);
        await(first, () -> first.secondsProperty().get() >= 0.5);
        first.follow(answer, false, false, null);

        next = new FakeMicrophone().feed(FakeMicrophone.tone(0.3, 220, 0.5));
        AnswerCapture resumed = capture();
        Object again = new Object();
        assertEquals(name, resumed.follow(again, true, false, name), "the draft keeps naming one file");
        await(resumed, () -> resumed.secondsProperty().get() >= 0.3);
        resumed.follow(again, false, false, name);

        assertEquals(0.8, seconds(file(name)), 0.001, "both parts in one recording");
        try (var files = Files.list(dir.resolve("recordings"))) {
            assertEquals(List.of(name), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wav")).toList());
        }
    }

    @Test
    void aDiscardedAnswersRecordingGoesToTheTrashAndAnUndoBringsItBack() throws Exception {
        AnswerCapture c = capture();
        next.feed(FakeMicrophone.tone(0.4, 440, 0.5));
        Object answer = new Object();
        String name = c.follow(answer, true, false, null);
        await(c, () -> c.secondsProperty().get() >= 0.4);

        c.discard(name);
        assertNull(c.stateProperty().get(), "discarding stops the recording");
        assertFalse(Files.exists(file(name)));
        assertTrue(Files.exists(dir.resolve("recordings/.deleted/0-" + name)), "kept aside for an undo");

        c.restore(name);
        assertEquals(0.4, seconds(file(name)), 0.001);
    }

    @Test
    void theScoringCardShowsThePlayerThenTheDeliveryFigures() throws Exception {
        AnswerCapture c = capture();
        next.feed(FakeMicrophone.concat(FakeMicrophone.silence(0.5), FakeMicrophone.tone(1.5, 200, 0.4),
                FakeMicrophone.silence(2.5), FakeMicrophone.tone(1.5, 200, 0.4)));
        Object answer = new Object();
        String name = c.follow(answer, true, false, null);
        await(c, () -> c.secondsProperty().get() >= 6.0);
        c.follow(answer, false, false, null);

        Question q = new Question("q", "Tell me.", List.of(), Map.of(Dimension.COACHING, 2), List.of(), List.of(), 120,
                null, List.of());
        ScoreCard card = new ScoreCard(0, q, "", Scores.none(), Set.of(), "", new Rubric(Map.of()));
        c.show(card, name, 120);

        AnswerRecording shown = card.recordingProperty().get();
        assertNotNull(shown, "the scoring card has the recording");
        assertEquals(file(name), playback.loaded);
        assertEquals(6.0, shown.player().duration(), 0.01);
        assertNotNull(shown.figures(), "measured in the background, then shown");
        assertEquals(0.5, shown.figures().firstWordSeconds(), 0.1);
        assertEquals(1, shown.figures().pausesOver2s());
        assertEquals(120, shown.targetSeconds());

        c.closePlayers();
        assertTrue(playback.closed, "the next answer has its own player");
        c.show(card, null, 120);
        assertEquals(Optional.of(shown), Optional.ofNullable(card.recordingProperty().get()), "no recording named: unchanged");
    }
}
