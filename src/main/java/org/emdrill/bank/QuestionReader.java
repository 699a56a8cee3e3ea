package org.emdrill.bank;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionLevel;

/** Reads one question object of a bank, reporting every problem in it. */
final class QuestionReader {

    static final Set<String> KNOWN_FIELDS = Set.of("id", "prompt", "followUps", "dimensions", "signals",
            "redFlags", "tags", "targetSeconds", "level", "kind", "assesses", "outline", "expectations");

    private static final String LEVEL_IDS = levelIds();

    private final Fields fields;
    private final AnswerGuideReader guideReader;

    QuestionReader(Fields fields) {
        this.fields = fields;
        this.guideReader = new AnswerGuideReader(fields);
    }

    /** The question, or null when it has problems (all of them reported). */
    Question read(JsonValue.Obj q, String path) {
        int errorsBefore = fields.findings().errorCount();
        String id = fields.id(q, "id", path, "team-conflict-first-disagreement");
        String prompt = fields.text(q, "prompt", path, true, BankLimits.MAX_PROMPT_CHARS);
        List<String> followUps = fields.textList(q, "followUps", path, BankLimits.MAX_LIST_ITEM_CHARS);
        Map<Dimension, Integer> dimensions = dimensions(q, path);
        List<String> signals = fields.textList(q, "signals", path, BankLimits.MAX_LIST_ITEM_CHARS);
        List<String> redFlags = fields.textList(q, "redFlags", path, BankLimits.MAX_LIST_ITEM_CHARS);
        List<String> tags = fields.textList(q, "tags", path, BankLimits.MAX_TAG_CHARS);
        Integer targetSeconds = targetSeconds(q, path);
        QuestionLevel level = level(q, path);
        AnswerGuideReader.AnswerGuide guide = guideReader.read(q, path);
        fields.warnUnknownFields(q, path, KNOWN_FIELDS);
        if (fields.findings().errorCount() > errorsBefore) {
            return null;
        }
        return new Question(id, prompt, followUps, dimensions, signals, redFlags, targetSeconds, level, tags,
                guide.kind(), guide.assesses(), guide.outline(), guide.expectations());
    }

    private Map<Dimension, Integer> dimensions(JsonValue.Obj q, String path) {
        Map<Dimension, Integer> weights = new EnumMap<>(Dimension.class);
        JsonValue.Obj dims = fields.object(q, "dimensions", path, true,
                "say which dimensions it tests, like \"dimensions\": { \"leadership\": 2 }");
        if (dims == null) {
            return weights;
        }
        String dimsPath = FieldPath.child(path, "dimensions");
        if (dims.members().isEmpty()) {
            fields.findings().error(dims.position(), dimsPath,
                    "names no dimension; add at least one, like { \"leadership\": 2 }");
            return weights;
        }
        for (JsonValue.Member m : dims.members().values()) {
            String weightPath = FieldPath.child(dimsPath, m.name());
            Dimension dimension = Dimension.fromId(m.name()).orElse(null);
            if (dimension == null) {
                fields.findings().error(m.namePosition(), weightPath, "unknown dimension \"" + Messages.quote(m.name())
                        + "\"; valid dimensions are " + Dimension.allIds());
            }
            Integer weight = fields.wholeNumber(m.value(), weightPath, BankLimits.MIN_WEIGHT, BankLimits.MAX_WEIGHT,
                    "a whole number from " + BankLimits.MIN_WEIGHT + " to " + BankLimits.MAX_WEIGHT);
            if (dimension != null && weight != null) {
                weights.put(dimension, weight);
            }
        }
        return weights;
    }

    private Integer targetSeconds(JsonValue.Obj q, String path) {
        JsonValue v = fields.get(q, "targetSeconds", path, false, "");
        if (v == null) {
            return Question.DEFAULT_TARGET_SECONDS;
        }
        return fields.wholeNumber(v, FieldPath.child(path, "targetSeconds"), BankLimits.MIN_TARGET_SECONDS,
                BankLimits.MAX_TARGET_SECONDS, "between " + BankLimits.MIN_TARGET_SECONDS + " and "
                        + Messages.count(BankLimits.MAX_TARGET_SECONDS) + " seconds (half a minute to 30 minutes)");
    }

    private QuestionLevel level(JsonValue.Obj q, String path) {
        JsonValue v = fields.get(q, "level", path, false, "");
        if (v == null) {
            return null;
        }
        String levelPath = FieldPath.child(path, "level");
        if (!(v instanceof JsonValue.Str s)) {
            fields.wrongType(v, levelPath, "text");
            return null;
        }
        QuestionLevel level = QuestionLevel.fromId(s.value()).orElse(null);
        if (level == null) {
            fields.findings().error(v.position(), levelPath, "unknown level \"" + Messages.quote(s.value()) + "\"; use one of "
                    + LEVEL_IDS + ", or remove the field");
        }
        return level;
    }

    static String levelIds() {
        StringBuilder sb = new StringBuilder();
        for (QuestionLevel l : QuestionLevel.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(l.id());
        }
        return sb.toString();
    }
}
