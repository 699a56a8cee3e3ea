package org.emdrill.store;

/**
 * What {@link SchemaMigrator#migrate} found and did.
 *
 * @param foundVersion the schema version the file had
 * @param versionNow   the schema version the file has now (equal to {@code foundVersion} when nothing ran)
 * @param appVersion   the newest schema version this EM Drill knows
 */
public record MigrationResult(int foundVersion, int versionNow, int appVersion) {

    /** The file was written by a newer EM Drill; it was left untouched. */
    public boolean madeByNewerApp() {
        return foundVersion > appVersion;
    }

    public boolean migrated() {
        return versionNow > foundVersion;
    }

    /** A sentence for the user; empty when the file was already current. */
    public String message() {
        if (madeByNewerApp()) {
            return newerAppMessage(foundVersion, appVersion);
        }
        if (migrated()) {
            return "Your history was upgraded from schema version " + foundVersion + " to " + versionNow + ".";
        }
        return "";
    }

    static String newerAppMessage(int foundVersion, int appVersion) {
        return "This history database was made by a newer EM Drill (schema version " + foundVersion
                + "; this version understands up to " + appVersion + "). Update EM Drill to open it."
                + " The file was left unchanged.";
    }
}
