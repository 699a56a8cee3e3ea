package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthesised answers with silences of known length: every time within 50 ms. */
class SpeechAnalyzerTest {

    private static final int RATE = 16_000;
    private static final double MS50 = 0.05;
    private final SpeechAnalyzer analyzer = new SpeechAnalyzer();

    /** 1.0 s silence, 2.0 s talk, 0.8 s pause, 1.5 s talk, 2.5 s pause, 1.0 s talk, 0.5 s silence. */
    private static float[] answer(double voice) {
        return Pcm.concat(Pcm.silence(1.0, RATE), Pcm.syllables(2.0, RATE, 4, voice), Pcm.silence(0.8, RATE),
                Pcm.syllables(1.5, RATE, 4, voice), Pcm.silence(2.5, RATE), Pcm.syllables(1.0, RATE, 4, voice),
                Pcm.silence(0.5, RATE));
    }

    private DeliveryFigures figures(float[] samples) throws Exception {
        return analyzer.analyze(SampleStream.of(samples, RATE));
    }

    private static void assertKnownAnswer(DeliveryFigures f) {
        assertEquals(9.3, f.durationSeconds(), 1e-6);
        assertEquals(1.0, f.firstWordSeconds(), MS50, f.toString());
        assertEquals(4.5, f.talkSeconds(), MS50, f.toString());
        assertEquals(2, f.pauses().size(), f.toString());
        assertEquals(0.8, f.pauses().get(0).seconds(), MS50, f.toString());
        assertEquals(2.5, f.pauses().get(1).seconds(), MS50, f.toString());
        assertEquals(3.0, f.pauses().get(0).startSeconds(), MS50, f.toString());
        assertEquals(1, f.pausesOver2s());
        assertEquals(2.5, f.longestPauseSeconds(), MS50);
    }

    @Test
    void measuresTalkPausesAndFirstWordOfACleanAnswer() throws Exception {
        assertKnownAnswer(figures(answer(0.5)));
    }

    @Test
    void humAndHissAreNotSpeech() throws Exception {
        float[] noisy = Pcm.mix(answer(0.1), Pcm.mix(Pcm.tone(9.3, RATE, 60, 0.1), Pcm.noise(9.3, RATE, 0.003, 7)));
        assertKnownAnswer(figures(noisy));
    }

    @Test
    void aQuietVoiceIsNotSilence() throws Exception {
        float[] quiet = Pcm.mix(answer(0.01), Pcm.noise(9.3, RATE, 0.0005, 3));
        assertKnownAnswer(figures(quiet));
    }

    @Test
    void gapsBetweenWordsCountAsTalk() throws Exception {
        DeliveryFigures f = figures(Pcm.concat(Pcm.silence(0.5, RATE), Pcm.syllables(1.0, RATE, 4, 0.3),
                Pcm.silence(0.2, RATE), Pcm.syllables(1.0, RATE, 4, 0.3), Pcm.silence(0.5, RATE)));
        assertEquals(List.of(), f.pauses());
        assertEquals(2.2, f.talkSeconds(), MS50);
        assertEquals(0, f.longestPauseSeconds());
    }

    @Test
    void countsSyllableNucleiPerSecondOfTalk() throws Exception {
        DeliveryFigures f = figures(Pcm.concat(Pcm.silence(0.5, RATE), Pcm.syllables(5.0, RATE, 4, 0.3),
                Pcm.silence(0.5, RATE)));
        assertEquals(4.0, f.syllablesPerSecond(), 0.6, f.toString());
        DeliveryFigures slow = figures(Pcm.concat(Pcm.silence(0.5, RATE), Pcm.syllables(5.0, RATE, 2.5, 0.3),
                Pcm.silence(0.5, RATE)));
        assertEquals(2.5, slow.syllablesPerSecond(), 0.4, slow.toString());
    }

    @Test
    void aClickIsNotAWord() throws Exception {
        DeliveryFigures f = figures(Pcm.concat(Pcm.silence(1.0, RATE), Pcm.tone(0.03, RATE, 1000, 0.8),
                Pcm.silence(1.0, RATE), Pcm.syllables(1.0, RATE, 4, 0.3), Pcm.silence(1.0, RATE)));
        assertEquals(2.03, f.firstWordSeconds(), MS50, f.toString());
        assertEquals(List.of(), f.pauses());
    }

    @Test
    void silenceNoiseAndNothingGiveZeros() throws Exception {
        assertEquals(DeliveryFigures.empty(0), figures(new float[0]));
        assertEquals(DeliveryFigures.empty(3.0), figures(Pcm.silence(3.0, RATE)));
        DeliveryFigures hiss = figures(Pcm.mix(Pcm.noise(4.0, RATE, 0.003, 1), Pcm.tone(4.0, RATE, 60, 0.1)));
        assertEquals(0, hiss.talkSeconds(), hiss.toString());
        assertEquals(0, hiss.syllablesPerSecond());
    }

    @Test
    void speechFromTheFirstToTheLastSampleHasNoLeadingPause() throws Exception {
        DeliveryFigures f = figures(Pcm.concat(Pcm.syllables(1.0, RATE, 4, 0.3), Pcm.silence(1.0, RATE),
                Pcm.syllables(1.0, RATE, 4, 0.3)));
        assertEquals(0, f.firstWordSeconds(), MS50);
        assertEquals(1, f.pauses().size());
        assertTrue(f.talkSeconds() > 1.9, f.toString());
    }
}
