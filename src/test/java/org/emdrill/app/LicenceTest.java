package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's licence is MIT, and every installer carries the same words. */
class LicenceTest {

    @Test
    void theRepositoryLicenceIsMitWithItsHolderAndYear() throws Exception {
        String licence = Files.readString(Path.of("LICENSE"));
        assertTrue(licence.startsWith("MIT License"), licence);
        assertTrue(licence.contains("Copyright (c) 2026 EM Drill contributors"), licence);
        assertTrue(licence.contains("THE SOFTWARE IS PROVIDED \"AS IS\""), licence);
    }

    @Test
    void theInstallersShowTheSameLicence() throws Exception {
        String licence = Files.readString(Path.of("LICENSE"));
        assertTrue(Files.readString(Path.of("packaging/LICENSE.txt")).contains(licence),
                "packaging/LICENSE.txt holds the project licence word for word");
        for (String args : new String[] {"linux-installer.args", "macos.args", "windows.args"}) {
            assertTrue(Files.readString(Path.of("packaging/jpackage", args)).contains("--license-file packaging/LICENSE.txt"),
                    args + " passes the licence to jpackage");
        }
        assertTrue(Files.readString(Path.of("packaging/package.sh")).contains("packaging/LICENSE.txt"),
                "the app image carries the licence");
    }
}
