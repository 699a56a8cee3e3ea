package org.emdrill.app;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a real file or folder unwritable. Permission bits stop an ordinary user; root ignores them, so
 * as root the file is made immutable ({@code chattr +i}), which stops root too. {@link #close} undoes it.
 */
final class ReadOnly implements AutoCloseable {

    private final Path path;
    private final String originalMode;
    private boolean immutable;

    private ReadOnly(Path path) throws IOException {
        this.path = path;
        this.originalMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    static ReadOnly make(Path path) throws Exception {
        ReadOnly r = new ReadOnly(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-x------" : "r--------"));
        if (Files.isWritable(path)) {
            Process p = new ProcessBuilder("chattr", "+i", path.toString()).redirectErrorStream(true).start();
            r.immutable = p.waitFor() == 0;
        }
        assumeFalse(Files.isWritable(path), "this machine cannot make " + path + " read-only");
        return r;
    }

    @Override
    public void close() throws Exception {
        if (immutable) {
            new ProcessBuilder("chattr", "-i", path.toString()).start().waitFor();
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(originalMode));
    }
}
