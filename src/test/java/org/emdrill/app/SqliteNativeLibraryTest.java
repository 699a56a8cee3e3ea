package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {

    private static final String NAME = "libsqlitejdbc.so";
    private static final byte[] LIBRARY = "pretend this is a shared library".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** A library source that counts how often it is read. */
    private static final class CountingSource implements SqliteNativeLibrary.Source {
        final AtomicInteger opened = new AtomicInteger();
        private final byte[] bytes;
        private final boolean knowsSize;

        CountingSource(byte[] bytes, boolean knowsSize) {
            this.bytes = bytes;
            this.knowsSize = knowsSize;
        }

        @Override
        public InputStream open() {
            opened.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return knowsSize ? bytes.length : -1;
        }
    }

    @Test
    void copiesOnceThenReusesTheCachedCopy() throws IOException {
        Path folder = dir.resolve("cache").resolve("sqlite-jdbc-3-Linux-x86_64");
        CountingSource source = new CountingSource(LIBRARY, true);

        Optional<Path> first = SqliteNativeLibrary.cachedCopy(folder, NAME, source);
        Optional<Path> second = SqliteNativeLibrary.cachedCopy(folder, NAME, source);

        assertEquals(Optional.of(folder.resolve(NAME)), first);
        assertEquals(first, second);
        assertEquals(1, source.opened.get(), "the second start must not copy the library again");
        assertArrayEquals(LIBRARY, Files.readAllBytes(folder.resolve(NAME)));
        try (var left = Files.list(folder)) {
            assertEquals(1, left.count(), "no temporary .part file is left beside the library");
        }
    }

    @Test
    void replacesACopyCutShort() throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(NAME), new byte[] {1, 2, 3});
        CountingSource source = new CountingSource(LIBRARY, true);

        Optional<Path> copy = SqliteNativeLibrary.cachedCopy(dir, NAME, source);

        assertEquals(Optional.of(dir.resolve(NAME)), copy);
        assertEquals(1, source.opened.get());
        assertArrayEquals(LIBRARY, Files.readAllBytes(dir.resolve(NAME)));
    }

    @Test
    void replacesAnEmptyCopy() throws IOException {
        Files.write(dir.resolve(NAME), new byte[0]);
        CountingSource source = new CountingSource(LIBRARY, false);

        assertEquals(Optional.of(dir.resolve(NAME)), SqliteNativeLibrary.cachedCopy(dir, NAME, source));
        assertArrayEquals(LIBRARY, Files.readAllBytes(dir.resolve(NAME)));
    }

    @Test
    void aReadOnlyCacheFolderLeavesTheDriverToItsOwnWay() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        try (ReadOnly locked = ReadOnly.make(folder)) {
            Optional<Path> copy = SqliteNativeLibrary.cachedCopy(folder, NAME, new CountingSource(LIBRARY, true));

            assertTrue(copy.isEmpty(), "nothing to point sqlite-jdbc at: it unpacks its own copy as before");
            assertFalse(Files.exists(folder.resolve(NAME)));
        }
    }

    @Test
    void noLibraryForThisPlatformMeansNoCopy() {
        Optional<Path> copy = SqliteNativeLibrary.cachedCopy(dir.resolve("none"), NAME, () -> null);

        assertTrue(copy.isEmpty());
        assertFalse(Files.exists(dir.resolve("none").resolve(NAME)));
    }

    @Test
    void cacheFolderFollowsEachOperatingSystem() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/xdg/cache/em-drill"),
                SqliteNativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "/xdg/cache"), "Linux", home));
        assertEquals(home.resolve(".cache/em-drill"), SqliteNativeLibrary.cacheRoot(Map.of(), "Linux", home));
        assertEquals(home.resolve("Library/Caches/EM Drill"), SqliteNativeLibrary.cacheRoot(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/ada/AppData/Local").resolve("EM Drill").resolve("cache"),
                SqliteNativeLibrary.cacheRoot(Map.of("LOCALAPPDATA", "C:/Users/ada/AppData/Local"), "Windows 11", home));
    }

    @org.junit.jupiter.api.Test
    void readsALibrarysLengthFromTheDriversJarWithoutUnpackingIt() throws Exception {
        java.net.URL inJar = org.sqlite.SQLiteJDBCLoader.class.getResource("/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");
        org.junit.jupiter.api.Assertions.assertTrue(inJar != null && inJar.toString().startsWith("jar:file:"), String.valueOf(inJar));
        org.junit.jupiter.api.Assertions.assertTrue(SqliteNativeLibrary.sizeInJar(inJar) > 100_000);
        org.junit.jupiter.api.Assertions.assertEquals(-1, SqliteNativeLibrary.sizeInJar(
                java.nio.file.Path.of("pom.xml").toUri().toURL()), "not in a jar");
        org.junit.jupiter.api.Assertions.assertEquals(-1, SqliteNativeLibrary.sizeInJar(null));
    }
}
