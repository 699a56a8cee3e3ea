package org.emdrill.ui.banks.editor;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

/**
 * A question as the form holds it, which may not be valid yet: the target time is still the text the
 * user typed, a weight of 0 means "not tested". Lists hold only non-blank, stripped items, so two drafts
 * that would save the same file are equal.
 *
 * @param weights      every dimension, 0 when the question does not test it
 * @param level        null for "any level"
 * @param kind         null when not set
 * @param assesses     as typed; blank leaves the field out
 * @param outline      one step per non-blank line
 * @param expectations only the levels with non-blank text, stripped
 */
public record QuestionDraft(String id, String prompt, List<String> followUps, Map<Dimension, Integer> weights,
                            List<String> signals, List<String> redFlags, String targetSeconds, QuestionLevel level,
                            List<String> tags, QuestionKind kind, String assesses, List<String> outline,
                            Map<QuestionLevel, String> expectations) {

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
        assesses = assesses == null ? "" : assesses;
        outline = List.copyOf(outline);
        EnumMap<QuestionLevel, String> byLevel = new EnumMap<>(QuestionLevel.class);
        expectations.forEach((l, text) -> {
            if (text != null && !text.isBlank()) {
                byLevel.put(l, text.strip());
            }
        });
        expectations = Collections.unmodifiableMap(byLevel);
    }

    public static QuestionDraft blank() {
        return new QuestionDraft("", "", List.of(), Map.of(), List.of(), List.of(),
                String.valueOf(Question.DEFAULT_TARGET_SECONDS), null, List.of(), null, "", List.of(), Map.of());
    }

    public static QuestionDraft of(Question q) {
        return new QuestionDraft(q.id(), q.prompt(), q.followUps(), q.dimensions(), q.signals(), q.redFlags(),
                String.valueOf(q.targetSeconds()), q.level(), q.tags(), q.kind(), q.assesses(), q.outline(),
                q.expectations());
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
