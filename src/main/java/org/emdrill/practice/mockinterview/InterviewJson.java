package org.emdrill.practice.mockinterview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.practice.QuestionFilter;

/**
 * The JSON form of a {@link InterviewConfig}, as stored in presets, session rows and snapshots. Written with
 * Jackson's tree model (no data binding, no type information in the file). Reading is forgiving:
 * unknown fields are ignored, missing or out-of-range values fall back to the Full loop preset's or
 * are clamped, so a preset saved by another version still opens.
 *
 * <pre>{"questionCount":5,"selection":"balanced","bankIds":[],"prepSeconds":60,"targetSeconds":null,
 *  "followUps":2,"followUpTargetSeconds":60,"mode":"spoken","scoring":"at-end"}</pre>
 * plus, when set, {@code "kind"} and {@code "level"} (the question filter) and, for a loop,
 * {@code "loopQuestions":[{"id":"…","answerSeconds":240,"focus":"…"}]}.
 */
public final class InterviewJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private InterviewJson() {
    }

    public static ObjectNode toJson(InterviewConfig c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("questionCount", c.questionCount());
        n.put("selection", c.selection().id());
        ArrayNode banks = n.putArray("bankIds");
        c.bankIds().forEach(banks::add);
        n.put("prepSeconds", c.prep().toSeconds());
        if (c.targetOverride() == null) {
            n.putNull("targetSeconds");
        } else {
            n.put("targetSeconds", c.targetOverride().toSeconds());
        }
        n.put("followUps", c.followUps());
        n.put("followUpTargetSeconds", c.followUpTarget().toSeconds());
        n.put("mode", c.mode().id());
        n.put("scoring", c.scoring().id());
        // Only when set, so a preset without them reads as before in an older version.
        if (c.filter().kind() != null) {
            n.put("kind", c.filter().kind().id());
        }
        if (c.filter().level() != null) {
            n.put("level", c.filter().level().id());
        }
        if (c.isLoop()) {
            ArrayNode qs = n.putArray("loopQuestions");
            for (LoopQuestion q : c.loopQuestions()) {
                ObjectNode item = qs.addObject();
                item.put("id", q.questionId());
                item.put("answerSeconds", q.answerSeconds());
                if (!q.focus().isEmpty()) {
                    item.put("focus", q.focus());
                }
            }
        }
        return n;
    }

    public static String toJsonText(InterviewConfig c) {
        return toJson(c).toString();
    }

    /** Never fails: anything unreadable falls back to the Full loop's value for that field. */
    public static InterviewConfig fromJson(JsonNode n) {
        InterviewConfig d = InterviewPresets.fullLoop().config();
        if (n == null || !n.isObject()) {
            return d;
        }
        int count = clamp(intOr(n, "questionCount", d.questionCount()), InterviewConfig.MIN_QUESTIONS,
                InterviewConfig.MAX_QUESTIONS);
        QuestionSelection selection = QuestionSelection.fromId(n.path("selection").asText()).orElse(d.selection());
        List<String> bankIds = new ArrayList<>();
        n.path("bankIds").forEach(b -> {
            if (b.isTextual() && !b.asText().isBlank()) {
                bankIds.add(b.asText());
            }
        });
        long prep = Math.max(0, longOr(n, "prepSeconds", d.prep().toSeconds()));
        JsonNode target = n.path("targetSeconds");
        Duration targetOverride = target.canConvertToLong() && target.asLong() > 0
                ? Duration.ofSeconds(target.asLong()) : null;
        int followUps = clamp(intOr(n, "followUps", d.followUps()), 0, InterviewConfig.MAX_FOLLOW_UPS);
        long followUpTarget = longOr(n, "followUpTargetSeconds", d.followUpTarget().toSeconds());
        AnswerMode mode = AnswerMode.fromId(n.path("mode").asText()).orElse(d.mode());
        ScoringTiming scoring = ScoringTiming.fromId(n.path("scoring").asText()).orElse(d.scoring());
        QuestionFilter filter = new QuestionFilter(QuestionKind.fromId(n.path("kind").asText()).orElse(null),
                QuestionLevel.fromId(n.path("level").asText()).orElse(null));
        List<LoopQuestion> loop = new ArrayList<>();
        n.path("loopQuestions").forEach(q -> {
            String id = q.path("id").asText("");
            if (!id.isBlank()) {
                loop.add(new LoopQuestion(id, Math.max(0, q.path("answerSeconds").asInt(0)), q.path("focus").asText("")));
            }
        });
        Duration followUpTime = followUpTarget > 0 ? Duration.ofSeconds(followUpTarget) : d.followUpTarget();
        if (selection == QuestionSelection.LOOP) {
            if (loop.isEmpty()) {
                selection = d.selection(); // a loop with its questions lost: draw from the banks instead
            } else {
                return InterviewConfig.loop(loop, Duration.ofSeconds(prep), followUps, followUpTime, mode, scoring);
            }
        }
        return new InterviewConfig(count, selection, bankIds, Duration.ofSeconds(prep), targetOverride, followUps,
                followUpTime, mode, scoring, filter, List.of());
    }

    /** Empty when the text is not JSON at all. */
    public static Optional<InterviewConfig> fromJsonText(String text) {
        try {
            return Optional.of(fromJson(MAPPER.readTree(text == null ? "" : text)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static int intOr(JsonNode n, String field, int fallback) {
        JsonNode v = n.path(field);
        return v.canConvertToInt() ? v.asInt() : fallback;
    }

    private static long longOr(JsonNode n, String field, long fallback) {
        JsonNode v = n.path(field);
        return v.canConvertToLong() ? v.asLong() : fallback;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
