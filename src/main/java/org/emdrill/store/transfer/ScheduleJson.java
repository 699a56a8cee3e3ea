package org.emdrill.store.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.emdrill.domain.Problem;
import org.emdrill.practice.schedule.CardPhase;
import org.emdrill.practice.schedule.ReviewState;

/**
 * The {@code reviewSchedule} list of a JSON history export: one object per scheduled question, so a
 * history moved to another computer keeps what is due when. Optional in the file: an export without it
 * (written before schedules were exported) imports as before, with the schedule untouched.
 *
 * <pre>{"questionId": "q1", "bankId": "feedback", "phase": "review", "ease": 2.5, "intervalDays": 10,
 *  "repetitions": 3, "lapses": 0, "step": 0, "leech": false,
 *  "dueAt": "2025-03-21T04:00:00.000Z", "lastReviewedAt": "2025-03-11T10:00:00.000Z"}</pre>
 */
final class ScheduleJson {

    static final String FIELD = "reviewSchedule";
    /** Ten times the scheduler's cap, so only nonsense is refused. */
    private static final int MAX_INTERVAL_DAYS = 365_000;
    private static final double MAX_EASE = 100;

    private ScheduleJson() {
    }

    /** The rows read from a file, and the ones left out with where and why. */
    record Read(List<ReviewState> rows, List<Problem> rejected) {
        Read {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }
    }

    static void write(JsonGenerator g, List<ReviewState> schedule) throws IOException {
        g.writeArrayFieldStart(FIELD);
        for (ReviewState s : schedule) {
            g.writeStartObject();
            g.writeStringField("questionId", s.questionId());
            g.writeStringField("bankId", s.bankId());
            g.writeStringField("phase", s.phase().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("ease", s.ease());
            g.writeNumberField("intervalDays", s.intervalDays());
            g.writeNumberField("repetitions", s.repetitions());
            g.writeNumberField("lapses", s.lapses());
            g.writeNumberField("step", s.step());
            g.writeBooleanField("leech", s.leech());
            g.writeStringField("dueAt", JsonExport.time(s.dueAt()));
            if (s.lastReviewedAt() == null) {
                g.writeNullField("lastReviewedAt");
            } else {
                g.writeStringField("lastReviewedAt", JsonExport.time(s.lastReviewedAt()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Reads the list under {@code reviewSchedule}; a wrong row is left out alone, with its JSON path. */
    static Read read(JsonNode root, String fileName) {
        JsonNode list = root.get(FIELD);
        List<ReviewState> rows = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        if (list == null || list.isNull()) {
            return new Read(rows, rejected);
        }
        if (!list.isArray()) {
            rejected.add(new Problem(fileName, 0, 0, FIELD, "must be a list of review dates"));
            return new Read(rows, rejected);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = FIELD + "[" + i + "]";
            try {
                ReviewState row = row(list.get(i), path);
                if (!seen.add(row.questionId())) {
                    throw new InvalidField(path + ".questionId", "repeats question \"" + row.questionId()
                            + "\"; each question has one review date");
                }
                rows.add(row);
            } catch (InvalidField e) {
                rejected.add(new Problem(fileName, 0, 0, e.path(), e.getMessage()));
            }
        }
        return new Read(rows, rejected);
    }

    private static ReviewState row(JsonNode node, String path) throws InvalidField {
        if (node == null || !node.isObject()) {
            throw new InvalidField(path, "must be an object");
        }
        String questionId = text(node, "questionId", path);
        if (questionId.isBlank()) {
            throw new InvalidField(path + ".questionId", "must not be empty");
        }
        String phaseText = text(node, "phase", path);
        CardPhase phase = switch (phaseText) {
            case "learning" -> CardPhase.LEARNING;
            case "review" -> CardPhase.REVIEW;
            case "relearning" -> CardPhase.RELEARNING;
            default -> throw new InvalidField(path + ".phase", "must be \"learning\", \"review\" or \"relearning\", not \""
                    + phaseText + "\"");
        };
        JsonNode ease = node.get("ease");
        if (ease == null || !ease.isNumber() || !(ease.asDouble() > 1.0) || ease.asDouble() > MAX_EASE) {
            throw new InvalidField(path + ".ease", "must be a number above 1 (2.5 for a question that is going well)");
        }
        int interval = whole(node, "intervalDays", path, MAX_INTERVAL_DAYS);
        if (phase != CardPhase.LEARNING && interval < 1) {
            throw new InvalidField(path + ".intervalDays", "must be 1 or more for a question in " + phaseText);
        }
        JsonNode leech = node.get("leech");
        if (leech != null && !leech.isNull() && !leech.isBoolean()) {
            throw new InvalidField(path + ".leech", "must be true or false");
        }
        Instant due = JsonFields.instant(node, "dueAt", path, true);
        Instant last = JsonFields.instant(node, "lastReviewedAt", path, false);
        JsonNode bank = node.get("bankId");
        return new ReviewState(questionId, bank != null && bank.isTextual() ? bank.asText() : "", phase,
                ease.asDouble(), phase == CardPhase.LEARNING ? 0 : interval,
                whole(node, "repetitions", path, Integer.MAX_VALUE), whole(node, "lapses", path, Integer.MAX_VALUE),
                phase == CardPhase.REVIEW ? 0 : whole(node, "step", path, 1_000),
                leech != null && leech.asBoolean(), due, last);
    }

    private static String text(JsonNode node, String field, String path) throws InvalidField {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new InvalidField(path + "." + field, "is missing");
        }
        if (!v.isTextual()) {
            throw new InvalidField(path + "." + field, "must be text");
        }
        return v.asText();
    }

    private static int whole(JsonNode node, String field, String path, int max) throws InvalidField {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0 || v.asInt() > max) {
            throw new InvalidField(path + "." + field, "must be a whole number from 0 to " + max);
        }
        return v.asInt();
    }


}
