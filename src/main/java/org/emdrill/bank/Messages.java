package org.emdrill.bank;

import java.util.Locale;

/** Message texts shared by several readers, so the same situation always reads the same way. */
final class Messages {

    private Messages() {
    }

    static String tooLarge(long bytes) {
        return "the file is " + mib(bytes) + "; bank files are limited to " + mib(BankLimits.MAX_FILE_BYTES)
                + " (split it into several banks)";
    }

    /** For a stream whose full size is unknown because reading stopped at the limit. */
    static String tooLarge() {
        return "the file is larger than the limit of " + mib(BankLimits.MAX_FILE_BYTES) + " for bank files";
    }

    static String tooDeep() {
        return "objects and lists are nested more than " + BankLimits.MAX_NESTING_DEPTH
                + " levels deep here; a bank needs only four levels, so something is wrapped too many times";
    }

    static String mib(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** 2000 → "2,000": limits read more easily with a separator. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String plural(long n, String singular, String pluralForm) {
        return n + " " + (n == 1 ? singular : pluralForm);
    }

    /** A value from the file shortened for a message, so a huge value cannot flood the output. */
    static String quote(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }

    /**
     * The text with every control and invisible formatting character written as a JSON-style escape
     * (backslash, u, four hex digits), so a value from a file can never garble a terminal or a label: a
     * field whose name holds a NUL byte between "foo" and "bar" is shown as foo, the escape, bar.
     */
    static String printable(String text) {
        if (text == null || text.codePoints().noneMatch(Messages::unprintable)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (unprintable(cp)) {
                for (char c : Character.toChars(cp)) {
                    sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Controls (C0, DEL, C1), formatting marks such as bidi overrides, and line or paragraph separators. */
    private static boolean unprintable(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
