package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Linux menu entry matches the open window to its launcher by the window class, which JavaFX takes
 * from the Application subclass's name (checked with xprop WM_CLASS on the real window). Renaming or
 * moving the class must change the desktop entry too.
 */
class DesktopEntryTest {

    private static final Path ENTRY = Path.of("packaging/linux/resources/em-drill.desktop");

    @Test
    void startupWmClassIsTheApplicationClass() throws Exception {
        assertEquals(List.of(EmDrillApp.class.getName()), values("StartupWMClass"));
    }

    @Test
    void launchesTheInstalledLauncherWithItsIcon() throws Exception {
        // jpackage fills these in with /opt/em-drill/bin/em-drill and the installed icon; GTK is kept from
        // loading Mesa's GL, which the software pipeline never uses (docs/decisions/0019).
        assertEquals(List.of("env GDK_GL=disable APPLICATION_LAUNCHER"), values("Exec"));
        assertEquals(List.of("APPLICATION_ICON"), values("Icon"));
        assertTrue(values("Categories").get(0).contains("Education"));
    }

    private static List<String> values(String key) throws Exception {
        return Files.readAllLines(ENTRY).stream()
                .filter(l -> l.startsWith(key + "="))
                .map(l -> l.substring(key.length() + 1))
                .toList();
    }
}
