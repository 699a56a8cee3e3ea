package org.emdrill.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The five levels of one dimension and, where the rubric says so, the pass mark at each manager level. Shared
 * by the five assessed dimensions and the optional ones, which are scored on the same kind of scale.
 */
public record RubricScale(Map<Integer, RubricLevel> levels, Map<QuestionLevel, PassMark> passMarks) {

    public RubricScale {
        levels = Collections.unmodifiableMap(new TreeMap<>(levels));
        EnumMap<QuestionLevel, PassMark> marks = new EnumMap<>(QuestionLevel.class);
        marks.putAll(passMarks);
        passMarks = Collections.unmodifiableMap(marks);
    }

    /** A scale with one text per level and no pass marks, as in the first rubric format. */
    public static RubricScale ofDescriptions(Map<Integer, String> descriptions) {
        Map<Integer, RubricLevel> levels = new TreeMap<>();
        descriptions.forEach((level, text) -> levels.put(level, RubricLevel.of(level, text)));
        return new RubricScale(levels, Map.of());
    }

    public Optional<RubricLevel> level(int level) {
        return Optional.ofNullable(levels.get(level));
    }

    public String describe(int level, boolean scenario) {
        return level(level).map(l -> l.describe(scenario)).orElse("");
    }

    public List<String> markers(int level) {
        return level(level).map(RubricLevel::markers).orElse(List.of());
    }

    public Optional<PassMark> passMark(QuestionLevel managerLevel) {
        return Optional.ofNullable(passMarks.get(managerLevel));
    }
}
