package org.emdrill.ui.mockinterview;

import static org.emdrill.ui.mockinterview.InterviewFixture.fx;
import static org.emdrill.ui.mockinterview.InterviewFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.emdrill.audio.Recorder;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.ui.common.AnswerCapture;
import org.emdrill.ui.common.AnswerRecording;
import org.emdrill.ui.common.ScoreCard;
import org.emdrill.ui.testing.FakeMicrophone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A spoken mock interview: each question recorded from its answer through its follow-ups, kept with its attempt. */
class SpokenInterviewTest {

    @TempDir
    Path dir;
    private InterviewFixture f;
    private MockInterviewViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        f = new InterviewFixture(dir, InterviewFixture.small(), true);
        vm = fx(f::viewModel);
        onFx(() -> {
            InterviewSetup s = vm.setup();
            s.questionCountProperty().set(2);
            s.selectionProperty().set(QuestionSelection.BALANCED);
            s.followUpsProperty().set(1);
            s.scoringProperty().set(ScoringTiming.AFTER_EACH);
            s.modeProperty().set(AnswerMode.SPOKEN);
            s.prepSecondsProperty().set(10);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        onFx(vm::stopTicking);
        f.close();
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

    @Test
    void aQuestionIsRecordedThroughItsFollowUpAndSavedWithItsAttempt() throws Exception {
        f.microphone = () -> new FakeMicrophone().feed(FakeMicrophone.tone(1.0, 200, 0.4));
        onFx(vm::start);
        assertTrue(f.microphones.isEmpty(), "thinking time is not recorded");
        advance(11);
        assertEquals(1, f.microphones.size(), "the answer is");
        recorded(1.0);
        assertEquals(Recorder.State.RECORDING, vm.readout().recording().stateProperty().get());
        String name = f.drafts.load().orElseThrow().items().get(0).answer().recordingFile();
        assertNotNull(name, "the crash snapshot names the recording from the start");

        onFx(vm::next); // the follow-up
        f.microphones.get(0).feed(FakeMicrophone.tone(0.5, 300, 0.4));
        recorded(1.5);
        assertEquals(1, f.microphones.size(), "the follow-up goes on in the same recording");
        onFx(vm::togglePause);
        f.microphones.get(0).feed(FakeMicrophone.tone(0.4, 300, 0.4));
        onFx(vm::togglePause);
        advance(20);
        onFx(vm::next);

        assertEquals(InterviewPage.SCORING, vm.stageProperty().get());
        assertNull(vm.readout().recording().stateProperty().get(), "recording stopped with the follow-up");
        ScoreCard card = vm.currentCardProperty().get();
        AnswerRecording shown = card.recordingProperty().get();
        assertNotNull(shown, "the scoring card plays the question's recording");
        assertNotNull(shown.figures());
        double total = shown.player().duration();
        assertTrue(total >= 1.5 - 1e-6 && total <= 1.9 + 1e-6, "answer and follow-up, paused audio left out: " + total);

        onFx(() -> {
            card.scoreTargeted(3);
            vm.submitScore();
        });
        var session = f.sessions.listNewestFirst(1, 0).get(0);
        long attemptId = f.sessions.find(session.id()).orElseThrow().attempts().get(0).attempt().id();
        Recording stored = RecordingStore.besideDatabase(f.database, f.clock).find(attemptId).orElseThrow();
        assertEquals(name, stored.file());
        assertEquals(total, stored.durationSeconds(), 0.01);
    }

    @Test
    void aSkippedQuestionsRecordingGoesToTheTrash() throws Exception {
        f.microphone = () -> new FakeMicrophone().feed(FakeMicrophone.tone(0.5, 200, 0.4));
        onFx(vm::start);
        advance(11);
        recorded(0.5);
        String name = f.drafts.load().orElseThrow().items().get(0).answer().recordingFile();

        onFx(vm::skipQuestion);

        assertTrue(java.nio.file.Files.exists(dir.resolve("recordings/.deleted/0-" + name)), "kept aside, not saved");
        assertTrue(!java.nio.file.Files.exists(dir.resolve("recordings").resolve(name)));
    }
}
