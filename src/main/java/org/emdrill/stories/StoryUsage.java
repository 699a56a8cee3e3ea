package org.emdrill.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.Dimension;

/**
 * Per story: how often it was told and how it scored on each dimension, and whether it is "a story told
 * for everything". Interviewers notice one story stretched to fit every question, so a story is flagged
 * when it was told at least {@link #OVERUSED_MIN_TELLINGS} times and in more than half of all attempts
 * that told any story, or for questions of {@link #OVERUSED_MIN_BANKS} or more banks.
 */
public final class StoryUsage {

    public static final int OVERUSED_MIN_TELLINGS = 4;
    public static final int OVERUSED_MIN_BANKS = 4;

    /** One attempt that told a story: which, the bank of its question, and its scores. */
    public record Telling(String storyId, String bankId, Map<Dimension, Integer> scores) {
        public Telling {
            scores = Map.copyOf(scores);
        }
    }

    /** One story's record. */
    public record Summary(String storyId, int told, int banks, Map<Dimension, Double> averages, boolean overused) {
        public Summary {
            averages = Collections.unmodifiableMap(new EnumMap<>(averages.isEmpty()
                    ? new EnumMap<>(Dimension.class) : averages));
        }

        public Optional<Double> average(Dimension d) {
            return Optional.ofNullable(averages.get(d));
        }
    }

    private StoryUsage() {
    }

    public static Map<String, Summary> summarise(List<Telling> tellings) {
        Map<String, List<Telling>> byStory = new java.util.LinkedHashMap<>();
        tellings.forEach(t -> byStory.computeIfAbsent(t.storyId(), k -> new ArrayList<>()).add(t));
        int total = tellings.size();
        Map<String, Summary> result = new java.util.LinkedHashMap<>();
        byStory.forEach((id, list) -> {
            Map<Dimension, int[]> sums = new EnumMap<>(Dimension.class);
            Set<String> banks = new HashSet<>();
            for (Telling t : list) {
                banks.add(t.bankId());
                t.scores().forEach((d, s) -> {
                    int[] acc = sums.computeIfAbsent(d, k -> new int[2]);
                    acc[0] += s;
                    acc[1]++;
                });
            }
            Map<Dimension, Double> averages = new EnumMap<>(Dimension.class);
            sums.forEach((d, acc) -> averages.put(d, acc[0] / (double) acc[1]));
            boolean overused = list.size() >= OVERUSED_MIN_TELLINGS
                    && (list.size() * 2 > total || banks.size() >= OVERUSED_MIN_BANKS);
            result.put(id, new Summary(id, list.size(), banks.size(), averages, overused));
        });
        return result;
    }
}
