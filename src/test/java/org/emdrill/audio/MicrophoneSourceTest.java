package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

/** Every way the microphone can fail to open becomes a message for the user, never an exception escaping. */
class MicrophoneSourceTest {

    private static String openFailure(MicrophoneSource.LineProvider provider) {
        MicrophoneSource source = new MicrophoneSource(Optional.empty(), provider);
        return assertThrows(CaptureException.class, source::open).getMessage();
    }

    @Test
    void noSoundCardIsAnIllegalArgumentExceptionAndReadsAsNoMicrophone() {
        assertEquals(MicrophoneSource.NO_MICROPHONE, openFailure((d, f) -> {
            throw new IllegalArgumentException("No line matching interface TargetDataLine is supported.");
        }));
    }

    @Test
    void aBusyDeviceAndDeniedAccessSaySo() {
        assertEquals(MicrophoneSource.BUSY, openFailure((d, f) -> {
            throw new LineUnavailableException("Device or resource busy");
        }));
        assertEquals(MicrophoneSource.DENIED, openFailure((d, f) -> {
            throw new SecurityException("no permission");
        }));
    }

    @Test
    void theSystemMicrophoneEitherOpensOrExplainsWhyNot() throws Exception {
        // On CI there is no sound card: this exercises the real AudioSystem failure path.
        MicrophoneSource mic = new MicrophoneSource(Optional.empty());
        try {
            mic.open();
            assertTrue(mic.read(new byte[3200]) >= 0, "an open microphone reads audio or nothing yet");
        } catch (CaptureException expected) {
            assertNotNull(expected.getMessage());
        } finally {
            mic.close();
        }
        MicrophoneSource gone = new MicrophoneSource(Optional.of("A microphone that is not plugged in"));
        String message = assertThrows(CaptureException.class, gone::open).getMessage();
        assertTrue(message.contains("A microphone that is not plugged in"), message);
        assertNotNull(InputDevices.names());
    }
}
