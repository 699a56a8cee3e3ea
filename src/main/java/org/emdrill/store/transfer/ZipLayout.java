package org.emdrill.store.transfer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a zip export holds, shared by writer and reader: the JSON export as {@value #HISTORY}, a list of
 * the recordings it carries as {@value #MANIFEST}, and each recording as {@code recordings/ID.wav}, where
 * ID is the attempt's id in the exported history (the JSON's {@code attempts[].id}).
 */
final class ZipLayout {

    static final String HISTORY = "history.json";
    static final String MANIFEST = "recordings.json";
    static final String MANIFEST_FORMAT = "em-drill-recordings";
    private static final Pattern RECORDING = Pattern.compile("recordings/([1-9][0-9]{0,17})\\.wav");

    private ZipLayout() {
    }

    static String recordingEntry(long exportedId) {
        return "recordings/" + exportedId + ".wav";
    }

    /** The exported attempt id a recording entry belongs to; empty when the name is not a recording's. */
    static Optional<Long> attemptOf(String entryName) {
        Matcher m = RECORDING.matcher(entryName);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /**
     * Whether an entry's name could write outside a folder it is unpacked into, or is otherwise not a
     * plain relative name: absolute, a drive letter, backslashes, or a {@code ..} step.
     */
    static boolean isHostile(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String step : name.split("/", -1)) {
            if (step.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
