package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.emdrill.domain.InterviewLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopLoaderTest {

    @TempDir
    Path classes;

    private LoopLibrary loadFrom(Path folder) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return new LoopLoader(loader, classes.relativize(folder).toString().replace('\\', '/'))
                    .load(LoopParserTest.KNOWN);
        }
    }

    @Test
    void loadsEveryLoopInFileOrderAndLeavesOutBadOnes() throws IOException {
        Path folder = Files.createDirectories(classes.resolve("org/emdrill/questions/loops"));
        Files.writeString(folder.resolve("b-startup.json"), LoopParserTest.VALID);
        Files.writeString(folder.resolve("a-other.json"), LoopParserTest.VALID.replace("\"startup\"", "\"other\""));
        Files.writeString(folder.resolve("c-same-id.json"), LoopParserTest.VALID);
        Files.writeString(folder.resolve("d-missing.json"), LoopParserTest.VALID
                .replace("\"underperformers-plan\"", "\"gone\""));
        Files.writeString(folder.resolve("notes.txt"), "not a loop");

        LoopLibrary library = loadFrom(folder);

        assertEquals(List.of("other", "startup"), library.loops().stream().map(InterviewLoop::id).toList());
        assertEquals(2, library.problems().size(), () -> describe(library.problems()));
        assertEquals("c-same-id.json", library.problems().get(0).file());
        assertTrue(library.problems().get(0).message().contains("already used by b-startup.json"));
        assertEquals("d-missing.json", library.problems().get(1).file());
        assertEquals("questions[1].id", library.problems().get(1).field());
        assertTrue(library.loop("startup").isPresent());
    }

    @Test
    void aMissingFolderMeansNoLoops() throws IOException {
        LoopLibrary library = loadFrom(classes.resolve("nowhere"));
        assertEquals(List.of(), library.loops());
        assertEquals(List.of(), library.problems());
    }
}
