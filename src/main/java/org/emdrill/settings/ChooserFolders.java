package org.emdrill.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a file chooser opens: the folder the user last picked a file in, else their Documents folder,
 * else their home folder. Remembered while the app runs; shared by every screen, so an export lands
 * where the last import came from.
 */
public final class ChooserFolders {

    private final Path home;
    private volatile Path last;

    /** @param home the user's home folder */
    public ChooserFolders(Path home) {
        this.home = Objects.requireNonNull(home, "home");
    }

    /** For the user running the app. */
    public static ChooserFolders forCurrentUser() {
        return new ChooserFolders(Path.of(System.getProperty("user.home")));
    }

    /** The folder to open in; one that has been removed since is skipped. */
    public Path startFolder() {
        Path remembered = last;
        if (remembered != null && Files.isDirectory(remembered)) {
            return remembered;
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** Remembers the folder of a file the user picked. */
    public void picked(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            last = folder;
        }
    }
}
