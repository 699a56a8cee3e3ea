package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code LANG=C} and a data folder named with non-ASCII letters: the app, in its own process, shows a
 * window saying what to do, not an InvalidPathException trace, and exits non-zero.
 */
@EnabledOnOs(OS.LINUX)
class PlainLocaleTest {

    @TempDir
    Path temp;

    @Test
    void aFolderNameTheLocaleCannotSpellIsExplainedInAWindow() throws Exception {
        Path folder = temp.resolve("übung-daten");
        Map<String, String> plain = Map.of("LANG", "C", "LC_ALL", "C");
        try (ChildApp app = ChildApp.start(StartupProbe.class, plain, folder.toString(), "quit")) {
            String shown = app.await("MESSAGE ", 120);
            assertTrue(shown.startsWith("EM Drill cannot start | EM Drill cannot use the folder"), shown);
            assertTrue(shown.contains("LANG=C.UTF-8"), shown);
            app.process().destroy();
            int status = app.waitForExit(30);
            assertFalse(app.output().contains("InvalidPathException"), app.output());
            assertFalse(app.output().contains("\tat "), app.output());
            assertTrue(status != 0, "exit status " + status);
        }
        assertFalse(Files.exists(folder), "nothing was written under a misspelt name");
    }
}
