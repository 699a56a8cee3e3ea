package org.emdrill.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import org.emdrill.store.BackupInfo;

class BackupRowTest {

    private static BackupRow row(String reason, long size) {
        return new BackupRow(new BackupInfo(Path.of("history-x.db"), Instant.EPOCH, reason, size));
    }

    @Test
    void readsReasonsAsWords() {
        assertEquals("Daily", row("daily", 0).reason());
        assertEquals("Before upgrade to v2", row("before-upgrade-to-v2", 0).reason());
        assertEquals("Manual", row("", 0).reason());
    }

    @Test
    void showsSizesInTheNearestUnit() {
        assertEquals("900 B", row("", 900).size());
        assertEquals("48 KB", row("", 48 * 1024).size());
        assertEquals("2.5 MB", row("", 5 * 512 * 1024).size());
    }
}
