package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.audio.WavFormat;
import org.emdrill.audio.WavWriter;
import org.emdrill.audio.playback.CachedWaveforms;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.Scores;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.AnswerDraftJson;
import org.emdrill.practice.AnswerPhase;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.practice.TimerSettings;
import org.emdrill.settings.Settings;
import org.emdrill.store.recording.RecordingFolder;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.ui.common.AnswerRecording;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.testing.FakeMicrophone;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a crash mid-answer: the draft names the recording, start-up's repair finishes the file, and the
 * resumed answer's scoring card plays it.
 */
class ResumedRecordingTest {

    @TempDir
    Path dir;

    @Test
    void theResumedAnswersScoringShowsTheRecordingTheCrashLeft() throws Exception {
        Path folder = dir.resolve("recordings");
        Path wav = folder.resolve("answer-crash.wav");
        int rate = WavFormat.RECORDING.sampleRate();
        byte[] pcm = new byte[3 * rate * 2];
        for (int i = 0; i < pcm.length / 2; i++) {
            int v = (int) (12_000 * Math.sin(2 * Math.PI * 200 * i / rate));
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        WavWriter w = new WavWriter(wav, WavFormat.RECORDING);
        w.write(pcm, 0, pcm.length);
        w.flush(); // the app dies here: the header still says 0 bytes of audio
        try (RandomAccessFile raf = new RandomAccessFile(wav.toFile(), "r")) {
            raf.seek(40);
            assertEquals(0, Integer.reverseBytes(raf.readInt()), "unfinished, as a crash leaves it");
        }
        Question q = new Question("q", "Tell me.", List.of(), Map.of(Dimension.COACHING, 2), List.of(), List.of(), 120,
                null, List.of());
        QuestionBank bank = new QuestionBank(1, "b", "Bank", "", List.of(q), BankSource.USER, "");
        AnswerDraft draft = new AnswerDraft("b", "Bank", "q", "Tell me.", List.of(), Map.of(Dimension.COACHING, 2), 120,
                AnswerMode.SPOKEN, AnswerPhase.SCORING, Duration.ZERO, Duration.ofSeconds(3), 0, List.of(), List.of(),
                "", "", Scores.none(), Set.of(), Instant.parse("2026-05-04T09:00:00Z"), null, null, 1)
                .withRecording("answer-crash.wav");
        AnswerDraft read = AnswerDraftJson.fromFile(AnswerDraftJson.toFile(draft)).orElseThrow();

        assertEquals(1, RecordingStore.repairUnfinished(new RecordingFolder(folder)), "start-up finishes the file");

        FakePlayback playback = new FakePlayback();
        var audio = FakeMicrophone.audio(folder, FakeMicrophone::new, new java.util.ArrayList<>(),
                new Listening(() -> playback, new CachedWaveforms()));
        AppState state = new AppState(new BankLibrary(List.of(bank), List.of(), List.of()), new Rubric(Map.of()),
                Settings.defaults());
        FakeClock clock = new FakeClock(Instant.parse("2026-05-04T10:00:00Z"));
        ShownAnswer shown = new ShownAnswer(state, () -> false, () -> { }, audio, BackgroundRunner.sameThread(), clock);
        TimerSettings timing = TimerSettings.of(Duration.ZERO, Duration.ofSeconds(120));
        QuestionAnswer resumed = QuestionAnswer.restore(read, read.rebuild(List.of(bank)), timing, 0, timing,
                new FakeTicker(), clock);

        shown.show(resumed);

        AnswerRecording r = shown.scoreCardProperty().get().recordingProperty().get();
        assertNotNull(r, "the scoring card plays what was said before the crash");
        assertEquals(wav, playback.loaded);
        assertEquals(3.0, r.player().duration(), 0.01);
        assertNotNull(r.figures());
        assertEquals(120, r.targetSeconds());
    }
}
