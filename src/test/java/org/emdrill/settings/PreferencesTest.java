package org.emdrill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.emdrill.domain.AnswerMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @TempDir
    Path dir;

    private final InstantSource clock = InstantSource.fixed(Instant.parse("2026-02-03T04:05:06Z"));

    @Test
    void roundTripsThroughTheSettingsFile() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"), clock);
        Preferences p = new Preferences(true, 120, AnswerMode.SPOKEN, 1.5);
        store.save(Settings.defaults().withPreferences(p));
        assertEquals(p, store.load().settings().preferences());
    }

    @Test
    void aFreshInstallHasNotSeenTheWelcome() {
        Settings s = new SettingsStore(dir.resolve("settings.json"), clock).load().settings();
        assertFalse(s.preferences().welcomeSeen());
    }

    @Test
    void aSettingsFileFromBeforePreferencesCountsTheWelcomeAsSeen() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", \"prepSeconds\": 20}");
        Preferences p = new SettingsStore(file, clock).load().settings().preferences();
        assertTrue(p.welcomeSeen());
        assertEquals(0, p.answerSeconds());
        assertEquals(AnswerMode.TYPED, p.defaultAnswerMode());
    }

    @Test
    void oddHandEditedValuesAreClamped() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"preferences\": {\"answerSeconds\": 5, \"defaultAnswerMode\": \"sung\","
                + " \"textScale\": 9}}");
        Preferences p = new SettingsStore(file, clock).load().settings().preferences();
        assertEquals(Preferences.MIN_ANSWER_SECONDS, p.answerSeconds());
        assertEquals(AnswerMode.TYPED, p.defaultAnswerMode());
        assertEquals(Preferences.MAX_TEXT_SCALE, p.textScale());
        assertFalse(p.welcomeSeen());
    }

    @Test
    void answerTimeOverridesTheQuestionsOwnTargetOnlyWhenSet() {
        assertEquals(Duration.ofSeconds(150), Preferences.defaults().answerTarget(150));
        assertEquals(Duration.ofSeconds(90), Preferences.defaults().withAnswerSeconds(90).answerTarget(150));
        assertEquals(1.0, Preferences.defaults().withTextScale(Double.NaN).textScale());
    }
}
