package org.emdrill.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFileAndCreatesItsFolder() throws IOException {
        Path target = dir.resolve("banks/mine.json");

        AtomicFiles.write(target, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertEquals("{\"a\":1}", Files.readString(target));
        assertEquals(List.of("mine.json"), namesIn(target.getParent()), "no temporary file left behind");
    }

    @Test
    void replacesAnExistingFileCompletely() throws IOException {
        Path target = dir.resolve("settings.json");
        Files.writeString(target, "a much longer old content that must not survive as a tail");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of("settings.json"), namesIn(dir));
    }

    @Test
    void failedReplaceLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("inside"));

        assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1}));

        assertEquals(List.of("inside"), namesIn(target));
        assertEquals(List.of("taken"), namesIn(dir));
    }

    @Test
    void copiesLargeFilesByteForByte() throws IOException {
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Path source = dir.resolve("source.bin");
        Files.write(source, data);

        AtomicFiles.copy(source, dir.resolve("copy.bin"));

        assertArrayEquals(data, Files.readAllBytes(dir.resolve("copy.bin")));
        assertEquals(List.of("copy.bin", "source.bin"), namesIn(dir));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
