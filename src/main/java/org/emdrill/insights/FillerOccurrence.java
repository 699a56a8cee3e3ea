package org.emdrill.insights;

/**
 * One filler found in an answer.
 *
 * @param filler the filler as listed in {@link FillerWords#LISTED}, e.g. "you know"
 * @param start  offset of its first character in the answer, for highlighting
 * @param end    offset just past its last character
 */
public record FillerOccurrence(String filler, int start, int end) {
}
