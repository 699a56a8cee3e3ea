package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The meter rises with a louder chunk at once and sinks after it at a steady rate, as a needle does. */
class LevelMeterTest {

    private static final int RATE = 16_000;
    /** One capture poll's worth: 20 ms. */
    private static final int CHUNK = RATE / 50;

    private final LevelMeter meter = new LevelMeter(RATE);

    @Test
    void silenceFromTheStartReadsZeroAndIsNotHeard() {
        feed(Pcm.silence(1, RATE));
        assertEquals(0, meter.level());
        assertFalse(meter.heardAnything());
    }

    @Test
    void aLoudChunkShowsAtOnceAndTheLevelSinksThirtyDecibelsASecondAfterIt() {
        feed(Pcm.tone(0.02, RATE, 300, 0.5)); // RMS 0.354: -9 dBFS
        double loud = meter.level();
        assertEquals((-9.03 + 60) / 60, loud, 0.01, "one chunk is enough to show a voice");
        assertTrue(meter.heardAnything());

        feed(Pcm.silence(0.5, RATE));
        assertEquals(loud - 15.0 / 60, meter.level(), 0.01, "half a second later: 15 dB lower");
        feed(Pcm.silence(0.5, RATE));
        assertEquals(loud - 30.0 / 60, meter.level(), 0.01, "a second later: 30 dB lower");
        feed(Pcm.silence(2, RATE));
        assertEquals(0, meter.level(), "within a two-second pause it is back at the floor");
        assertTrue(meter.heardAnything(), "what was heard stays heard");
    }

    @Test
    void aQuieterVoiceUnderTheSinkingLevelDoesNotPullItDownFaster() {
        feed(Pcm.tone(0.02, RATE, 300, 0.5));
        double loud = meter.level();
        feed(Pcm.tone(0.2, RATE, 300, 0.05)); // -29 dBFS, 20 dB under the peak
        assertEquals(loud - 6.0 / 60, meter.level(), 0.01, "it sinks at its own pace, 6 dB in 0.2 s");
        feed(Pcm.tone(1, RATE, 300, 0.05));
        assertEquals((-29.03 + 60) / 60, meter.level(), 0.01, "and settles on the quieter voice");
    }

    @Test
    void hissBelowTheHeardThresholdIsNotAVoiceEvenThoughTheMeterShowsIt() {
        feed(Pcm.noise(1, RATE, 0.002, 7)); // about -54 dBFS
        assertTrue(meter.level() > 0, "the meter shows the hiss");
        assertFalse(meter.heardAnything(), "but nothing is heard");
    }

    private void feed(float[] samples) {
        byte[] pcm = Pcm.toBytes(samples);
        for (int at = 0; at < pcm.length; at += CHUNK * 2) {
            int n = Math.min(CHUNK * 2, pcm.length - at);
            byte[] chunk = new byte[n];
            System.arraycopy(pcm, at, chunk, 0, n);
            meter.measure(chunk, n);
        }
    }
}
