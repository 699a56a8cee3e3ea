package org.emdrill.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One interview question as written in a bank.
 *
 * @param dimensions   the dimensions this question tests, each with a positive weight
 * @param level        may be null when the question suits any level
 * @param kind         story or scenario; may be null when the bank does not say
 * @param assesses     what the interviewer is really testing, one sentence; empty when the bank does not say
 * @param outline      the skeleton of a strong answer, in order; empty when the bank does not say
 * @param expectations what a good answer shows at each level it names; empty when the bank does not say
 */
public record Question(
        String id,
        String prompt,
        List<String> followUps,
        Map<Dimension, Integer> dimensions,
        List<String> signals,
        List<String> redFlags,
        int targetSeconds,
        QuestionLevel level,
        List<String> tags,
        QuestionKind kind,
        String assesses,
        List<String> outline,
        Map<QuestionLevel, String> expectations) {

    public static final int DEFAULT_TARGET_SECONDS = 150;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        followUps = List.copyOf(followUps);
        EnumMap<Dimension, Integer> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(copy);
        signals = List.copyOf(signals);
        redFlags = List.copyOf(redFlags);
        tags = List.copyOf(tags);
        assesses = assesses == null ? "" : assesses;
        outline = List.copyOf(outline);
        EnumMap<QuestionLevel, String> byLevel = new EnumMap<>(QuestionLevel.class);
        byLevel.putAll(expectations);
        expectations = Collections.unmodifiableMap(byLevel);
        if (targetSeconds <= 0) {
            targetSeconds = DEFAULT_TARGET_SECONDS;
        }
    }

    /** A question without the answer-guide fields (kind, assesses, outline, expectations). */
    public Question(String id, String prompt, List<String> followUps, Map<Dimension, Integer> dimensions,
                    List<String> signals, List<String> redFlags, int targetSeconds, QuestionLevel level,
                    List<String> tags) {
        this(id, prompt, followUps, dimensions, signals, redFlags, targetSeconds, level, tags, null, "", List.of(),
                Map.of());
    }

    /** This question with another id and everything else the same, as when a bank is imported as a copy. */
    public Question withId(String newId) {
        return new Question(newId, prompt, followUps, dimensions, signals, redFlags, targetSeconds, level, tags,
                kind, assesses, outline, expectations);
    }

    public Optional<QuestionKind> kindIfKnown() {
        return Optional.ofNullable(kind);
    }

    public Optional<QuestionLevel> levelIfKnown() {
        return Optional.ofNullable(level);
    }

    public boolean targets(Dimension dimension) {
        return dimensions.containsKey(dimension);
    }

    public int weightOf(Dimension dimension) {
        return dimensions.getOrDefault(dimension, 0);
    }
}
