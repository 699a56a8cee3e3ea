package org.emdrill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonColumnWidthStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedWidthsComeBack() {
        Path file = dir.resolve("history-columns.json");
        new JsonColumnWidthStore(file).save(Map.of("col-date", 210.5, "col-question", 400.0));

        assertEquals(Map.of("col-date", 210.5, "col-question", 400.0), new JsonColumnWidthStore(file).load());
    }

    @Test
    void aMissingOrDamagedFileMeansDefaultWidths() throws Exception {
        Path file = dir.resolve("history-columns.json");
        assertEquals(Map.of(), new JsonColumnWidthStore(file).load());

        Files.writeString(file, "{ not json");
        assertEquals(Map.of(), new JsonColumnWidthStore(file).load());

        Files.writeString(file, "{\"col-date\": -4, \"col-mode\": \"wide\", \"col-score\": 80}");
        assertEquals(Map.of("col-score", 80.0), new JsonColumnWidthStore(file).load(), "only sensible widths");
    }
}
