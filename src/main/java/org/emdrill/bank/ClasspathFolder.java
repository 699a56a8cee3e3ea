package org.emdrill.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.emdrill.domain.Problem;

/**
 * Lists and reads the files directly inside a class-path folder, whether the classes run from a
 * directory (during development and tests) or from a jar (the installed app). A class loader cannot
 * list a folder by itself, so each place the folder is found is opened as a file system.
 */
final class ClasspathFolder {

    private static final System.Logger LOG = System.getLogger(ClasspathFolder.class.getName());

    /** One file found in the folder: its name and its bytes, or why they could not be read. */
    record Entry(String name, ParseResult<byte[]> content) {
    }

    /** The files found, sorted by name, and anything that stopped a place from being listed. */
    record Listing(List<Entry> files, List<Problem> problems) {
    }

    private final ClassLoader loader;
    private final String folder;
    private final BankFileReader reader;

    ClasspathFolder(ClassLoader loader, String folder, BankFileReader reader) {
        this.loader = loader;
        this.folder = folder.replaceAll("^/+|/+$", "");
        this.reader = reader;
    }

    /**
     * The regular files directly inside the folder whose names {@code include} accepts. When the folder
     * is on the class path more than once, the first place wins for each name, as class loading does.
     */
    Listing files(Predicate<String> include) {
        Map<String, Entry> byName = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Enumeration<URL> places;
        try {
            places = loader.getResources(folder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look up class-path folder " + folder, e);
            return new Listing(List.of(), List.of(Problem.inFile(folder, "cannot list the built-in banks")));
        }
        if (!places.hasMoreElements()) {
            // Also the case for a jar packed without folder entries, which a class loader cannot list.
            LOG.log(Level.WARNING, "Class-path folder {0} not found; no built-in files loaded", folder);
        }
        while (places.hasMoreElements()) {
            URL place = places.nextElement();
            try {
                switch (place.getProtocol()) {
                    case "file" -> readDirectory(Path.of(place.toURI()), include, byName);
                    case "jar" -> readJarFolder(place, include, byName);
                    default -> throw new IOException("unsupported class-path location " + place);
                }
            } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Could not list built-in files at " + place, e);
                problems.add(Problem.inFile(folder, "cannot list the built-in banks at " + place));
            }
        }
        return new Listing(List.copyOf(byName.values()), problems);
    }

    private void readJarFolder(URL place, Predicate<String> include, Map<String, Entry> byName)
            throws IOException, URISyntaxException {
        JarURLConnection connection = (JarURLConnection) place.openConnection();
        connection.setUseCaches(false);
        Path jar = Path.of(connection.getJarFileURL().toURI());
        // A file system of our own, not the shared one for the jar's URI, so closing it affects nobody else.
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            readDirectory(zip.getPath(connection.getEntryName()), include, byName);
        }
    }

    private void readDirectory(Path dir, Predicate<String> include, Map<String, Entry> byName) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> include.test(p.getFileName().toString()))
                    .toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!byName.containsKey(name)) {
                byName.put(name, new Entry(name, reader.read(file, name)));
            }
        }
    }
}
