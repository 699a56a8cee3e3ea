package org.emdrill.practice.mockinterview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.AnswerDraftJson;
import org.emdrill.practice.AnswerPhase;

/**
 * Reads and writes {@link MockInterviewSnapshot} as JSON; each question's answer in the shared
 * {@link AnswerDraftJson} form. Version 1 files (written before each answer kept its own phase and
 * clock) are still read: their running clock is taken from the top-level fields.
 */
final class SnapshotJson {

    private static final System.Logger LOG = System.getLogger(SnapshotJson.class.getName());
    static final int VERSION = 2;

    private SnapshotJson() {
    }

    static String write(MockInterviewSnapshot s) {
        ObjectNode n = InterviewJson.MAPPER.createObjectNode();
        n.put("version", VERSION);
        n.set("config", InterviewJson.toJson(s.config()));
        n.put("sessionId", s.sessionId());
        if (s.startedAt() == null) {
            n.putNull("startedAt");
        } else {
            n.put("startedAt", s.startedAt().toString());
        }
        n.put("step", s.step().name());
        n.put("position", s.position());
        n.put("totalMs", s.totalElapsed().toMillis());
        ArrayNode items = n.putArray("items");
        for (MockInterviewSnapshot.Item i : s.items()) {
            ObjectNode item = items.addObject();
            AnswerDraftJson.write(i.answer(), item);
            item.put("status", i.status().name());
            item.put("finalized", i.finalized());
            item.put("handedOut", i.handedOut());
        }
        return n.toString();
    }

    static Optional<MockInterviewSnapshot> read(String json) {
        try {
            JsonNode n = InterviewJson.MAPPER.readTree(json == null ? "" : json);
            if (n == null || !n.isObject() || !n.path("items").isArray() || n.path("items").isEmpty()) {
                throw new IllegalArgumentException("not a mock interview snapshot");
            }
            int version = n.path("version").asInt(1);
            if (version > VERSION) {
                throw new IllegalArgumentException("snapshot from a newer version");
            }
            InterviewStep step = enumOr(InterviewStep.class, n.path("step").asText(), InterviewStep.NOT_STARTED);
            int position = n.path("position").asInt(0);
            List<MockInterviewSnapshot.Item> items = new ArrayList<>();
            int index = 0;
            for (JsonNode i : n.path("items")) {
                if (!i.isObject()) {
                    throw new IllegalArgumentException("question " + (index + 1) + " is not an object");
                }
                ObjectNode item = ((ObjectNode) i).deepCopy();
                QuestionStatus status = enumOr(QuestionStatus.class, item.path("status").asText(),
                        QuestionStatus.PENDING);
                if (version < 2) {
                    upgradeItem(item, n, status, step, index == position);
                }
                AnswerDraft answer = AnswerDraftJson.read(item, phaseOf(status));
                items.add(new MockInterviewSnapshot.Item(answer, status, item.path("finalized").asBoolean(false),
                        item.path("handedOut").asBoolean(false)));
                index++;
            }
            return Optional.of(new MockInterviewSnapshot(InterviewJson.fromJson(n.path("config")),
                    n.path("sessionId").asLong(0), instant(n, "startedAt"), step, position,
                    Duration.ofMillis(Math.max(0, n.path("totalMs").asLong(0))), items));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mock interview snapshot unreadable: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Version 1 kept the running clock at the top level and no phase per question: give the current
     * question its phase and time from there.
     */
    private static void upgradeItem(ObjectNode item, JsonNode top, QuestionStatus status, InterviewStep step,
            boolean current) {
        if (!current || !step.isTimed()) {
            item.put("phase", phaseOf(status).name());
            return;
        }
        long timerPrep = Math.max(0, top.path("timerPrepMs").asLong(0));
        long timerAnswer = Math.max(0, top.path("timerAnswerMs").asLong(0));
        int followUpIndex = Math.max(0, top.path("followUpIndex").asInt(0));
        switch (step) {
            case PREP, ANSWER -> {
                item.put("phase", step == InterviewStep.PREP ? AnswerPhase.PREP.name() : AnswerPhase.ANSWER.name());
                item.put("prepMs", timerPrep);
                item.put("answerMs", timerAnswer);
            }
            default -> {
                item.put("phase", AnswerPhase.FOLLOW_UP.name());
                item.put("followUpIndex", followUpIndex);
                JsonNode f = item.path("followUps").path(followUpIndex);
                if (f.isObject()) {
                    ((ObjectNode) f).put("ms", timerAnswer);
                }
            }
        }
    }

    private static AnswerPhase phaseOf(QuestionStatus status) {
        return switch (status) {
            case ANSWERED, SCORED, SKIPPED -> AnswerPhase.SCORING;
            default -> AnswerPhase.READY;
        };
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

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
