package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real speech (espeak-ng) with known pauses: within 0.15 s on pauses and first word, 15% on talk time. */
class RealSpeechTest {

    @TempDir
    static Path dir;
    private static SpokenAnswer answer;
    private final SpeechAnalyzer analyzer = new SpeechAnalyzer();

    @BeforeAll
    static void speak() throws Exception {
        answer = SpokenAnswer.make(dir, 1.2, 2.5, 0.9);
    }

    private void assertMeasured(Path wav) throws Exception {
        DeliveryFigures f = analyzer.analyze(wav);
        String seen = f + " expected first word " + answer.firstWordSeconds + ", pauses " + answer.pauses + ", talk "
                + answer.talkSeconds;
        assertEquals(answer.firstWordSeconds, f.firstWordSeconds(), 0.15, seen);
        assertEquals(answer.pauses.size(), f.pauses().size(), seen);
        for (int i = 0; i < answer.pauses.size(); i++) {
            assertEquals(answer.pauses.get(i), f.pauses().get(i).seconds(), 0.15, seen);
        }
        assertEquals(1, f.pausesOver2s(), seen);
        assertEquals(answer.talkSeconds, f.talkSeconds(), 0.15 * answer.talkSeconds, seen);
        // The three sentences have 10 + 12 + 8 syllables; nuclei found in the talk should come within 20%.
        double nuclei = f.syllablesPerSecond() * f.talkSeconds();
        assertTrue(Math.abs(nuclei - SpokenAnswer.SYLLABLES) <= 0.2 * SpokenAnswer.SYLLABLES, nuclei + " nuclei; " + seen);
    }

    @Test
    void cleanSpeech() throws Exception {
        assertMeasured(answer.clean);
    }

    @Test
    void quietSpeechUnderHumAndHiss() throws Exception {
        assertMeasured(answer.quietUnderHumAndHiss(dir));
    }

    @Test
    void cdQualityStereo() throws Exception {
        assertMeasured(answer.cdStereo(dir));
    }
}
