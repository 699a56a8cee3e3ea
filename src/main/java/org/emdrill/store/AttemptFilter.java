package org.emdrill.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;

/**
 * Which attempts to show. Every part is optional; the parts that are set must all hold (AND).
 *
 * @param bankIds      attempts from any of these banks; empty means every bank
 * @param questionText a case-insensitive substring of the prompt as asked; blank means any
 * @param from         finished at or after this instant; null means no lower bound
 * @param to           finished strictly before this instant (half-open, so whole days chain); null means none
 * @param mode         typed or spoken; null means both
 * @param overall      the overall score lies in this range; null means any (and includes unscored attempts)
 * @param dimension    with {@code dimensionRange}: that dimension was scored within the range
 * @param text         words searched in the answer text and the notes (case-insensitive substring);
 *                     blank means any
 * @param storyId      attempts that told this story; null means any (told a story or not)
 */
public record AttemptFilter(
        Set<String> bankIds,
        String questionText,
        Instant from,
        Instant to,
        AnswerMode mode,
        ScoreRange overall,
        Dimension dimension,
        ScoreRange dimensionRange,
        String text,
        String storyId) {

    public static final AttemptFilter ALL = new AttemptFilter(Set.of(), "", null, null, null, null, null, null, "", null);

    public AttemptFilter {
        bankIds = bankIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(bankIds));
        questionText = questionText == null ? "" : questionText.strip();
        text = text == null ? "" : text.strip();
        storyId = storyId == null || storyId.isBlank() ? null : storyId;
        if ((dimension == null) != (dimensionRange == null)) {
            throw new IllegalArgumentException("a dimension filter needs both the dimension and its range");
        }
    }

    public static AttemptFilter all() {
        return ALL;
    }

    public AttemptFilter withBanks(Set<String> ids) {
        return new AttemptFilter(ids, questionText, from, to, mode, overall, dimension, dimensionRange, text, storyId);
    }

    public AttemptFilter withQuestionText(String value) {
        return new AttemptFilter(bankIds, value, from, to, mode, overall, dimension, dimensionRange, text, storyId);
    }

    public AttemptFilter between(Instant fromInclusive, Instant toExclusive) {
        return new AttemptFilter(bankIds, questionText, fromInclusive, toExclusive, mode, overall, dimension,
                dimensionRange, text, storyId);
    }

    public AttemptFilter withMode(AnswerMode value) {
        return new AttemptFilter(bankIds, questionText, from, to, value, overall, dimension, dimensionRange, text, storyId);
    }

    public AttemptFilter withOverall(ScoreRange range) {
        return new AttemptFilter(bankIds, questionText, from, to, mode, range, dimension, dimensionRange, text, storyId);
    }

    public AttemptFilter withDimension(Dimension value, ScoreRange range) {
        Objects.requireNonNull(value, "dimension");
        Objects.requireNonNull(range, "range");
        return new AttemptFilter(bankIds, questionText, from, to, mode, overall, value, range, text, storyId);
    }

    public AttemptFilter withoutDimension() {
        return new AttemptFilter(bankIds, questionText, from, to, mode, overall, null, null, text, storyId);
    }

    public AttemptFilter withText(String value) {
        return new AttemptFilter(bankIds, questionText, from, to, mode, overall, dimension, dimensionRange, value, storyId);
    }

    /** A filter without a story part, as filters were before stories. */
    public AttemptFilter(Set<String> bankIds, String questionText, Instant from, Instant to, AnswerMode mode,
            ScoreRange overall, Dimension dimension, ScoreRange dimensionRange, String text) {
        this(bankIds, questionText, from, to, mode, overall, dimension, dimensionRange, text, null);
    }

    /** Only the attempts that told story {@code id}; null for any. */
    public AttemptFilter withStory(String id) {
        return new AttemptFilter(bankIds, questionText, from, to, mode, overall, dimension, dimensionRange, text, id);
    }

    public Optional<Dimension> dimensionIfSet() {
        return Optional.ofNullable(dimension);
    }

    public boolean isEmpty() {
        return equals(ALL);
    }
}
