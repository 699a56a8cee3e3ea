package org.emdrill.bank;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.emdrill.domain.PassMark;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.RubricLevel;
import org.emdrill.domain.RubricScale;

/**
 * Reads the {@code levels} and {@code pass} of one rubric dimension. A level is either one text (the first
 * format, still accepted) or an object with a description, the checkable markers and an optional wording for
 * scenario answers. Every problem is reported; the result is null when any was found.
 */
final class RubricScaleReader {

    static final int MIN_MARKERS = 2;
    static final int MAX_MARKERS = 4;

    private static final Set<String> KNOWN_LEVEL_FIELDS = Set.of("description", "scenarioDescription", "markers");
    private static final Set<String> KNOWN_PASS_FIELDS = Set.of("minimum", "description");

    private final Fields fields;

    RubricScaleReader(Fields fields) {
        this.fields = fields;
    }

    RubricScale read(JsonValue.Obj dimension, String path) {
        int errorsBefore = fields.findings().errorCount();
        Map<Integer, RubricLevel> levels = levels(dimension, path);
        Map<QuestionLevel, PassMark> passMarks = passMarks(dimension, path);
        return fields.findings().errorCount() > errorsBefore ? null : new RubricScale(levels, passMarks);
    }

    private Map<Integer, RubricLevel> levels(JsonValue.Obj d, String path) {
        Map<Integer, RubricLevel> levels = new TreeMap<>();
        JsonValue.Obj obj = fields.object(d, "levels", path, true, "describe each level from \"1\" to \"5\"");
        if (obj == null) {
            return levels;
        }
        String levelsPath = FieldPath.child(path, "levels");
        for (JsonValue.Member m : obj.members().values()) {
            String levelPath = FieldPath.child(levelsPath, m.name());
            Integer level = levelNumber(m.name());
            if (level == null) {
                fields.findings().error(m.namePosition(), levelPath, "unknown level \"" + Messages.quote(m.name())
                        + "\"; levels are \"1\" to \"" + RubricDimension.MAX_LEVEL + "\"");
            }
            RubricLevel read = level(m.value(), level == null ? 1 : level, levelPath);
            if (level != null && read != null) {
                levels.put(level, read);
            }
        }
        for (int level = RubricDimension.MIN_LEVEL; level <= RubricDimension.MAX_LEVEL; level++) {
            if (!obj.members().containsKey(Integer.toString(level))) {
                fields.findings().error(obj.position(), FieldPath.child(levelsPath, Integer.toString(level)),
                        "missing level \"" + level + "\"; describe every level from \"1\" to \""
                                + RubricDimension.MAX_LEVEL + "\"");
            }
        }
        return levels;
    }

    /** A text, or an object with {@code description}, {@code markers} and optional {@code scenarioDescription}. */
    private RubricLevel level(JsonValue value, int level, String path) {
        if (value instanceof JsonValue.Str) {
            String text = fields.text(value, path, BankLimits.MAX_RUBRIC_TEXT_CHARS);
            return text == null ? null : RubricLevel.of(level, text);
        }
        if (!(value instanceof JsonValue.Obj o)) {
            fields.wrongType(value, path, "text, or an object with \"description\" and \"markers\"");
            return null;
        }
        int errorsBefore = fields.findings().errorCount();
        fields.warnUnknownFields(o, path, KNOWN_LEVEL_FIELDS);
        String description = fields.text(o, "description", path, true, BankLimits.MAX_RUBRIC_TEXT_CHARS);
        String scenario = o.members().containsKey("scenarioDescription")
                ? fields.text(o, "scenarioDescription", path, false, BankLimits.MAX_RUBRIC_TEXT_CHARS)
                : "";
        List<String> markers = markers(o, path);
        if (fields.findings().errorCount() > errorsBefore) {
            return null;
        }
        return new RubricLevel(level, description, scenario, markers);
    }

    private List<String> markers(JsonValue.Obj o, String path) {
        JsonValue.Arr arr = fields.array(o, "markers", path, true,
                "list " + MIN_MARKERS + " to " + MAX_MARKERS + " things a candidate can check in their own answer");
        if (arr == null) {
            return List.of();
        }
        List<String> markers = fields.textList(o, "markers", path, BankLimits.MAX_LIST_ITEM_CHARS);
        int count = arr.items().size();
        if (count < MIN_MARKERS || count > MAX_MARKERS) {
            fields.findings().error(arr.position(), FieldPath.child(path, "markers"), "has "
                    + Messages.plural(count, "marker", "markers") + "; give " + MIN_MARKERS + " to " + MAX_MARKERS
                    + ", each something a candidate can check in their own answer");
        }
        return markers;
    }

    /**
     * Optional. A senior role need not need a higher score on every dimension: a new manager is often
     * expected to go deeper technically than a director, so the marks are not forced to rise with seniority.
     */
    private Map<QuestionLevel, PassMark> passMarks(JsonValue.Obj d, String path) {
        Map<QuestionLevel, PassMark> marks = new EnumMap<>(QuestionLevel.class);
        JsonValue.Obj obj = fields.object(d, "pass", path, false, "");
        if (obj == null) {
            return marks;
        }
        String passPath = FieldPath.child(path, "pass");
        for (JsonValue.Member m : obj.members().values()) {
            String markPath = FieldPath.child(passPath, m.name());
            QuestionLevel managerLevel = QuestionLevel.fromId(m.name()).orElse(null);
            if (managerLevel == null) {
                fields.findings().error(m.namePosition(), markPath, "unknown manager level \""
                        + Messages.quote(m.name()) + "\"; use " + managerLevelIds());
            }
            PassMark mark = passMark(m.value(), managerLevel, markPath);
            if (mark != null) {
                marks.put(managerLevel, mark);
            }
        }
        return marks;
    }

    private PassMark passMark(JsonValue value, QuestionLevel managerLevel, String path) {
        if (!(value instanceof JsonValue.Obj o)) {
            fields.wrongType(value, path, "an object with \"minimum\" and \"description\"");
            return null;
        }
        fields.warnUnknownFields(o, path, KNOWN_PASS_FIELDS);
        JsonValue min = fields.get(o, "minimum", path, true, "the lowest score from 1 to 5 that passes");
        Integer minimum = min == null ? null : fields.wholeNumber(min, FieldPath.child(path, "minimum"),
                RubricDimension.MIN_LEVEL, RubricDimension.MAX_LEVEL, "a whole number from 1 to 5");
        String description = fields.text(o, "description", path, true, BankLimits.MAX_RUBRIC_TEXT_CHARS);
        if (managerLevel == null || minimum == null || description == null) {
            return null;
        }
        return new PassMark(managerLevel, minimum, description);
    }

    private static Integer levelNumber(String key) {
        for (int level = RubricDimension.MIN_LEVEL; level <= RubricDimension.MAX_LEVEL; level++) {
            if (key.equals(Integer.toString(level))) {
                return level;
            }
        }
        return null;
    }

    private static String managerLevelIds() {
        StringBuilder sb = new StringBuilder();
        for (QuestionLevel level : QuestionLevel.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(level.id());
        }
        return sb.toString();
    }
}
