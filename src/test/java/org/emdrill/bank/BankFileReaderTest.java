package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.emdrill.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankFileReaderTest {

    @TempDir
    Path dir;

    private final BankFileReader reader = new BankFileReader();

    private Problem onlyProblem(Path file) {
        ParseResult<byte[]> result = reader.read(file, "shown.json");
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size());
        Problem p = result.problems().get(0);
        assertEquals("shown.json", p.file());
        return p;
    }

    @Test
    void readsTheBytesOfAFile() throws IOException {
        Path file = Files.write(dir.resolve("a.json"), new byte[] {'{', '}'});

        assertArrayEquals(new byte[] {'{', '}'}, reader.read(file, "a.json").value());
    }

    @Test
    void reportsMissingFile() {
        assertEquals("file not found; check the name and folder", onlyProblem(dir.resolve("nope.json")).message());
    }

    @Test
    void reportsFolderInsteadOfFile() {
        assertTrue(onlyProblem(dir).message().contains("is a folder"));
    }

    @Test
    void refusesFileOverTheLimitBySizeWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(BankLimits.MAX_FILE_BYTES + 1); // sparse: nothing is written
        }

        Problem p = onlyProblem(file);

        assertEquals("the file is 2.0 MiB; bank files are limited to 2 MiB (split it into several banks)",
                p.message());
    }

    @Test
    void acceptsFileExactlyAtTheLimit() throws IOException {
        Path file = dir.resolve("big.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(BankLimits.MAX_FILE_BYTES);
        }

        assertEquals(BankLimits.MAX_FILE_BYTES, reader.read(file, "big.json").value().length);
    }
}
