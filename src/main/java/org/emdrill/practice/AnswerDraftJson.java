package org.emdrill.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.SignalTicks;
import org.emdrill.domain.StarElement;

/**
 * The file form of an {@link AnswerDraft}, shared by the Practice draft and each question of a mock
 * interview's snapshot. Durations are milliseconds, instants ISO-8601. Reading is forgiving: unknown
 * fields are ignored, unknown dimensions and STAR ids skipped, and drafts written before the phase was
 * kept get it from their old flags ({@code inPrep}, {@code answerFinished}). The story picked
 * ({@code storyId}) and the spoken answer's recording ({@code recordingFile}) are optional, so drafts written
 * before them read with none and the version stays 2; so are the signal ticks ({@code ticks}: {@code signals}
 * and {@code redFlags}, each a list of the words ticked), which drafts written before them read without.
 */
public final class AnswerDraftJson {

    /** The version of the Practice draft file; 1 kept no phase, follow-ups or weights. */
    static final int FILE_VERSION = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerDraftJson() {
    }

    /** The Practice draft file: one draft with a {@code version} field. */
    public static String toFile(AnswerDraft d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("version", FILE_VERSION);
        write(d, n);
        return n.toString();
    }

    /** Reads the Practice draft file; empty when it is not one, or is from a newer version. */
    public static Optional<AnswerDraft> fromFile(String json) {
        try {
            JsonNode n = MAPPER.readTree(json == null ? "" : json);
            if (n == null || n.path("version").asInt(1) > FILE_VERSION) {
                return Optional.empty();
            }
            return Optional.of(read(n, AnswerPhase.READY));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the draft's fields into {@code n}. */
    public static void write(AnswerDraft d, ObjectNode n) {
        n.put("questionId", d.questionId());
        n.put("bankId", d.bankId());
        n.put("bankTitle", d.bankTitle());
        n.put("prompt", d.prompt());
        ArrayNode prompts = n.putArray("followUpPrompts");
        d.followUpPrompts().forEach(prompts::add);
        ObjectNode dims = n.putObject("dimensions");
        d.dimensions().forEach((dim, w) -> dims.put(dim.id(), w));
        n.put("targetSeconds", d.targetSeconds());
        n.put("mode", d.mode().id());
        n.put("phase", d.phase().name());
        n.put("prepMs", d.prepElapsed().toMillis());
        n.put("answerMs", d.answerElapsed().toMillis());
        n.put("followUpIndex", d.followUpIndex());
        ArrayNode followUps = n.putArray("followUps");
        for (int k = 0; k < d.followUpTexts().size(); k++) {
            ObjectNode f = followUps.addObject();
            f.put("text", d.followUpTexts().get(k));
            f.put("ms", d.followUpDurations().get(k).toMillis());
        }
        n.put("answerText", d.answerText());
        n.put("notes", d.notes());
        ObjectNode scores = n.putObject("scores");
        d.scores().values().forEach((dim, v) -> scores.put(dim.id(), v));
        ArrayNode star = n.putArray("star");
        d.star().forEach(e -> star.add(e.id()));
        putInstant(n, "startedAt", d.startedAt());
        putInstant(n, "finishedAt", d.finishedAt());
        putInstant(n, "savedAt", d.savedAt());
        if (d.number() > 0) {
            n.put("number", d.number());
        }
        if (d.storyId() != null) {
            n.put("storyId", d.storyId());
        }
        if (!d.ticks().isEmpty()) {
            ObjectNode ticks = n.putObject("ticks");
            d.ticks().signals().forEach(ticks.putArray("signals")::add);
            d.ticks().redFlags().forEach(ticks.putArray("redFlags")::add);
        }
        if (d.recordingFile() != null) {
            n.put("recordingFile", d.recordingFile());
        }
    }

    /**
     * Reads a draft; {@code phaseIfMissing} is used when the file kept no phase of its own.
     *
     * @throws IllegalArgumentException when it is not a draft
     */
    public static AnswerDraft read(JsonNode n, AnswerPhase phaseIfMissing) {
        if (n == null || !n.isObject() || !n.path("questionId").isTextual()) {
            throw new IllegalArgumentException("not an answer draft");
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
                durations.add(millis(f, "ms"));
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
        Instant startedAt = instant(n, "startedAt");
        AnswerPhase phase = phaseOf(n, startedAt, phaseIfMissing);
        int followUpIndex = Math.max(0, n.path("followUpIndex").asInt(0));
        if (phase == AnswerPhase.FOLLOW_UP && followUpIndex >= texts.size()) {
            throw new IllegalArgumentException("the follow-up being answered is missing");
        }
        return new AnswerDraft(n.path("bankId").asText(""), n.path("bankTitle").asText(""),
                n.path("questionId").asText(), n.path("prompt").asText(""), prompts, dims,
                n.path("targetSeconds").asInt(0), AnswerMode.fromId(n.path("mode").asText()).orElse(AnswerMode.TYPED),
                phase, millis(n, "prepMs"), millis(n, "answerMs"), followUpIndex, texts, durations,
                n.path("answerText").asText(""), n.path("notes").asText(""), new Scores(scores), star, startedAt,
                instant(n, "finishedAt"), instant(n, "savedAt"), n.path("number").asInt(0),
                n.path("storyId").isTextual() ? n.path("storyId").asText() : null, ticks(n.path("ticks")),
                n.path("recordingFile").isTextual() ? n.path("recordingFile").asText() : null);
    }

    /** The ticked words; anything that is not a list of texts reads as no ticks. */
    private static SignalTicks ticks(JsonNode t) {
        return new SignalTicks(texts(t.path("signals")), texts(t.path("redFlags")));
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(v -> {
            if (v.isTextual()) {
                texts.add(v.asText());
            }
        });
        return texts;
    }

    private static AnswerPhase phaseOf(JsonNode n, Instant startedAt, AnswerPhase fallback) {
        String name = n.path("phase").asText("");
        for (AnswerPhase p : AnswerPhase.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        if (n.has("answerFinished") || n.has("inPrep")) {
            if (n.path("answerFinished").asBoolean()) {
                return AnswerPhase.SCORING;
            }
            if (startedAt == null) {
                return AnswerPhase.READY;
            }
            return n.path("inPrep").asBoolean() ? AnswerPhase.PREP : AnswerPhase.ANSWER;
        }
        return fallback;
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
}
