package org.emdrill.store.transfer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Problem;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.SignalTicks;
import org.emdrill.domain.StarElement;
import org.emdrill.store.SessionLink;
import org.emdrill.store.StoredAttempt;
import org.emdrill.store.StoredFollowUp;

/**
 * Reads a JSON history export. Never throws on bad input: a file that is not an export at all is one
 * {@link Problem}; an attempt with a wrong field is rejected alone, with the JSON path of the field
 * ({@code attempts[3].scores.coaching}) and what is wrong, and the others are kept.
 */
final class JsonImport {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private JsonImport() {
    }

    /** Either the parsed history or the one problem that stopped reading it. */
    sealed interface Outcome {
        record Read(ParsedHistory history) implements Outcome {
        }

        record Unreadable(Problem problem) implements Outcome {
        }
    }

    static Outcome parse(byte[] content, String fileName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            return new Outcome.Unreadable(new Problem(fileName, line, column, "",
                    "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Outcome.Unreadable(Problem.inFile(fileName, "could not be read: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return unreadable(fileName, "", "is not an EM Drill history export (expected a JSON object)");
        }
        JsonNode format = root.get("format");
        if (format == null || !TransferFormat.FORMAT.equals(format.asText(null))) {
            return unreadable(fileName, "format", "is not an EM Drill history export (expected \""
                    + TransferFormat.FORMAT + "\")");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            return unreadable(fileName, "formatVersion", "must be a whole number");
        }
        if (version.asInt() > TransferFormat.VERSION) {
            return unreadable(fileName, "formatVersion", "was written by a newer EM Drill (format version "
                    + version.asInt() + "; this version reads up to " + TransferFormat.VERSION + ")");
        }
        if (version.asInt() < 1) {
            return unreadable(fileName, "formatVersion", "must be 1 or more");
        }
        JsonNode attempts = root.get("attempts");
        if (attempts == null || !attempts.isArray()) {
            return unreadable(fileName, "attempts", "must be a list of attempts");
        }
        List<StoredAttempt> good = new ArrayList<>();
        List<Long> exportedIds = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            String path = "attempts[" + i + "]";
            try {
                good.add(attempt(attempts.get(i), path));
                exportedIds.add(exportedId(attempts.get(i)));
            } catch (Invalid e) {
                rejected.add(new Problem(fileName, 0, 0, e.path, e.getMessage()));
            }
        }
        ScheduleJson.Read schedule = ScheduleJson.read(root, fileName);
        return new Outcome.Read(new ParsedHistory(good, rejected, schedule.rows(), schedule.rejected(),
                StoryJson.read(root, fileName), exportedIds));
    }

    /** The id the attempt had where it was exported; 0 when the file gives none (a hand-made file). */
    private static long exportedId(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asLong() : 0;
    }

    private static Outcome unreadable(String fileName, String field, String message) {
        return new Outcome.Unreadable(new Problem(fileName, 0, 0, field, message));
    }

