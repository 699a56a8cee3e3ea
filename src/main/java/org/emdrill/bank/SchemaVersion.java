package org.emdrill.bank;

import java.math.BigInteger;

/** Checks a file's {@code schemaVersion}, shared by banks and the rubric. */
final class SchemaVersion {

    /** What the rest of the reader should do after the check. */
    enum Verdict {
        /** The version is one this app reads. */
        SUPPORTED,
        /** Missing or wrong; reported, and the rest of the file is still checked so all problems show. */
        INVALID,
        /** From a newer app: its other fields may mean something else, so checking them would mislead. */
        NEWER
    }

    static final String FIELD = "schemaVersion";

    private SchemaVersion() {
    }

    static Verdict check(JsonValue.Obj root, Fields fields, int supported) {
        JsonValue v = fields.get(root, FIELD, "", true, "add \"schemaVersion\": " + supported + " at the top");
        if (v == null) {
            return Verdict.INVALID;
        }
        BigInteger version = fields.wholeNumber(v, FIELD);
        if (version == null) {
            return Verdict.INVALID;
        }
        BigInteger current = BigInteger.valueOf(supported);
        if (version.compareTo(current) > 0) {
            fields.findings().error(v.position(), FIELD, "this file was made for a newer version of EM Drill "
                    + "(schemaVersion " + version + "); this version reads schemaVersion " + supported
                    + ". Update EM Drill to use it");
            return Verdict.NEWER;
        }
        if (version.compareTo(current) < 0) {
            fields.findings().error(v.position(), FIELD, "schemaVersion " + version
                    + " is not a version EM Drill has ever written; this version reads schemaVersion " + supported
                    + ", so set it to " + supported);
            return Verdict.INVALID;
        }
        return Verdict.SUPPORTED;
    }
}
