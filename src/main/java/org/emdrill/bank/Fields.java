package org.emdrill.bank;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads typed fields out of a located JSON object, reporting every missing, mistyped or out-of-range
 * value to {@link Findings} with its position and field path. Methods return {@code null} (or an empty
 * list) after reporting, so a reader can carry on and find the remaining problems in the same file.
 */
final class Fields {

    private final Findings findings;

    Fields(Findings findings) {
        this.findings = findings;
    }

    Findings findings() {
        return findings;
    }

    /** The field's value, or null when absent; a missing required field is reported at its object. */
    JsonValue get(JsonValue.Obj o, String name, String path, boolean required, String hintIfMissing) {
        JsonValue.Member m = o.members().get(name);
        if (m == null) {
            if (required) {
                findings.error(o.position(), FieldPath.child(path, name), "missing required field \"" + name + "\""
                        + (hintIfMissing.isEmpty() ? "" : "; " + hintIfMissing));
            }
            return null;
        }
        return m.value();
    }

    JsonValue.Obj object(JsonValue.Obj o, String name, String path, boolean required, String hintIfMissing) {
        JsonValue v = get(o, name, path, required, hintIfMissing);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonValue.Obj obj) {
            return obj;
        }
        wrongType(v, FieldPath.child(path, name), "an object ({ … })");
        return null;
    }

    JsonValue.Arr array(JsonValue.Obj o, String name, String path, boolean required, String hintIfMissing) {
        JsonValue v = get(o, name, path, required, hintIfMissing);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonValue.Arr arr) {
            return arr;
        }
        wrongType(v, FieldPath.child(path, name), "a list ([ … ])");
        return null;
    }

    /** A non-blank text field of at most {@code maxChars} characters. */
    String text(JsonValue.Obj o, String name, String path, boolean required, int maxChars) {
        JsonValue v = get(o, name, path, required, "");
        return v == null ? null : text(v, FieldPath.child(path, name), maxChars);
    }

    String text(JsonValue v, String path, int maxChars) {
        if (!(v instanceof JsonValue.Str s)) {
            wrongType(v, path, "text");
            return null;
        }
        String value = s.value();
        if (value.isBlank()) {
            findings.error(v.position(), path, "is blank; write some text here or remove the field");
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxChars) {
            findings.error(v.position(), path, "is " + Messages.count(length) + " characters long; the limit is "
                    + Messages.count(maxChars) + ", so shorten it");
            return null;
        }
        return value;
    }

    /** An id: lowercase words of letters and digits joined by hyphens, at most 80 characters. */
    String id(JsonValue.Obj o, String name, String path, String example) {
        JsonValue v = get(o, name, path, true, "give it an id like \"" + example + "\"");
        if (v == null) {
            return null;
        }
        String fieldPath = FieldPath.child(path, name);
        if (!(v instanceof JsonValue.Str s)) {
            wrongType(v, fieldPath, "text");
            return null;
        }
        String id = s.value();
        int length = id.codePointCount(0, id.length());
        if (length > BankLimits.MAX_ID_CHARS) {
            findings.error(v.position(), fieldPath, "is " + length + " characters long; ids are limited to "
                    + BankLimits.MAX_ID_CHARS);
            return null;
        }
        if (!id.matches(BankLimits.ID_PATTERN)) {
            String suggestion = slug(id);
            findings.error(v.position(), fieldPath, "id \"" + Messages.quote(id) + "\" is not valid; use lowercase letters and digits "
                    + "joined by single hyphens, like \"" + (suggestion.isEmpty() ? example : suggestion) + "\"");
            return null;
        }
        return id;
    }

    /** An optional list of non-blank texts; absent means empty. */
    List<String> textList(JsonValue.Obj o, String name, String path, int maxItemChars) {
        JsonValue.Arr arr = array(o, name, path, false, "");
        if (arr == null) {
            return List.of();
        }
        String listPath = FieldPath.child(path, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < arr.items().size(); i++) {
            String item = text(arr.items().get(i), FieldPath.item(listPath, i), maxItemChars);
            if (item != null) {
                values.add(item);
            }
        }
        return values;
    }

    /** A whole number in {@code min..max}; {@code range} says the range in words for the message. */
    Integer wholeNumber(JsonValue v, String path, int min, int max, String range) {
        BigInteger n = wholeNumber(v, path);
        if (n == null) {
            return null;
        }
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            findings.error(v.position(), path, "must be " + range + ", found " + n);
            return null;
        }
        return n.intValue();
    }

    /** Any whole number, however large; reports anything else. */
    BigInteger wholeNumber(JsonValue v, String path) {
        if (v instanceof JsonValue.Num num && num.whole()) {
            return new BigInteger(num.text());
        }
        wrongType(v, path, "a whole number");
        return null;
    }

    void wrongType(JsonValue v, String path, String expected) {
        String message = "expected " + expected + ", found " + v.kind();
        if (v instanceof JsonValue.Str s) {
            if (expected.equals("a whole number") && s.value().strip().matches("-?\\d{1,18}")) {
                message = "expected a whole number, found text \"" + s.value() + "\"; write it without quotes";
            } else if (expected.equals("a whole number")) {
                message = "expected a whole number, found text";
            }
        } else if (v instanceof JsonValue.Null) {
            message += "; write a value or remove the field";
        }
        findings.error(v.position(), path, message);
    }

    /** Unknown fields are warnings: a newer version may have added optional fields this one ignores. */
    void warnUnknownFields(JsonValue.Obj o, String path, Collection<String> known) {
        for (JsonValue.Member m : o.members().values()) {
            if (known.contains(m.name())) {
                continue;
            }
            String near = nearest(m.name(), known);
            findings.warn(m.namePosition(), FieldPath.child(path, m.name()), "unknown field \"" + Messages.quote(m.name())
                    + "\" is ignored" + (near == null
                            ? "; it may be meant for a newer version of EM Drill, or be a typo"
                            : " (did you mean \"" + near + "\"?)"));
        }
    }

    /** A known name the unknown one was probably meant to be: same letters ignoring case, or one or two typos. */
    private static String nearest(String unknown, Collection<String> known) {
        String u = normalise(unknown);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(u, normalise(k));
            // Short names allow one slip only, or "x" would be taken for "id".
            int allowed = k.length() <= 4 ? 1 : 2;
            if (d <= allowed && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "Team Conflict!" → "team-conflict", to suggest a valid id. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > BankLimits.MAX_ID_CHARS ? s.substring(0, BankLimits.MAX_ID_CHARS).replaceAll("-+$", "") : s;
    }
}
