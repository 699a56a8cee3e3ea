package org.emdrill.insights;

import org.emdrill.domain.Dimension;

/** One dimension's mean self-score over {@code count} scores. */
public record DimensionAverage(Dimension dimension, double average, int count) {
}
