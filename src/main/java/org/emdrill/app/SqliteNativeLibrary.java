package org.emdrill.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps sqlite-jdbc's native library in the user's cache folder, so a start from the jar loads it from
 * there. Left alone, sqlite-jdbc copies the library out of its jar into the temporary folder on every
 * start and first compares it with an earlier copy byte by byte: measured with JFR under load, that was
 * two thirds of the start-up thread's time before the screens could appear. The packaged app sets
 * {@code org.sqlite.lib.path} to the copy in its runtime and never gets here.
 *
 * <p>Safe by construction: the copy is written to a temporary name and moved into place, and it sits in
 * a folder named for the driver's version and the platform, so a newer driver never loads an older
 * library. Should the cached file still fail to load, sqlite-jdbc falls back to its own copy.
 */
final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static final System.Logger LOG = System.getLogger(SqliteNativeLibrary.class.getName());

    private SqliteNativeLibrary() {
    }

    /** Points sqlite-jdbc at the cached library, making the cached copy first when needed. */
    static void useCachedCopy() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // the packaged app, or the user, chose already
        }
        String name = System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib");
        String platform;
        String version;
        try {
            platform = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            version = org.sqlite.SQLiteJDBCLoader.getVersion();
        } catch (RuntimeException | LinkageError e) {
            return; // a driver without these: it loads its library its own way
        }
        Path folder = cacheRoot(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")))
                .resolve("sqlite-jdbc-" + version + "-" + platform.replace('/', '-'));
        String resource = "/org/sqlite/native/" + platform + "/" + name;
        cachedCopy(folder, name, new Source() {
            @Override
            public InputStream open() {
                return SqliteNativeLibrary.class.getResourceAsStream(resource);
            }

            @Override
            public long size() throws IOException {
                return sizeInJar(SqliteNativeLibrary.class.getResource(resource));
            }
        }).ifPresent(file -> {
            System.setProperty(PATH_PROPERTY, file.getParent().toString());
            System.setProperty(NAME_PROPERTY, file.getFileName().toString());
        });
    }

    /**
     * The length of a resource inside a jar, from the jar's directory: nothing is unpacked or read to
     * learn it (and no URL connection is opened: the app opens no connection of any kind). -1 when the
     * resource is not in a jar file.
     */
    static long sizeInJar(java.net.URL url) throws IOException {
        String spec = url == null ? "" : url.toString();
        int bang = spec.indexOf("!/");
        if (!spec.startsWith("jar:file:") || bang < 0) {
            return -1;
        }
        java.nio.file.Path jar = java.nio.file.Path.of(java.net.URI.create(spec.substring("jar:".length(), bang)));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.zip.ZipEntry entry = zip.getEntry(spec.substring(bang + 2));
            return entry == null ? -1 : entry.getSize();
        }
    }

    interface Source {
        InputStream open() throws IOException;

        /** The library's length in bytes, or -1 when unknown (then any non-empty copy counts as whole). */
        default long size() throws IOException {
            return -1;
        }
    }

    /**
     * The library in {@code folder}, copied there from {@code source} when it is not there yet; empty when
     * the driver has no library for this platform or the cache cannot be written (sqlite-jdbc then does as
     * it always did). A copy of the wrong length (cut short by a full disk, or damaged by hand) is replaced.
     */
    static Optional<Path> cachedCopy(Path folder, String name, Source source) {
        Path file = folder.resolve(name);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                long expected = source.size();
                if (expected < 0 || Files.size(file) == expected) {
                    return Optional.of(file);
                }
                LOG.log(System.Logger.Level.INFO, "replacing the damaged sqlite library copy " + file);
            }
            try (InputStream in = source.open()) {
                if (in == null) {
                    return Optional.empty();
                }
                Files.createDirectories(folder);
                Path part = Files.createTempFile(folder, name, ".part");
                try {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "sqlite library not cached in " + folder + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The OS's cache folder for EM Drill: not user data, safe to delete at any time. */
    static Path cacheRoot(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("EM Drill").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("EM Drill");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg);
        return base.resolve("em-drill");
    }
}
