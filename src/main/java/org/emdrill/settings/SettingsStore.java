package org.emdrill.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.QuestionOrder;
import org.emdrill.files.AtomicFiles;

/**
 * Reads and writes {@code settings.json}. A file that cannot be read falls back to the defaults, is kept
 * beside itself under a clear name, and the caller gets a message to show.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final long MAX_BYTES = 256 * 1024;

    private final Path file;
    private final InstantSource clock;
    private final ObjectMapper mapper = new ObjectMapper();

    public SettingsStore(Path file, InstantSource clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The outcome of loading: the settings to use, and a message when the file had to be set aside. */
    public record Loaded(Settings settings, Optional<String> message) {
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return setAside("it is larger than " + MAX_BYTES / 1024 + " KB");
            }
            JsonNode root = mapper.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                return setAside("it does not hold a JSON object");
            }
            return new Loaded(fromJson(root), Optional.empty());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "settings unreadable: " + e.getClass().getSimpleName());
            return setAside("it is not valid JSON");
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(settings)));
    }

    private Loaded setAside(String why) {
        Path kept = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(clock.instant()));
        String where;
        try {
            Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            where = "The old file was kept as " + kept + ".";
        } catch (IOException e) {
            where = "The old file is still at " + file + ".";
        }
        return new Loaded(Settings.defaults(),
                Optional.of("Your settings file could not be read (" + why + "), so the defaults are in use. " + where));
    }

    private static Settings fromJson(JsonNode n) {
        Settings d = Settings.defaults();
        Theme theme = "dark".equals(n.path("theme").asText()) ? Theme.DARK : Theme.LIGHT;
        JsonNode w = n.path("window");
        WindowBounds bounds = d.window();
        if (w.isObject()) {
            double width = w.path("width").asDouble(bounds.width());
            double height = w.path("height").asDouble(bounds.height());
            bounds = new WindowBounds(
                    w.path("x").isNumber() ? w.path("x").asDouble() : Double.NaN,
                    w.path("y").isNumber() ? w.path("y").asDouble() : Double.NaN,
                    Math.max(WindowBounds.MIN_WIDTH, finiteOr(width, bounds.width())),
                    Math.max(WindowBounds.MIN_HEIGHT, finiteOr(height, bounds.height())),
                    w.path("maximized").asBoolean(false));
        }
        int prep = n.path("prepSeconds").canConvertToInt() ? n.path("prepSeconds").asInt() : d.prepSeconds();
        AnswerMode mode = AnswerMode.fromId(n.path("answerMode").asText()).orElse(d.answerMode());
        QuestionOrder order = QuestionOrder.fromId(n.path("order").asText());
        List<String> banks = new ArrayList<>();
        for (JsonNode b : n.path("selectedBankIds")) {
            if (b.isTextual()) {
                banks.add(b.asText());
            }
        }
        int dailyNew = n.path("dailyNewLimit").canConvertToInt() ? n.path("dailyNewLimit").asInt() : d.dailyNewLimit();
        return new Settings(theme, bounds, prep, mode, order, banks, dailyNew);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    private ObjectNode toJson(Settings s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("theme", s.theme() == Theme.DARK ? "dark" : "light");
        ObjectNode w = n.putObject("window");
        if (s.window().hasPosition()) {
            w.put("x", s.window().x());
            w.put("y", s.window().y());
        }
        w.put("width", s.window().width());
        w.put("height", s.window().height());
        w.put("maximized", s.window().maximized());
        n.put("prepSeconds", s.prepSeconds());
        n.put("dailyNewLimit", s.dailyNewLimit());
        n.put("answerMode", s.answerMode().id());
        n.put("order", s.order().id());
        ArrayNode banks = n.putArray("selectedBankIds");
        s.selectedBankIds().forEach(banks::add);
        return n;
    }
}
