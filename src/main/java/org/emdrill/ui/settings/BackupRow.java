package org.emdrill.ui.settings;

import java.util.Locale;

import org.emdrill.store.BackupInfo;
import org.emdrill.ui.common.Formats;

/** How a backup reads in the list: local date and time, why it was taken, and its size. */
public record BackupRow(BackupInfo backup) {

    public String date() {
        return Formats.dateTime(backup.createdAt());
    }

    /** "daily" → "Daily", "before-upgrade-to-v2" → "Before upgrade to v2", "" → "Manual". */
    public String reason() {
        String r = backup.reason().replace('-', ' ').strip();
        if (r.isEmpty()) {
            return "Manual";
        }
        return r.substring(0, 1).toUpperCase(Locale.ROOT) + r.substring(1);
    }

    public String size() {
        return size(backup.sizeBytes());
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
