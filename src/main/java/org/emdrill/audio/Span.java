package org.emdrill.audio;

/** A stretch of a recording, in seconds from its start (a pause, or a stretch of speech). */
public record Span(double startSeconds, double endSeconds) {

    public Span {
        if (!(endSeconds >= startSeconds)) {
            throw new IllegalArgumentException("a span ends at or after its start: " + startSeconds + ".." + endSeconds);
        }
    }

    public double seconds() {
        return endSeconds - startSeconds;
    }
}
