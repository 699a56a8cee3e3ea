package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.emdrill.audio.AudioSource;
import org.emdrill.audio.CaptureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spoken answers record from the input chosen in Settings, read again for every answer. */
class SpokenAudioTest {

    @TempDir
    Path dir;

    @Test
    void eachAnswerOpensTheInputChosenWhenItStarts() {
        AtomicReference<Optional<String>> chosen = new AtomicReference<>(Optional.of("Headset that was unplugged"));
        SpokenAudio audio = SpokenAudio.system(dir.resolve("recordings"), chosen::get);

        AudioSource first = audio.microphone().get();
        CaptureException missing = assertThrows(CaptureException.class, first::open);
        assertTrue(missing.getMessage().contains("Headset that was unplugged"), missing.getMessage());

        chosen.set(Optional.of("Desk microphone, also gone"));
        CaptureException next = assertThrows(CaptureException.class, audio.microphone().get()::open);
        assertTrue(next.getMessage().contains("Desk microphone, also gone"), next.getMessage());
    }
}
