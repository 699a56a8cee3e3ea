package org.emdrill.audio;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a WAV this app can read; the message names the file and says what to do. */
public final class WavFormatException extends IOException {

    public WavFormatException(Path file, String what) {
        super(file + ": " + what);
    }
}
