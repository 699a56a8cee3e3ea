package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.emdrill.settings.Theme;
import org.emdrill.settings.WindowBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowHintTest {

    @TempDir
    Path dir;

    @Test
    void readsThemeAndWindowFromTheSettingsFile() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                {"theme": "dark", "prepSeconds": 30, "selectedBankIds": ["a", "b"],
                 "window": {"x": 40, "y": 60.5, "width": 1400, "height": 900, "maximized": true}}
                """);
        WindowHint hint = WindowHint.read(file);
        assertEquals(Theme.DARK, hint.theme());
        assertEquals(new WindowBounds(40, 60.5, 1400, 900, true), hint.window());
    }

    @Test
    void keepsTheWindowAboveTheMinimumSize() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"width\": 10, \"height\": -5}}");
        WindowBounds w = WindowHint.read(file).window();
        assertEquals(WindowBounds.MIN_WIDTH, w.width());
        assertEquals(WindowBounds.MIN_HEIGHT, w.height());
        assertFalse(w.hasPosition());
    }

    @Test
    void fallsBackToTheDefaultsWithoutTouchingABrokenFile() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", \"window\": {\"width\": ");
        assertEquals(WindowHint.defaults(), WindowHint.read(file));
        assertEquals("{\"theme\": \"dark\", \"window\": {\"width\": ", Files.readString(file));
        assertEquals(1, Files.list(dir).count()); // the real settings load sets it aside, with a message
    }

    @Test
    void fallsBackToTheDefaultsWhenThereIsNoFileOrNoObject() throws Exception {
        assertEquals(WindowHint.defaults(), WindowHint.read(dir.resolve("missing.json")));
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[1, 2]");
        assertEquals(WindowHint.defaults(), WindowHint.read(list));
        Path wrongTypes = dir.resolve("types.json");
        Files.writeString(wrongTypes, "{\"theme\": 3, \"window\": {\"x\": \"left\", \"width\": true}}");
        assertEquals(WindowHint.defaults(), WindowHint.read(wrongTypes));
    }
}
