package org.emdrill.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** Where every piece of user data lives. Nothing is ever written inside the install folder. */
public record AppPaths(Path dataDir) {

    public Path database() {
        return dataDir.resolve("history.db");
    }

    public Path userBanks() {
        return dataDir.resolve("banks");
    }

    public Path settings() {
        return dataDir.resolve("settings.json");
    }

    public Path backups() {
        return dataDir.resolve("backups");
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public Path drafts() {
        return dataDir.resolve("drafts");
    }

    /** The OS's per-user data folder, following each platform's convention. */
    public static Path defaultDataDir(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("EM Drill");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("EM Drill");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("em-drill");
    }

    /**
     * The paths to use for a start on this folder: where a move from Settings took the data, if it did
     * (a pending move is finished here, before anything opens the folder).
     */
    public AppPaths followingMove() {
        return new AppPaths(org.emdrill.datafolder.DataFolderPointer.follow(dataDir));
    }

    public static AppPaths defaults() {
        return new AppPaths(defaultDataDir(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    /**
     * Creates the data folder and its sub-folders. On POSIX systems the data folder is readable by its
     * owner alone, since answers can be personal.
     */
    public void createFolders() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dataDir)) {
            Files.createDirectories(dataDir);
        }
        if (posix) {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        }
        for (Path p : new Path[] {userBanks(), backups(), logs(), drafts()}) {
            Files.createDirectories(p);
        }
    }
}