    private static StoredAttempt attempt(JsonNode node, String path) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid(path, "must be an object");
        }
        Instant startedAt = instant(node, "startedAt", path, true);
        Instant finishedAt = instant(node, "finishedAt", path, true);
        if (finishedAt.isBefore(startedAt)) {
            throw new Invalid(path + ".finishedAt", "is before startedAt");
        }
        String modeId = text(node, "mode", path, true);
        AnswerMode mode = AnswerMode.fromId(modeId)
                .orElseThrow(() -> new Invalid(path + ".mode", "must be \"typed\" or \"spoken\", not \"" + modeId + "\""));
        Attempt attempt = new Attempt(0,
                nonBlank(node, "bankId", path),
                text(node, "bankTitle", path, false),
                nonBlank(node, "questionId", path),
                text(node, "prompt", path, true),
                mode,
                millis(node, "prepMs", path),
                millis(node, "answerMs", path),
                (int) whole(node, "targetSeconds", path, 0, Integer.MAX_VALUE, 0),
                text(node, "answerText", path, false),
                text(node, "notes", path, false),
                scores(node.get("scores"), path + ".scores"),
                star(node.get("star"), path + ".star"),
                overall(node, path),
                startedAt,
                finishedAt);
        Instant createdAt = Optional.ofNullable(instant(node, "createdAt", path, false)).orElse(finishedAt);
        return new StoredAttempt(attempt, followUps(node.get("followUps"), path + ".followUps"),
                session(node.get("session"), path + ".session"), instant(node, "revisedAt", path, false), createdAt,
                ticks(node.get("ticks"), path + ".ticks"));
    }

    /** The signals and red flags ticked; absent in files from before they were kept. */
    private static SignalTicks ticks(JsonNode node, String path) throws Invalid {
        if (isAbsent(node)) {
            return SignalTicks.NONE;
        }
        if (!node.isObject()) {
            throw new Invalid(path, "must be an object such as {\"signals\": [...], \"redFlags\": [...]}");
        }
        return new SignalTicks(texts(node.get("signals"), path + ".signals"),
                texts(node.get("redFlags"), path + ".redFlags"));
    }

    private static List<String> texts(JsonNode node, String path) throws Invalid {
        List<String> list = new ArrayList<>();
        if (isAbsent(node)) {
            return list;
        }
        if (!node.isArray()) {
            throw new Invalid(path, "must be a list of texts");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new Invalid(path + "[" + i + "]", "must be text");
            }
            list.add(node.get(i).asText());
        }
        return list;
    }

    private static Scores scores(JsonNode node, String path) throws Invalid {
        if (isAbsent(node)) {
            return Scores.none();
        }
        if (!node.isObject()) {
            throw new Invalid(path, "must be an object of dimension ids to scores");
        }
        Map<Dimension, Integer> values = new EnumMap<>(Dimension.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String at = path + "." + e.getKey();
            Dimension d = Dimension.fromId(e.getKey()).orElseThrow(() -> new Invalid(at,
                    "is not a dimension (known: " + Dimension.allIds() + ")"));
            JsonNode v = e.getValue();
            if (!v.isIntegralNumber() || v.asLong() < RubricDimension.MIN_LEVEL || v.asLong() > RubricDimension.MAX_LEVEL) {
                throw new Invalid(at, "must be a whole number from " + RubricDimension.MIN_LEVEL + " to "
                        + RubricDimension.MAX_LEVEL);
            }
            values.put(d, v.asInt());
        }
        return new Scores(values);
    }

    private static Set<StarElement> star(JsonNode node, String path) throws Invalid {
        Set<StarElement> star = EnumSet.noneOf(StarElement.class);
        if (isAbsent(node)) {
            return star;
        }
        if (!node.isArray()) {
            throw new Invalid(path, "must be a list such as [\"situation\", \"action\"]");
        }
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode v = node.get(i);
            if (!v.isTextual()) {
                throw new Invalid(at, "must be text");
            }
            star.add(StarElement.fromId(v.asText()).orElseThrow(() -> new Invalid(at,
                    "is not a STAR part (situation, task, action, result, reflection)")));
        }
        return star;
    }

    private static Double overall(JsonNode node, String path) throws Invalid {
        JsonNode v = node.get("overall");
        if (isAbsent(v)) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < RubricDimension.MIN_LEVEL || v.asDouble() > RubricDimension.MAX_LEVEL) {
            throw new Invalid(path + ".overall", "must be a number from " + RubricDimension.MIN_LEVEL + " to "
                    + RubricDimension.MAX_LEVEL + ", or null");
        }
        return v.asDouble();
    }

    private static List<StoredFollowUp> followUps(JsonNode node, String path) throws Invalid {
        List<StoredFollowUp> list = new ArrayList<>();
        if (isAbsent(node)) {
            return list;
        }
        if (!node.isArray()) {
            throw new Invalid(path, "must be a list");
        }
        Set<Integer> positions = new java.util.HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode f = node.get(i);
            if (!f.isObject()) {
                throw new Invalid(at, "must be an object");
            }
            int position = (int) whole(f, "position", at, 0, 10_000, i);
            if (!positions.add(position)) {
                throw new Invalid(at + ".position", "repeats position " + position);
            }
            list.add(new StoredFollowUp(position, text(f, "prompt", at, true), text(f, "answerText", at, false),
                    millis(f, "answerMs", at)));
        }
        return list;
    }

    private static SessionLink session(JsonNode node, String path) throws Invalid {
        if (isAbsent(node)) {
            return null;
        }
        if (!node.isObject()) {
            throw new Invalid(path, "must be an object or null");
        }
        long id = whole(node, "id", path, 1, Long.MAX_VALUE, -1);
        if (id < 1) {
            throw new Invalid(path + ".id", "is missing");
        }
        return new SessionLink(id, (int) whole(node, "position", path, 0, Integer.MAX_VALUE, 0),
                instant(node, "startedAt", path, true));
    }

    private static String text(JsonNode node, String field, String path, boolean required) throws Invalid {
        JsonNode v = node.get(field);
        if (isAbsent(v)) {
            if (required) {
                throw new Invalid(path + "." + field, "is missing");
            }
            return "";
        }
        if (!v.isTextual()) {
            throw new Invalid(path + "." + field, "must be text");
        }
        return v.asText();
    }

    private static String nonBlank(JsonNode node, String field, String path) throws Invalid {
        String value = text(node, field, path, true);
        if (value.isBlank()) {
            throw new Invalid(path + "." + field, "must not be empty");
        }
        return value;
    }

    private static long whole(JsonNode node, String field, String path, long min, long max, long fallback)
            throws Invalid {
        JsonNode v = node.get(field);
        if (isAbsent(v)) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new Invalid(path + "." + field, "must be a whole number from " + min + " to " + max);
        }
        return v.asLong();
    }

    private static Duration millis(JsonNode node, String field, String path) throws Invalid {
        return Duration.ofMillis(whole(node, field, path, 0, Long.MAX_VALUE / 1_000_000, 0));
    }

    private static Instant instant(JsonNode node, String field, String path, boolean required) throws Invalid {
        JsonNode v = node.get(field);
        if (isAbsent(v)) {
            if (required) {
                throw new Invalid(path + "." + field, "is missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Invalid(path + "." + field, "must be a time such as \"2024-05-01T09:30:15.123Z\"");
        }
        try {
            Instant parsed = Instant.parse(v.asText());
            if (parsed.getEpochSecond() < 0 || parsed.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw new Invalid(path + "." + field, "is out of range");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new Invalid(path + "." + field, "must be a UTC time such as \"2024-05-01T09:30:15.123Z\", not \""
                    + v.asText() + "\"");
        }
    }

    private static boolean isAbsent(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /** A field that fails a check: the attempt holding it is rejected. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String path;

        Invalid(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }
}
