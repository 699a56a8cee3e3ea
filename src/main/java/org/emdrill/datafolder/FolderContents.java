package org.emdrill.datafolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a data folder that belong to the user, by path relative to the folder, with their sizes.
 * Left out: the running app's lock and focus-request files and SQLite's shared-memory index, which
 * belong to one running copy of the app and are remade on open.
 */
record FolderContents(TreeMap<String, Long> sizes) {

    private static final Set<String> NOT_DATA = Set.of(".lock", ".focus-request");

    static FolderContents of(Path folder) throws IOException {
        TreeMap<String, Long> sizes = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return new FolderContents(sizes);
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p) && isData(folder.relativize(p))) {
                    sizes.put(key(folder.relativize(p)), Files.size(p));
                }
            }
        }
        return new FolderContents(sizes);
    }

    static boolean isData(Path relative) {
        String name = relative.getFileName().toString();
        return !(relative.getNameCount() == 1 && NOT_DATA.contains(name)) && !name.endsWith("-shm");
    }

    /** A relative path with forward slashes, the same on every OS. */
    static String key(Path relative) {
        StringBuilder b = new StringBuilder();
        for (Path part : relative) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }

    int fileCount() {
        return sizes.size();
    }

    long totalBytes() {
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }
}
