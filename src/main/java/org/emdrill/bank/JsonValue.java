package org.emdrill.bank;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was written. Jackson's own tree drops locations, and every
 * problem we report must point at a line and column, so the reader builds this small tree instead.
 */
sealed interface JsonValue
        permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num, JsonValue.Bool, JsonValue.Null {

    SourcePosition position();

    /** How the value reads in a message: "found text", "found a list". */
    String kind();

    /** A field of an object: its name, where the name was written, and its value. */
    record Member(String name, SourcePosition namePosition, JsonValue value) {
    }

    /** An object; members keep the order they were written in, and the first of duplicate names wins. */
    record Obj(SourcePosition position, Map<String, Member> members) implements JsonValue {
        public Obj {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(SourcePosition position, List<JsonValue> items) implements JsonValue {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    record Str(SourcePosition position, String value) implements JsonValue {
        @Override
        public String kind() {
            return "text";
        }
    }

    /** A number kept as written, so huge or odd numbers never overflow while being checked. */
    record Num(SourcePosition position, String text, boolean whole) implements JsonValue {
        @Override
        public String kind() {
            return whole ? "a whole number (" + text + ")" : "a number with a fraction (" + text + ")";
        }
    }

    record Bool(SourcePosition position, boolean value) implements JsonValue {
        @Override
        public String kind() {
            return value ? "true" : "false";
        }
    }

    record Null(SourcePosition position) implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }
    }
}
