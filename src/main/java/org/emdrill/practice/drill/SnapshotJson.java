package org.emdrill.practice.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;

/** Reads and writes {@link MockInterviewSnapshot} as JSON; durations in milliseconds, instants ISO-8601. */
final class SnapshotJson {

    private static final System.Logger LOG = System.getLogger(SnapshotJson.class.getName());
    static final int VERSION = 1;

    private SnapshotJson() {
    }

    static String write(MockInterviewSnapshot s) {
        ObjectNode n = DrillJson.MAPPER.createObjectNode();
        n.put("version", VERSION);
        n.set("config", DrillJson.toJson(s.config()));
        n.put("sessionId", s.sessionId());
        putInstant(n, "startedAt", s.startedAt());
        n.put("step", s.step().name());
        n.put("position", s.position());
        n.put("followUpIndex", s.followUpIndex());
        n.put("totalMs", s.totalElapsed().toMillis());
        n.put("timerPrepMs", s.timerPrep().toMillis());
        n.put("timerAnswerMs", s.timerAnswer().toMillis());
        ArrayNode items = n.putArray("items");
        for (MockInterviewSnapshot.Item i : s.items()) {
            items.add(writeItem(i));
        }
        return n.toString();
    }

    private static ObjectNode writeItem(MockInterviewSnapshot.Item i) {
        ObjectNode n = DrillJson.MAPPER.createObjectNode();
        n.put("questionId", i.questionId());
        n.put("bankId", i.bankId());
        n.put("bankTitle", i.bankTitle());
        n.put("prompt", i.prompt());
        ArrayNode prompts = n.putArray("followUpPrompts");
        i.followUpPrompts().forEach(prompts::add);
        ObjectNode dims = n.putObject("dimensions");
        i.dimensions().forEach((d, w) -> dims.put(d.id(), w));
        n.put("targetSeconds", i.targetSeconds());
        n.put("status", i.status().name());
        n.put("answerText", i.answerText());
        n.put("prepMs", i.prep().toMillis());
        n.put("answerMs", i.answer().toMillis());
        ArrayNode followUps = n.putArray("followUps");
        for (int k = 0; k < i.followUpTexts().size(); k++) {
            ObjectNode f = followUps.addObject();
            f.put("text", i.followUpTexts().get(k));
            f.put("ms", i.followUpDurations().get(k).toMillis());
        }
        ObjectNode scores = n.putObject("scores");
        i.scores().values().forEach((d, v) -> scores.put(d.id(), v));
        ArrayNode star = n.putArray("star");
        i.star().forEach(e -> star.add(e.id()));
        n.put("notes", i.notes());
        putInstant(n, "startedAt", i.startedAt());
        putInstant(n, "finishedAt", i.finishedAt());
        n.put("finalized", i.finalized());
        n.put("handedOut", i.handedOut());
        return n;
    }

    static Optional<MockInterviewSnapshot> read(String json) {
        try {
            JsonNode n = DrillJson.MAPPER.readTree(json == null ? "" : json);
            if (n == null || !n.isObject() || !n.path("items").isArray() || n.path("items").isEmpty()) {
                throw new IllegalArgumentException("not a mock interview snapshot");
            }
            if (n.path("version").asInt(VERSION) > VERSION) {
                throw new IllegalArgumentException("snapshot from a newer version");
            }
            List<MockInterviewSnapshot.Item> items = new ArrayList<>();
            for (JsonNode i : n.path("items")) {
                items.add(readItem(i));
            }
            DrillStep step = enumOr(DrillStep.class, n.path("step").asText(), DrillStep.NOT_STARTED);
            return Optional.of(new MockInterviewSnapshot(DrillJson.fromJson(n.path("config")),
                    n.path("sessionId").asLong(0), instant(n, "startedAt"), step, n.path("position").asInt(0),
                    Math.max(0, n.path("followUpIndex").asInt(0)), millis(n, "totalMs"), millis(n, "timerPrepMs"),
                    millis(n, "timerAnswerMs"), items));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mock interview snapshot unreadable: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static MockInterviewSnapshot.Item readItem(JsonNode n) {
        if (!n.path("questionId").isTextual()) {
            throw new IllegalArgumentException("question without id");
        }
        List<String> prompts = new ArrayList<>();
        n.path("followUpPrompts").forEach(p -> prompts.add(p.asText()));
        Map<Dimension, Integer> dims = new EnumMap<>(Dimension.class);
        n.path("dimensions").fields().forEachRemaining(e -> Dimension.fromId(e.getKey()).ifPresent(d -> {
            if (e.getValue().asInt() > 0) {
                dims.put(d, e.getValue().asInt());
            }
        }));
        List<String> texts = new ArrayList<>();
        List<Duration> durations = new ArrayList<>();
        for (JsonNode f : n.path("followUps")) {
            if (texts.size() < prompts.size()) {
                texts.add(f.path("text").asText(""));
                durations.add(Duration.ofMillis(Math.max(0, f.path("ms").asLong())));
            }
        }
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        n.path("scores").fields().forEachRemaining(e -> Dimension.fromId(e.getKey()).ifPresent(d -> {
            int v = e.getValue().asInt();
            if (v >= 1 && v <= 5) {
                scores.put(d, v);
            }
        }));
        EnumSet<StarElement> star = EnumSet.noneOf(StarElement.class);
        n.path("star").forEach(s -> StarElement.fromId(s.asText()).ifPresent(star::add));
        return new MockInterviewSnapshot.Item(n.path("questionId").asText(), n.path("bankId").asText(""),
                n.path("bankTitle").asText(""), n.path("prompt").asText(""), prompts, dims,
                n.path("targetSeconds").asInt(0),
                enumOr(QuestionStatus.class, n.path("status").asText(), QuestionStatus.PENDING),
                n.path("answerText").asText(""), millis(n, "prepMs"), millis(n, "answerMs"), texts, durations,
                new Scores(scores), star, n.path("notes").asText(""), instant(n, "startedAt"),
                instant(n, "finishedAt"), n.path("finalized").asBoolean(false), n.path("handedOut").asBoolean(false));
    }

    private static void putInstant(ObjectNode n, String field, Instant value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value.toString());
        }
    }

    private static Instant instant(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration millis(JsonNode n, String field) {
        return Duration.ofMillis(Math.max(0, n.path(field).asLong(0)));
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
