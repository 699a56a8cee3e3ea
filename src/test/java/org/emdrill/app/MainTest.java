package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersionPrintAndExitZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("validate FILE..."));
        out.reset();
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("EM Drill "));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option or command: --frobnicate"));
        assertEquals(2, run("--data-dir"));
    }

    @Test
    void validateReportsProblemsWithLineAndColumnAndNoStackTrace() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"title\": \"T\",\n  \"questions\": [\n"
                + "    {\"id\": \"x-1\", \"prompt\": \"P?\", \"dimensions\": {\"charisma\": 2}}\n  ]\n}\n");
        assertEquals(1, run("validate", bad.toString()));
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(bad + ":6:"), printed);
        assertTrue(printed.contains("charisma"), printed);
        assertFalse(printed.contains("Exception"), printed);
    }

    @Test
    void validateAcceptsTheShippedBanks() throws Exception {
        try (var files = Files.list(Path.of("questions"))) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("validate"),
                    files.filter(p -> p.toString().endsWith(".json")).map(Path::toString)).toArray(String[]::new);
            assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void dataDirFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/home/u/.local/share/em-drill"), AppPaths.defaultDataDir(Map.of(), "Linux", home));
        assertEquals(Path.of("/x/data/em-drill"), AppPaths.defaultDataDir(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", home));
        assertEquals(Path.of("/home/u/Library/Application Support/EM Drill"), AppPaths.defaultDataDir(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming/EM Drill").getFileName(),
                AppPaths.defaultDataDir(Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", home).getFileName());
    }

    @Test
    void dataFolderIsPrivateToItsOwner() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("data"));
        paths.createFolders();
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(paths.dataDir())));
        }
        assertTrue(Files.isDirectory(paths.userBanks()));
        assertTrue(Files.isDirectory(paths.backups()));
    }
}
