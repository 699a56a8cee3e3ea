package org.emdrill.audio;

import java.util.List;

/**
 * How a spoken answer was delivered, measured from the audio alone (no transcript). A pause is a silence
 * between two stretches of speech; silence before the first word and after the last is not a pause.
 * An empty or silent recording has zeros and no pauses.
 *
 * @param durationSeconds      length of the recording
 * @param talkSeconds          time spent speaking (short gaps between words count as talk)
 * @param firstWordSeconds     time from the start to the first speech
 * @param pausesOver2s         number of pauses longer than 2 s
 * @param longestPauseSeconds  the longest pause, 0 when there is none
 * @param syllablesPerSecond   syllable nuclei per second of talk time
 * @param pauses               every pause, in order
 */
public record DeliveryFigures(double durationSeconds, double talkSeconds, double firstWordSeconds, int pausesOver2s,
        double longestPauseSeconds, double syllablesPerSecond, List<Span> pauses) {

    public DeliveryFigures {
        pauses = List.copyOf(pauses);
    }

    public static DeliveryFigures empty(double durationSeconds) {
        return new DeliveryFigures(durationSeconds, 0, 0, 0, 0, 0, List.of());
    }
}
