package org.emdrill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.QuestionOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private final InstantSource clock = InstantSource.fixed(Instant.parse("2026-02-03T04:05:06Z"));

    @Test
    void roundTripsEverySetting() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"), clock);
        Settings s = new Settings(Theme.DARK, new WindowBounds(10, 20, 1400, 900, true), 45, AnswerMode.SPOKEN,
                QuestionOrder.IN_ORDER, List.of("team-conflict", "missed-deadlines"), 12);
        store.save(s);
        SettingsStore.Loaded loaded = store.load();
        assertEquals(s, loaded.settings());
        assertTrue(loaded.message().isEmpty());
    }

    @Test
    void missingFileGivesDefaultsQuietly() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("settings.json"), clock).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.message().isEmpty());
    }

    @Test
    void corruptFileFallsBackToDefaultsAndIsKept() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", oops");
        SettingsStore.Loaded loaded = new SettingsStore(file, clock).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.message().orElseThrow().contains("defaults"));
        Path kept = dir.resolve("settings.json.unreadable-20260203-040506");
        assertEquals("{\"theme\": \"dark\", oops", Files.readString(kept));
    }

    @Test
    void handEditedOddValuesFallBackToDefaultsNotFatal() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": 7, \"prepSeconds\": 99999, \"answerMode\": \"sung\","
                + " \"window\": {\"width\": -5, \"height\": \"tall\"}, \"selectedBankIds\": [1, \"a\"]}");
        Settings s = new SettingsStore(file, clock).load().settings();
        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(Settings.defaults().prepSeconds(), s.prepSeconds());
        assertEquals(AnswerMode.TYPED, s.answerMode());
        assertEquals(WindowBounds.defaults().width(), s.window().width());
        assertEquals(List.of("a"), s.selectedBankIds());
    }

    @Test
    void outOfRangeSettingsFallBackToDefaultsAndTheMessageNamesThem() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"solarized\", \"prepSeconds\": -10, \"dailyNewLimit\": 12,"
                + " \"window\": {\"x\": 1e308, \"y\": 5, \"width\": 1e308, \"height\": 700}}");

        SettingsStore.Loaded loaded = new SettingsStore(file, clock).load();

        Settings s = loaded.settings();
        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(Settings.defaults().prepSeconds(), s.prepSeconds());
        assertEquals(12, s.dailyNewLimit(), "a value in range is kept");
        assertEquals(WindowBounds.defaults().width(), s.window().width());
        assertEquals(700, s.window().height());
        assertFalse(s.window().hasPosition());
        String message = loaded.message().orElseThrow();
        assertTrue(message.contains("theme, window width, window position, prep time"), message);
        assertTrue(Files.exists(file), "the file is kept; the next save writes sane values");
    }

    @Test
    void outOfRangeBoundsAreNeverSavedBack() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file, clock);
        store.save(Settings.defaults().withWindow(new WindowBounds(Double.POSITIVE_INFINITY, 3, 1e308, -4, false)));

        SettingsStore.Loaded again = store.load();

        assertTrue(again.message().isEmpty(), again.message().orElse(""));
        assertEquals(WindowBounds.defaults().width(), again.settings().window().width());
        assertEquals(WindowBounds.defaults().height(), again.settings().window().height());
        assertFalse(again.settings().window().hasPosition());
    }

    @Test
    void keepsTheChosenMicrophoneAndReadsOldFilesAsTheSystemDefault() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file, clock);
        store.save(Settings.defaults().withMicrophone(new MicrophoneChoice("USB Audio [plughw:1,0]")));
        Settings loaded = store.load().settings();
        assertEquals("USB Audio [plughw:1,0]", loaded.microphone().device().orElseThrow());
        assertTrue(Files.readString(file).contains("\"device\" : \"USB Audio [plughw:1,0]\""));

        store.save(loaded.withMicrophone(MicrophoneChoice.SYSTEM_DEFAULT));
        assertTrue(store.load().settings().microphone().isSystemDefault());

        Files.writeString(file, "{\"theme\": \"dark\"}");
        assertTrue(store.load().settings().microphone().isSystemDefault());
    }

    @Test
    void aMicrophoneThatIsNotANameFallsBackToTheDefaultAndSaysSo() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"microphone\": {\"device\": 42}}");
        SettingsStore.Loaded loaded = new SettingsStore(file, clock).load();
        assertTrue(loaded.settings().microphone().isSystemDefault());
        assertTrue(loaded.message().orElseThrow().contains("microphone"), loaded.message().orElseThrow());
    }
}
