package org.emdrill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void handEditedOddValuesAreClampedNotFatal() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": 7, \"prepSeconds\": 99999, \"answerMode\": \"sung\","
                + " \"window\": {\"width\": -5, \"height\": \"tall\"}, \"selectedBankIds\": [1, \"a\"]}");
        Settings s = new SettingsStore(file, clock).load().settings();
        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(Settings.MAX_PREP_SECONDS, s.prepSeconds());
        assertEquals(AnswerMode.TYPED, s.answerMode());
        assertEquals(WindowBounds.MIN_WIDTH, s.window().width());
        assertEquals(List.of("a"), s.selectedBankIds());
    }
}
