package org.emdrill.ui.common;

/**
 * An attempt another screen wants opened in History: the answer saved at {@code position} (0-based) of
 * the mock interview {@code interviewId}. The interview and its place name it rather than an attempt id,
 * so the summary of the interview just finished asks the same way as one opened from the past list.
 */
public record AttemptRequest(long interviewId, int position) {

    public AttemptRequest {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
    }
}
