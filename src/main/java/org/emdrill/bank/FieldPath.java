package org.emdrill.bank;

/** Builds the field paths used in problems, such as {@code questions[3].dimensions.leadership}. */
final class FieldPath {

    private FieldPath() {
    }

    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
