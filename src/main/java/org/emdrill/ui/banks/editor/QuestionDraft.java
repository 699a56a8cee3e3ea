package org.emdrill.ui.banks.editor;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionLevel;

/**
 * A question as the form holds it, which may not be valid yet: the target time is still the text the
 * user typed, a weight of 0 means "not tested". Lists hold only non-blank, stripped items, so two drafts
 * that would save the same file are equal.
 *
 * @param weights every dimension, 0 when the question does not test it
 * @param level   null for "any level"
 */
public record QuestionDraft(String id, String prompt, List<String> followUps, Map<Dimension, Integer> weights,
                            List<String> signals, List<String> redFlags, String targetSeconds, QuestionLevel level,
                            List<String> tags) {

    public QuestionDraft {
        id = id == null ? "" : id.strip();
        prompt = prompt == null ? "" : prompt;
        followUps = List.copyOf(followUps);
        EnumMap<Dimension, Integer> all = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            all.put(d, weights.getOrDefault(d, 0));
        }
        weights = Collections.unmodifiableMap(all);
        signals = List.copyOf(signals);
        redFlags = List.copyOf(redFlags);
        targetSeconds = targetSeconds == null ? "" : targetSeconds.strip();
        tags = List.copyOf(tags);
    }

    public static QuestionDraft blank() {
        return new QuestionDraft("", "", List.of(), Map.of(), List.of(), List.of(),
                String.valueOf(Question.DEFAULT_TARGET_SECONDS), null, List.of());
    }

    public static QuestionDraft of(Question q) {
        return new QuestionDraft(q.id(), q.prompt(), q.followUps(), q.dimensions(), q.signals(), q.redFlags(),
                String.valueOf(q.targetSeconds()), q.level(), q.tags());
    }

    /** One item per non-blank line, as typed into a text area. */
    public static List<String> lines(String text) {
        return split(text, "\\R");
    }

    /** Comma-separated items, as typed into the tags field. */
    public static List<String> commaSeparated(String text) {
        return split(text, ",");
    }

    private static List<String> split(String text, String separator) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
