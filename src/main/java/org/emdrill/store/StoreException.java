package org.emdrill.store;

/**
 * The database or its files failed in a way the user cannot fix from the app (disk full, file
 * permissions, a bug in our SQL). Problems the user can act on (a damaged file, a database from a newer
 * EM Drill) are reported as values instead: see {@link OpenOutcome} and {@link RestoreResult}.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
