package org.emdrill.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The rule that a ticked red flag caps the level suggested for a dimension
 * (docs/decisions/0022-signal-ticks-and-the-red-flag-cap.md). Banks write red flags as plain sentences
 * with no dimension of their own, so one ticked red flag caps every dimension the question targets at
 * {@link #CAP}, the rubric's "mostly reacted, vague" level, below the pass mark of every dimension at
 * every manager level but one (strategic thinking for a new manager passes at 2). It is a suggestion: the candidate may still choose a higher level, and the card says so rather than
 * changing the level. Dimensions the question does not target are not capped; they are scored only
 * when shown at all.
 */
public final class RedFlagCap {

    /** The highest level suggested for a targeted dimension once a red flag is ticked. */
    public static final int CAP = 2;

    private RedFlagCap() {
    }

    /** The cap on each dimension for these ticks; empty when no red flag is ticked. */
    public static Map<Dimension, Integer> caps(Question question, SignalTicks ticks) {
        EnumMap<Dimension, Integer> caps = new EnumMap<>(Dimension.class);
        if (ticks.anyRedFlag()) {
            question.dimensions().keySet().forEach(d -> caps.put(d, CAP));
        }
        return Collections.unmodifiableMap(caps);
    }

    /** The cap on one dimension, or empty when it is not capped. */
    public static OptionalInt capOf(Question question, SignalTicks ticks, Dimension dimension) {
        Integer cap = caps(question, ticks).get(dimension);
        return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
    }

    /** Whether {@code level} on {@code dimension} is above what the ticks suggest. */
    public static boolean above(Question question, SignalTicks ticks, Dimension dimension, int level) {
        OptionalInt cap = capOf(question, ticks, dimension);
        return cap.isPresent() && level > cap.getAsInt();
    }
}
