package org.emdrill.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.MicrophoneChoice;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrophoneModelTest {

    /** What {@code MicrophoneSource} says when {@code AudioSystem.getTargetDataLine} finds no sound card. */
    private static final String NO_SOUND_CARD = "No microphone was found on this computer. The answer is timed only;"
            + " connect a microphone and choose it in Settings.";

    @TempDir
    Path temp;

    private final AppState state = new AppState(BankLibrary.empty(), Rubric.empty(), Settings.defaults());
    private final FakePlayback player = new FakePlayback();
    private final List<MicrophoneChoice> opened = new ArrayList<>();
    private ToneSource source = new ToneSource(0.3, null, 5);
    private List<String> inputs = List.of("Built-in Audio", "USB Headset");

    private MicrophoneModel model() {
        return new MicrophoneModel(state, BackgroundRunner.sameThread(), Runnable::run, new MicrophoneModel.Devices(
                () -> inputs, choice -> {
                    opened.add(choice);
                    return source;
                }, () -> player, temp, () -> source.ticker.get()));
    }

    /** Polls as the view's frame timer does, until {@code done}. */
    private static void pollUntil(MicrophoneModel m, BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 1000 && !done.getAsBoolean(); i++) {
            m.poll();
            Thread.sleep(5);
        }
        assertTrue(done.getAsBoolean(), "gave up waiting; phase " + m.phaseProperty().get() + ", message "
                + m.messageProperty().get());
    }

    @Test
    void offersTheSystemDefaultFirstThenEveryInput() {
        MicrophoneModel m = model();
        assertEquals(List.of("System default", "Built-in Audio", "USB Headset"),
                m.choices().stream().map(MicrophoneChoice::label).toList());
        assertTrue(m.selectedProperty().get().isSystemDefault());
    }

    @Test
    void choosingAnInputSavesItInTheSettings() {
        MicrophoneModel m = model();
        m.selectedProperty().set(m.choices().get(2));
        assertEquals("USB Headset", state.settings().microphone().device().orElseThrow());
    }

    @Test
    void aSavedInputThatIsNotConnectedStaysChosenAndIsMarkedMissing() {
        state.settingsProperty().set(Settings.defaults().withMicrophone(new MicrophoneChoice("Old Webcam")));
        MicrophoneModel m = model();
        assertEquals("Old Webcam", m.selectedProperty().get().label());
        assertTrue(m.choices().contains(new MicrophoneChoice("Old Webcam")));
        assertTrue(m.isMissing(m.selectedProperty().get()));
        assertFalse(m.isMissing(m.choices().get(1)));
    }

    @Test
    void testRecordsWithALiveLevelThenPlaysBackTheChosenInputAndDeletesTheFile() throws Exception {
        MicrophoneModel m = model();
        m.selectedProperty().set(m.choices().get(1));
        List<Double> levels = new ArrayList<>();
        m.levelProperty().addListener((obs, was, is) -> levels.add(is.doubleValue()));
        m.testMicrophone();
        assertEquals(List.of(new MicrophoneChoice("Built-in Audio")), opened);
        pollUntil(m, () -> m.phaseProperty().get() == MicrophoneModel.Phase.PLAYING);

        assertTrue(levels.stream().anyMatch(l -> l > 0.5), "a tone at -10 dBFS shows on the meter: " + levels);
        Path wav = player.loaded;
        assertNotNull(wav);
        assertTrue(player.playing);
        assertTrue(wav.startsWith(temp));
        long bytes = Files.size(wav);
        assertTrue(bytes >= 44 + 3 * 32_000, "three seconds were recorded: " + bytes);
        assertTrue(source.closed, "the microphone is let go before playing back");

        player.finish();
        assertEquals(MicrophoneModel.Phase.IDLE, m.phaseProperty().get());
        assertEquals(MicrophoneModel.HEARD, m.messageProperty().get());
        assertFalse(m.problemProperty().get());
        assertTrue(player.closed);
        assertFalse(Files.exists(wav), "the test's WAV is deleted afterwards");
        assertEquals(0.0, m.levelProperty().get());
    }

    @Test
    void silenceIsPlayedBackWithAHintToCheckTheMicrophone() throws Exception {
        source = new ToneSource(0, null, 5);
        MicrophoneModel m = model();
        m.testMicrophone();
        pollUntil(m, () -> m.phaseProperty().get() == MicrophoneModel.Phase.PLAYING);
        player.finish();
        assertEquals(MicrophoneModel.SILENT, m.messageProperty().get());
        assertTrue(m.problemProperty().get());
    }

    @Test
    void noSoundCardSaysSoAndLeavesNoFileOrPlayback() throws Exception {
        source = new ToneSource(0.3, NO_SOUND_CARD, 5);
        MicrophoneModel m = model();
        m.testMicrophone();
        pollUntil(m, () -> m.phaseProperty().get() == MicrophoneModel.Phase.IDLE);
        assertTrue(m.messageProperty().get().startsWith("No microphone was found on this computer. Connect one"),
                m.messageProperty().get());
        assertTrue(m.problemProperty().get());
        assertEquals(null, player.loaded);
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "no test file is left behind");
        }
    }

    @Test
    void aPlaybackFailureIsToldAndTheFileStillGoes() throws Exception {
        MicrophoneModel m = model();
        m.testMicrophone();
        pollUntil(m, () -> m.phaseProperty().get() == MicrophoneModel.Phase.PLAYING);
        Path wav = player.loaded;
        player.fail("No sound output was found.");
        assertEquals("The test was recorded but could not be played back: No sound output was found.",
                m.messageProperty().get());
        assertFalse(Files.exists(wav));
    }

    @Test
    void aSecondPressWhileTestingIsIgnored() throws Exception {
        MicrophoneModel m = model();
        m.testMicrophone();
        m.testMicrophone();
        assertEquals(1, opened.size());
        pollUntil(m, () -> m.phaseProperty().get() == MicrophoneModel.Phase.PLAYING);
        player.finish();
    }

    @Test
    void inputsThatCannotBeListedLeaveTheDefaultAndAMessage() {
        MicrophoneModel m = new MicrophoneModel(state, BackgroundRunner.sameThread(), Runnable::run,
                new MicrophoneModel.Devices(() -> {
                    throw new IllegalStateException("no sound system");
                }, c -> source, () -> player, temp, () -> 0L));
        assertEquals(List.of(MicrophoneChoice.SYSTEM_DEFAULT), List.copyOf(m.choices()));
        assertTrue(m.messageProperty().get().contains("no sound system"));
    }
}
