package org.emdrill.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emdrill.settings.Theme;
import org.emdrill.settings.WindowBounds;

/**
 * The theme and window bounds from {@code settings.json}, read before anything else so the window can
 * appear at once in the right place and colour. Only a hint: it streams the two values with
 * jackson-core (no data binding to load), never changes the file, and falls back to the defaults on
 * anything unexpected; the real settings, with their checks and messages, are read behind the window.
 */
record WindowHint(Theme theme, WindowBounds window) {

    private static final long MAX_BYTES = 256 * 1024;

    static WindowHint defaults() {
        return new WindowHint(Theme.LIGHT, WindowBounds.defaults());
    }

    static WindowHint read(Path settingsFile) {
        try {
            if (!Files.isRegularFile(settingsFile) || Files.size(settingsFile) > MAX_BYTES) {
                return defaults();
            }
            try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(settingsFile))) {
                return parse(p);
            }
        } catch (IOException | RuntimeException e) {
            return defaults();
        }
    }

    private static WindowHint parse(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return defaults();
        }
        Theme theme = Theme.LIGHT;
        WindowBounds window = WindowBounds.defaults();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("theme".equals(name) && value == JsonToken.VALUE_STRING) {
                theme = "dark".equals(p.getText()) ? Theme.DARK : Theme.LIGHT;
            } else if ("window".equals(name) && value == JsonToken.START_OBJECT) {
                window = bounds(p);
            } else {
                p.skipChildren();
            }
        }
        return new WindowHint(theme, window);
    }

    private static WindowBounds bounds(JsonParser p) throws IOException {
        WindowBounds d = WindowBounds.defaults();
        double x = Double.NaN;
        double y = Double.NaN;
        double width = d.width();
        double height = d.height();
        boolean maximized = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean number = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT;
            switch (name) {
                case "x" -> x = number ? p.getDoubleValue() : x;
                case "y" -> y = number ? p.getDoubleValue() : y;
                case "width" -> width = number && Double.isFinite(p.getDoubleValue()) ? p.getDoubleValue() : width;
                case "height" -> height = number && Double.isFinite(p.getDoubleValue()) ? p.getDoubleValue() : height;
                case "maximized" -> maximized = value == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        return new WindowBounds(x, y, Math.max(WindowBounds.MIN_WIDTH, width), Math.max(WindowBounds.MIN_HEIGHT, height),
                maximized);
    }
}
