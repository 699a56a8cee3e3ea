package org.emdrill.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.emdrill.files.AtomicFiles;

/**
 * Column widths as a small JSON object, e.g. {@code {"col-date": 190.0}}, written atomically. A
 * missing or damaged file just means default widths: losing a width is not worth a message.
 */
public final class JsonColumnWidthStore implements ColumnWidthStore {

    private static final System.Logger LOG = System.getLogger(JsonColumnWidthStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Wider than any screen: a larger number is a damaged file, not a width. */
    private static final double MAX_WIDTH = 10_000;

    private final Path file;

    /** @param file usually {@code <dataDir>/history-columns.json} */
    public JsonColumnWidthStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public Map<String, Double> load() {
        try {
            Map<String, Object> raw = JSON.readValue(Files.readAllBytes(file), new TypeReference<>() { });
            Map<String, Double> widths = new LinkedHashMap<>();
            raw.forEach((id, value) -> {
                if (value instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= MAX_WIDTH) {
                    widths.put(id, n.doubleValue());
                }
            });
            return widths;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable column widths in {0}: {1}", file, e.getMessage());
            return Map.of();
        }
    }

    @Override
    public void save(Map<String, Double> widths) {
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new TreeMap<>(widths)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save column widths to " + file, e);
        }
    }
}
