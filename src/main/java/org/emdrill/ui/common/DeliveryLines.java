package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.insights.SpeakingRate;

/** The delivery figures of a recording, worded for the screen one line each. */
public final class DeliveryLines {

    /** @param warn the figure is outside what people aim for (rate outside the band, a long pause) */
    public record Line(String id, String caption, String value, String note, boolean warn) {
    }

    private DeliveryLines() {
    }

    /** @param targetSeconds the question's target time; 0 when it has none */
    public static List<Line> of(DeliveryFigures f, int targetSeconds) {
        List<Line> lines = new ArrayList<>();
        double silence = Math.max(0, f.durationSeconds() - f.talkSeconds());
        lines.add(new Line("talk", "Talk time", seconds(f.talkSeconds()),
                percent(f.talkSeconds(), f.durationSeconds()) + " of the recording", false));
        lines.add(new Line("silence", "Silence", seconds(silence), "before, between and after the words", false));
        int wpm = SpeakingRate.wordsPerMinute(f.syllablesPerSecond());
        SpeakingRate.Verdict verdict = SpeakingRate.verdict(f.syllablesPerSecond());
        String band = SpeakingRate.BAND_LOW + "–" + SpeakingRate.BAND_HIGH + " wpm";
        String rateNote = switch (verdict) {
            case NONE -> "no speech heard";
            case SLOW -> "slower than the " + band + " people aim for";
            case FAST -> "faster than the " + band + " people aim for";
            case IN_BAND -> "within the " + band + " people aim for";
        };
        lines.add(new Line("rate", "Speaking rate", verdict == SpeakingRate.Verdict.NONE ? "—" : "about " + wpm + " wpm",
                rateNote + String.format(Locale.ROOT, " (%.1f syllables/s)", f.syllablesPerSecond()),
                verdict == SpeakingRate.Verdict.SLOW || verdict == SpeakingRate.Verdict.FAST));
        int pauses = f.pauses().size();
        lines.add(new Line("pauses", "Pauses over 2 s", Integer.toString(f.pausesOver2s()),
                pauses == 0 ? "no pause at all" : "of " + pauses + (pauses == 1 ? " pause" : " pauses") + " in all",
                f.pausesOver2s() > 0));
        lines.add(new Line("longest-pause", "Longest pause", f.longestPauseSeconds() > 0 ? seconds(f.longestPauseSeconds()) : "—",
                f.longestPauseSeconds() > 0 ? "marked on the waveform" : "no pause", f.longestPauseSeconds() > 2));
        lines.add(new Line("first-word", "First word", seconds(f.firstWordSeconds()), "after the start", f.firstWordSeconds() > 5));
        if (targetSeconds > 0) {
            double share = f.durationSeconds() / targetSeconds;
            lines.add(new Line("target-share", "Share of target", percent(f.durationSeconds(), targetSeconds),
                    "of " + Formats.clock(java.time.Duration.ofSeconds(targetSeconds)) + " target", share > 1.1));
        }
        return lines;
    }

    static String seconds(double s) {
        if (s >= 60) {
            return Formats.clock(java.time.Duration.ofMillis(Math.round(s * 1000)));
        }
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String percent(double part, double whole) {
        return whole <= 0 ? "—" : Math.round(100 * part / whole) + " %";
    }
}
