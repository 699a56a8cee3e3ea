package org.emdrill.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns a failed database or file operation into words a user can act on. SQLite's own text ("[SQLITE_BUSY]
 * The database file is locked") goes to the log only; the screen says what happened and what to do. Any
 * screen that saves (practice, mock interview, settings) calls {@link #forSave}.
 */
public final class PlainErrors {

    private static final System.Logger LOG = System.getLogger(PlainErrors.class.getName());

    /** What kind of failure it was, for callers that act on it (retry when locked). */
    public enum Cause {
        LOCKED, READ_ONLY, DISK_FULL, DISK_ERROR, DAMAGED, OTHER
    }

    private PlainErrors() {
    }

    /** The user's message for a save that failed; the answer is still on screen, so it says it is kept. */
    public static String forSave(Throwable error) {
        LOG.log(Level.WARNING, "Saving failed: " + technical(error), error);
        return switch (causeOf(error)) {
            case LOCKED -> "The history file is locked by another program; your answer is kept — try Save again.";
            case READ_ONLY -> "The history file cannot be written (it or its folder is read-only); your answer is"
                    + " kept as a draft — make the file writable and restart EM Drill, which offers it again.";
            case DISK_FULL -> "The disk is full; your answer is kept — free some space, then try Save again.";
            case DISK_ERROR -> "The history file could not be written because the disk reported an error; your"
                    + " answer is kept — try Save again.";
            case DAMAGED -> "The history file is damaged; your answer is kept — copy it somewhere safe, then restart"
                    + " EM Drill, which restores the newest backup.";
            case OTHER -> "Your answer could not be saved because of an unexpected problem; it is kept — try Save"
                    + " again. Details are in the log folder.";
        };
    }

    /** Classifies a failure by the SQLite result code or file-system exception found in its causes. */
    public static Cause causeOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                int primary = se.getResultCode().code & 0xff;
                if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return Cause.LOCKED;
                }
                if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
                    return Cause.READ_ONLY;
                }
                if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                    return Cause.DISK_FULL;
                }
                if (primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
                    return Cause.DISK_ERROR;
                }
                if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
                    return Cause.DAMAGED;
                }
                return Cause.OTHER;
            }
            if (t instanceof AccessDeniedException) {
                return Cause.READ_ONLY;
            }
            if (t instanceof FileSystemException fse && fse.getReason() != null
                    && fse.getReason().toLowerCase(java.util.Locale.ROOT).contains("no space")) {
                return Cause.DISK_FULL;
            }
            if (t instanceof IOException) {
                return Cause.DISK_ERROR;
            }
        }
        return Cause.OTHER;
    }

    private static String technical(Throwable error) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
