package org.emdrill.insights;

/**
 * A speaking rate in the words per minute people aim for in an interview (roughly 120 to 160). The
 * analyser counts syllable nuclei, not words; English speech averages about 1.5 syllables a word, so
 * words per minute are syllables per second × 60 / 1.5. That is an estimate, and the screens say "about".
 */
public final class SpeakingRate {

    public static final int BAND_LOW = 120;
    public static final int BAND_HIGH = 160;
    static final double SYLLABLES_PER_WORD = 1.5;

    private SpeakingRate() {
    }

    public static int wordsPerMinute(double syllablesPerSecond) {
        return (int) Math.round(Math.max(0, syllablesPerSecond) * 60 / SYLLABLES_PER_WORD);
    }

    /** How a rate sits against the band. */
    public enum Verdict { NONE, SLOW, IN_BAND, FAST }

    public static Verdict verdict(double syllablesPerSecond) {
        int wpm = wordsPerMinute(syllablesPerSecond);
        if (wpm == 0) {
            return Verdict.NONE;
        }
        return wpm < BAND_LOW ? Verdict.SLOW : wpm > BAND_HIGH ? Verdict.FAST : Verdict.IN_BAND;
    }
}
