package org.emdrill.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends one recording to another, for an answer that was recorded in two parts (it stopped with the
 * app and was resumed). Both must be this app's own recordings (canonical 44-byte header, 16 kHz mono):
 * the second's samples are added to the first's file, whose header {@link WavRepair} then rebuilds
 * from its new length, and the second file is deleted. Anything else is left untouched.
 */
public final class WavJoin {

    private WavJoin() {
    }

    /**
     * @return false (and nothing changed) when either file is not one of our recordings; a first part
     *         that was never captured is simply replaced by the second
     */
    public static boolean append(Path first, Path second) throws IOException {
        if (!Files.exists(first) && isOurs(second)) {
            Files.move(second, first);
            return true;
        }
        if (!isOurs(first) || !isOurs(second)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(second);
             OutputStream out = Files.newOutputStream(first, StandardOpenOption.APPEND)) {
            in.skipNBytes(WavHeader.SIZE);
            in.transferTo(out);
        }
        WavRepair.repair(first);
        Files.delete(second);
        return true;
    }

    private static boolean isOurs(Path f) throws IOException {
        return Files.isRegularFile(f) && Files.size(f) >= WavHeader.SIZE
                && WavRepair.repair(f).status() != WavRepair.Status.NOT_A_RECORDING;
    }
}
