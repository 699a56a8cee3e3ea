package org.emdrill.store.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Field readers the import's parts share, each failing with the field's path and what it must be. */
final class JsonFields {

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private JsonFields() {
    }

    /** A UTC time from 1970 to 9999; null when absent and not {@code required}. */
    static Instant instant(JsonNode node, String field, String path, boolean required) throws InvalidField {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidField(path + "." + field, "is missing");
            }
            return null;
        }
        try {
            if (!v.isTextual()) {
                throw new DateTimeParseException("not text", v.toString(), 0);
            }
            Instant parsed = Instant.parse(v.asText());
            if (parsed.getEpochSecond() < 0 || parsed.isAfter(LATEST)) {
                throw new InvalidField(path + "." + field, "is out of range");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidField(path + "." + field, "must be a UTC time such as \"2024-05-01T09:30:15.123Z\"");
        }
    }
}
