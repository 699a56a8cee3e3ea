package org.emdrill.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code YYYYMMDD-HHMMSS} stamp in backup and kept-aside file names. Always UTC, so names sort in
 * time order and do not jump when the clock changes for daylight saving; the UI shows local time.
 */
final class FileStamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private FileStamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    static Optional<Instant> parse(String stamp) {
        try {
            return Optional.of(LocalDateTime.parse(stamp, FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
