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
 * @param dimensions the dimensions this question tests, each with a positive weight
 * @param level      may be null when the bank does not say
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
        List<String> tags) {

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
        if (targetSeconds <= 0) {
            targetSeconds = DEFAULT_TARGET_SECONDS;
        }
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
