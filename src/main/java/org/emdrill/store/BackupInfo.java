package org.emdrill.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup file in {@code <dataDir>/backups}.
 *
 * @param createdAt when it was taken, to the second, read from its name
 * @param reason    why it was taken ({@code daily}, {@code before-upgrade-to-v2}...), empty when not said
 */
public record BackupInfo(Path file, Instant createdAt, String reason, long sizeBytes) {

    public BackupInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(createdAt, "createdAt");
        reason = reason == null ? "" : reason;
    }
}
