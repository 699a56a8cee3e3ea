package org.emdrill.ui.mockinterview;

import static org.emdrill.ui.mockinterview.InterviewFixture.fx;
import static org.emdrill.ui.mockinterview.InterviewFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.emdrill.audio.WavFormat;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.mockinterview.InterviewStep;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingFolder;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.ui.common.AnswerCapture;
import org.emdrill.ui.common.AnswerRecording;
import org.emdrill.ui.common.ScoreCard;
import org.emdrill.ui.testing.FakeMicrophone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The app dies in the middle of a spoken mock-interview answer. The next start repairs the WAV the crash
 * left, the resumed answer records on into a second part that is joined to the first when it stops, and
 * the scoring card and the saved attempt both have the one recording holding what was said before and
 * after the crash.
 */
class ResumedInterviewRecordingTest {

    private static final int HEADER = 44;

    @TempDir
    Path dir;
    private InterviewFixture f;
    private MockInterviewViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (vm != null) {
            onFx(vm::stopTicking);
        }
        if (f != null) {
            f.close();
        }
    }

    private void open() throws Exception {
        f = new InterviewFixture(dir, InterviewFixture.small(), true);
        vm = fx(f::viewModel);
    }

    private void advance(int seconds) throws Exception {
        onFx(() -> {
            f.ticker.advance(Duration.ofSeconds(seconds));
            f.clock.advance(Duration.ofSeconds(seconds));
            vm.tick();
        });
    }

    /** Waits for the capture thread to have recorded {@code seconds} (the condition decides; the limit stops a hang). */
    private void recorded(double seconds) throws Exception {
        AnswerCapture c = vm.readout().recording();
        long end = System.nanoTime() + 10_000_000_000L;
        while (fx(() -> {
            c.poll();
            return c.secondsProperty().get();
        }) < seconds - 1e-9) {
            if (System.nanoTime() > end) {
                throw new AssertionError("recorded only " + c.secondsProperty().get() + " s");
            }
            Thread.sleep(5);
        }
    }

    /**
     * Runs a spoken interview into its first answer, records one second, and "crashes": the clock stops,
     * and the WAV is left as a killed app leaves it, its header still saying no audio.
     *
     * @return the recording's name from the snapshot, and the PCM of the first part as it lies in the file
     */
    private Crashed crashMidAnswer() throws Exception {
        onFx(() -> {
            InterviewSetup s = vm.setup();
            s.questionCountProperty().set(2);
            s.selectionProperty().set(QuestionSelection.BALANCED);
            s.followUpsProperty().set(1);
            s.scoringProperty().set(ScoringTiming.AFTER_EACH);
            s.modeProperty().set(AnswerMode.SPOKEN);
            s.prepSecondsProperty().set(10);
        });
        f.microphone = () -> new FakeMicrophone().feed(FakeMicrophone.tone(1.0, 200, 0.4));
        onFx(vm::start);
        advance(11);
        recorded(1.0);
        advance(6); // past the periodic snapshot, as a real answer runs on
        String name = f.drafts.load().orElseThrow().items().get(0).answer().recordingFile();
        assertNotNull(name, "the snapshot names the recording while the answer runs");
        onFx(vm::stopTicking);
        onFx(() -> vm.readout().recording().stop()); // the file's audio is all on disk; now break its header
        Path wav = dir.resolve("recordings").resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(wav.toFile(), "rw")) {
            raf.seek(4);
            raf.writeInt(Integer.reverseBytes(36));
            raf.seek(40);
            raf.writeInt(0);
        }
        byte[] all = Files.readAllBytes(wav);
        f.close();
        f = null;
        vm = null;
        return new Crashed(name, Arrays.copyOfRange(all, HEADER, all.length));
    }

    private record Crashed(String name, byte[] firstPart) {
    }

    @Test
    void theResumedAnswerRecordsOnIntoTheSameRecordingAndItsScoringPlaysBothParts() throws Exception {
        open();
        Crashed crashed = crashMidAnswer();
        String name = crashed.name();
        byte[] firstPart = crashed.firstPart();
        int bytesPerSecond = WavFormat.RECORDING.bytesPerSecond();
        assertEquals(bytesPerSecond, firstPart.length, "one second was on disk when the app died");

        assertEquals(1, RecordingStore.repairUnfinished(new RecordingFolder(dir.resolve("recordings"))),
                "start-up finishes the file the crash left");

        open();
        MockInterviewSnapshot offered = vm.pendingResumeProperty().get();
        assertNotNull(offered, "the interview is offered again");
        assertEquals(name, offered.items().get(0).answer().recordingFile());
        assertEquals(InterviewStep.ANSWER, offered.step(), "it stopped in the first answer");
        f.microphone = FakeMicrophone::new; // fed once the user presses Resume
        onFx(vm::resume);
        onFx(vm::togglePause); // Resume (Ctrl+P)
        assertEquals(1, f.microphones.size());
        f.microphones.get(0).feed(FakeMicrophone.tone(0.8, 300, 0.4));
        recorded(0.8);
        assertEquals(name, f.drafts.load().orElseThrow().items().get(0).answer().recordingFile(),
                "the snapshot still names the first part, which the second is joined to");

        onFx(vm::next); // the follow-up, in the same recording
        f.microphones.get(0).feed(FakeMicrophone.tone(0.4, 300, 0.4));
        recorded(1.2);
        advance(20);
        onFx(vm::next);

        assertEquals(InterviewPage.SCORING, vm.stageProperty().get());
        ScoreCard card = vm.currentCardProperty().get();
        AnswerRecording shown = card.recordingProperty().get();
        assertNotNull(shown, "the scoring card plays the resumed answer's recording");
        assertEquals(2.2, shown.player().duration(), 0.05, "before the crash (1 s) and after it (1.2 s)");
        assertNotNull(shown.figures(), "its delivery figures are measured");

        Path wav = dir.resolve("recordings").resolve(name);
        AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
        assertEquals(WavFormat.RECORDING.sampleRate(), format.getFormat().getSampleRate(), 0.1);
        assertEquals(2.2, format.getFrameLength() / format.getFormat().getFrameRate(), 0.05,
                "a valid WAV whose header covers both parts");
        byte[] joined = Files.readAllBytes(wav);
        assertArrayEquals(firstPart, Arrays.copyOfRange(joined, HEADER, HEADER + firstPart.length),
                "the first part comes first, unchanged");
        assertEquals(List.of(name), wavsIn(dir.resolve("recordings")), "the second part's own file is gone");

        onFx(() -> {
            card.scoreTargeted(3);
            vm.submitScore();
        });
        var session = f.sessions.listNewestFirst(1, 0).get(0);
        long attemptId = f.sessions.find(session.id()).orElseThrow().attempts().get(0).attempt().id();
        Recording stored = RecordingStore.besideDatabase(f.database, f.clock).find(attemptId).orElseThrow();
        assertEquals(name, stored.file(), "the attempt keeps the one recording");
        assertEquals(2.2, stored.durationSeconds(), 0.05);
        assertTrue(stored.figuresIfAnalysed().isPresent(), "measured on save, so Progress shows it");
    }

    private static List<String> wavsIn(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".wav")).map(p -> folder.relativize(p).toString()).toList();
        }
    }
}
