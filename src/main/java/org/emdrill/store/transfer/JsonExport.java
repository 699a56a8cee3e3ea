package org.emdrill.store.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.StoredAttempt;
import org.emdrill.store.StoredFollowUp;
import org.emdrill.stories.Story;

/**
 * Writes the complete history as JSON that {@link JsonImport} reads back: every field of every attempt,
 * with scores, STAR ticks, follow-up answers, the session link and the revision stamp, under a format
 * name and version, followed by the review schedule of the exported questions ({@link ScheduleJson}) and the
 * user's stories ({@link StoryJson}). Times are ISO-8601 UTC with milliseconds; durations are milliseconds. Each attempt
 * carries its identity key (see {@link AttemptIdentity}) for reference; import computes it again.
 */
public final class JsonExport {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonExport() {
    }

    public static void write(List<StoredAttempt> attempts, Instant exportedAt, OutputStream out) throws IOException {
        write(attempts, List.of(), exportedAt, out);
    }

    /** The attempts and, under {@code reviewSchedule}, the review schedule of their questions. */
    public static void write(List<StoredAttempt> attempts, List<ReviewState> schedule, Instant exportedAt,
                             OutputStream out) throws IOException {
        write(attempts, schedule, List.of(), Map.of(), exportedAt, out);
    }

    /**
     * As above, followed by the user's stories and which exported attempt told which ({@link StoryJson});
     * {@code storyOfAttempt} maps attempt ids to story ids.
     */
    public static void write(List<StoredAttempt> attempts, List<ReviewState> schedule, List<Story> stories,
                             Map<Long, String> storyOfAttempt, Instant exportedAt, OutputStream out) throws IOException {
        Map<String, String> told = new LinkedHashMap<>();
        for (StoredAttempt a : attempts) {
            String story = storyOfAttempt.get(a.attempt().id());
            if (story != null) {
                told.put(AttemptIdentity.key(a.attempt()), story);
            }
        }
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", TransferFormat.FORMAT);
            g.writeNumberField("formatVersion", TransferFormat.VERSION);
            g.writeStringField("exportedAt", time(exportedAt));
            g.writeArrayFieldStart("attempts");
            for (StoredAttempt a : attempts) {
                writeAttempt(g, a);
            }
            g.writeEndArray();
            ScheduleJson.write(g, schedule);
            StoryJson.write(g, stories, told);
            g.writeEndObject();
        }
    }

    private static void writeAttempt(JsonGenerator g, StoredAttempt stored) throws IOException {
        Attempt a = stored.attempt();
        g.writeStartObject();
        g.writeStringField("key", AttemptIdentity.key(a));
        g.writeNumberField("id", a.id());
        g.writeStringField("bankId", a.bankId());
        g.writeStringField("bankTitle", a.bankTitle());
        g.writeStringField("questionId", a.questionId());
        g.writeStringField("prompt", a.prompt());
        g.writeStringField("mode", a.mode().id());
        g.writeNumberField("prepMs", a.prepDuration().toMillis());
        g.writeNumberField("answerMs", a.answerDuration().toMillis());
        g.writeNumberField("targetSeconds", a.targetSeconds());
        g.writeStringField("answerText", a.answerText());
        g.writeStringField("notes", a.notes());
        g.writeObjectFieldStart("scores");
        for (Map.Entry<Dimension, Integer> e : a.scores().values().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("star");
        for (StarElement e : StarElement.values()) {
            if (a.star().contains(e)) {
                g.writeString(e.id());
            }
        }
        g.writeEndArray();
        if (a.overall() == null) {
            g.writeNullField("overall");
        } else {
            g.writeNumberField("overall", a.overall());
        }
        g.writeStringField("startedAt", time(a.startedAt()));
        g.writeStringField("finishedAt", time(a.finishedAt()));
        g.writeStringField("createdAt", time(stored.createdAt()));
        if (stored.revisedAt() == null) {
            g.writeNullField("revisedAt");
        } else {
            g.writeStringField("revisedAt", time(stored.revisedAt()));
        }
        if (stored.session() == null) {
            g.writeNullField("session");
        } else {
            g.writeObjectFieldStart("session");
            g.writeNumberField("id", stored.session().sessionId());
            g.writeNumberField("position", stored.session().position());
            g.writeStringField("startedAt", time(stored.session().sessionStartedAt()));
            g.writeEndObject();
        }
        g.writeArrayFieldStart("followUps");
        for (StoredFollowUp f : stored.followUps()) {
            g.writeStartObject();
            g.writeNumberField("position", f.position());
            g.writeStringField("prompt", f.prompt());
            g.writeStringField("answerText", f.answerText());
            g.writeNumberField("answerMs", f.answerDuration().toMillis());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!stored.ticks().isEmpty()) {
            // Optional, so older files import with none and older versions ignore it.
            g.writeObjectFieldStart("ticks");
            g.writeArrayFieldStart("signals");
            for (String t : stored.ticks().signals()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("redFlags");
            for (String t : stored.ticks().redFlags()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
