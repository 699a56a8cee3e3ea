package org.emdrill.domain;

import java.util.Objects;

/**
 * Something wrong with a file the user can fix, with where it is. Line and column are 1-based, 0 when
 * unknown; {@code field} is a JSON path such as {@code questions[3].dimensions}, empty when unknown.
 */
public record Problem(String file, int line, int column, String field, String message) {

    public Problem {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** {@code file:line:column: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(message);
        return sb.toString();
    }
}
