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
            List<String> reset = new ArrayList<>();
            Settings settings = fromJson(root, reset);
            if (!reset.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "settings out of range, defaults used for: " + reset);
                return new Loaded(settings, Optional.of("Some settings in " + file + " were out of range or unknown,"
                        + " so their defaults are in use: " + String.join(", ", reset) + "."));
            }
            return new Loaded(settings, Optional.empty());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "settings unreadable: " + e.getClass().getSimpleName());
            return setAside("it is not valid JSON");
        }
    }

    public void save(Settings settings) throws IOException {
        // Never write back bounds that would be refused on the next start.
        Settings sane = settings.withWindow(settings.window().withinLimits());
        AtomicFiles.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(sane)));
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

    /**
     * Reads every field; a value that is present but out of range or unknown falls back to its default
     * and its name goes into {@code reset}, so the user hears which settings were not kept.
     */
    private static Settings fromJson(JsonNode n, List<String> reset) {
        Settings d = Settings.defaults();
        Theme theme = d.theme();
        if (!n.path("theme").isMissingNode()) {
            switch (n.path("theme").asText()) {
                case "dark" -> theme = Theme.DARK;
                case "light" -> theme = Theme.LIGHT;
                default -> reset.add("theme");
            }
        }
        JsonNode w = n.path("window");
        WindowBounds bounds = d.window();
        if (w.isObject()) {
            double width = number(w, "width", bounds.width(), WindowBounds.MIN_WIDTH, WindowBounds.MAX_SIZE, "window width", reset);
            double height = number(w, "height", bounds.height(), WindowBounds.MIN_HEIGHT, WindowBounds.MAX_SIZE, "window height", reset);
            double x = number(w, "x", Double.NaN, -WindowBounds.MAX_POSITION, WindowBounds.MAX_POSITION, "window position", reset);
            double y = number(w, "y", Double.NaN, -WindowBounds.MAX_POSITION, WindowBounds.MAX_POSITION, "window position", reset);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                x = Double.NaN;
                y = Double.NaN;
            }
            bounds = new WindowBounds(x, y, width, height, w.path("maximized").asBoolean(false));
        }
        int prep = (int) number(n, "prepSeconds", d.prepSeconds(), 0, Settings.MAX_PREP_SECONDS, "prep time", reset);
        AnswerMode mode = d.answerMode();
        if (!n.path("answerMode").isMissingNode()) {
            mode = AnswerMode.fromId(n.path("answerMode").asText()).orElse(null);
            if (mode == null) {
                mode = d.answerMode();
                reset.add("answer mode");
            }
        }
        QuestionOrder order = QuestionOrder.fromId(n.path("order").asText());
        if (!n.path("order").isMissingNode() && !order.id().equals(n.path("order").asText())) {
            reset.add("question order");
        }
        List<String> banks = new ArrayList<>();
        for (JsonNode b : n.path("selectedBankIds")) {
            if (b.isTextual()) {
                banks.add(b.asText());
            }
        }
        int dailyNew = (int) number(n, "dailyNewLimit", d.dailyNewLimit(), 0, Settings.MAX_DAILY_NEW,
                "new questions per day", reset);
        return new Settings(theme, bounds, prep, mode, order, banks, dailyNew, preferencesFrom(n.path("preferences")),
                microphoneFrom(n.path("microphone"), reset));
    }

    /** {@code "microphone": {"device": "NAME"}}; no object or no device is the system default. */
    private static MicrophoneChoice microphoneFrom(JsonNode m, List<String> reset) {
        if (m.isMissingNode() || m.isNull()) {
            return MicrophoneChoice.SYSTEM_DEFAULT;
        }
        JsonNode device = m.path("device");
        if (!m.isObject() || !(device.isMissingNode() || device.isNull() || device.isTextual())) {
            reset.add("microphone");
            return MicrophoneChoice.SYSTEM_DEFAULT;
        }
        return new MicrophoneChoice(device.isTextual() ? device.asText() : null);
    }

    /**
     * A settings file from before preferences existed belongs to someone who has used the app already, so
     * the welcome counts as seen.
     */
    private static Preferences preferencesFrom(JsonNode p) {
        Preferences d = Preferences.defaults();
        if (!p.isObject()) {
            return d.withWelcomeSeen(true);
        }
        return new Preferences(
                p.path("welcomeSeen").asBoolean(false),
                p.path("answerSeconds").canConvertToInt() ? p.path("answerSeconds").asInt() : d.answerSeconds(),
                AnswerMode.fromId(p.path("defaultAnswerMode").asText()).orElse(d.defaultAnswerMode()),
                p.path("textScale").isNumber() ? p.path("textScale").asDouble() : d.textScale());
    }

    /** {@code field} when it is a finite number within [min, max]; else the fallback, noting {@code name}. */
    private static double number(JsonNode parent, String field, double fallback, double min, double max, String name,
                                 List<String> reset) {
        JsonNode v = parent.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        double value = v.isNumber() ? v.asDouble() : Double.NaN;
        if (!Double.isFinite(value) || value < min || value > max) {
            if (!reset.contains(name)) {
                reset.add(name);
            }
            return fallback;
        }
        return value;
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
        ObjectNode p = n.putObject("preferences");
        p.put("welcomeSeen", s.preferences().welcomeSeen());
        p.put("answerSeconds", s.preferences().answerSeconds());
        p.put("defaultAnswerMode", s.preferences().defaultAnswerMode().id());
        p.put("textScale", s.preferences().textScale());
        ObjectNode m = n.putObject("microphone");
        s.microphone().device().ifPresentOrElse(d -> m.put("device", d), () -> m.putNull("device"));
        return n;
    }
}
