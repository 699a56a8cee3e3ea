package org.emdrill.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionBank;

/**
 * Loads the built-in banks shipped on the class path and the user's banks from a folder. One bad file
 * never stops the others: it is reported with its problems and left out.
 */
public final class BankLibraryLoader {

    /** Where Maven copies {@code questions/*.json}; it also holds the rubric and the schema folder. */
    public static final String BUNDLED_FOLDER = "org/emdrill/questions";
    /** The user's banks live in this folder inside the data folder. */
    public static final String USER_BANKS_FOLDER = "banks";
    /** Sits beside the built-in banks but is not one. */
    public static final String RUBRIC_FILE = "rubric.json";

    private static final System.Logger LOG = System.getLogger(BankLibraryLoader.class.getName());
    private static final Comparator<QuestionBank> BY_TITLE = Comparator
            .comparing((QuestionBank b) -> b.title().toLowerCase(Locale.ROOT))
            .thenComparing(QuestionBank::id);

    private final ClassLoader classLoader;
    private final String classpathFolder;
    private final Path userBanksFolder;
    private final BankFileReader fileReader = new BankFileReader();
    private final BankParser parser = new BankParser();

    /**
     * @param classpathFolder the class-path folder of the built-in banks, such as {@link #BUNDLED_FOLDER}
     * @param userBanksFolder the folder of the user's banks; may be null or not exist yet
     */
    public BankLibraryLoader(String classpathFolder, Path userBanksFolder) {
        this(BankLibraryLoader.class.getClassLoader(), classpathFolder, userBanksFolder);
    }

    public BankLibraryLoader(ClassLoader classLoader, String classpathFolder, Path userBanksFolder) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.classpathFolder = Objects.requireNonNull(classpathFolder, "classpathFolder");
        this.userBanksFolder = userBanksFolder;
    }

    /** The app's own set-up: built-in banks plus {@code <dataDir>/banks}. */
    public static BankLibraryLoader forDataDir(Path dataDir) {
        return new BankLibraryLoader(BUNDLED_FOLDER, dataDir.resolve(USER_BANKS_FOLDER));
    }

    /** Reads every file; does disk I/O, so call it off the UI thread. */
    public BankLibrary load() {
        List<LocatedBank> loaded = new ArrayList<>();
        List<BankLoadFailure> failures = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();

        ClasspathFolder.Listing bundled = new ClasspathFolder(classLoader, classpathFolder, fileReader)
                .files(BankLibraryLoader::isBankFileName);
        if (!bundled.problems().isEmpty()) {
            failures.add(new BankLoadFailure(classpathFolder, BankSource.BUNDLED, bundled.problems()));
        }
        for (ClasspathFolder.Entry entry : bundled.files()) {
            parse(entry.name(), entry.content(), BankSource.BUNDLED, loaded, failures, warnings);
        }
        loadUserBanks(loaded, failures, warnings);

        CrossBankCheck.Outcome unique = CrossBankCheck.check(loaded);
        failures.addAll(unique.rejected());

        List<QuestionBank> banks = new ArrayList<>();
        for (BankSource source : BankSource.values()) {
            unique.accepted().stream().map(LocatedBank::bank).filter(b -> b.source() == source)
                    .sorted(BY_TITLE).forEach(banks::add);
        }
        LOG.log(Level.INFO, "Loaded {0} banks; {1} files had problems", banks.size(), failures.size());
        return new BankLibrary(banks, failures, warnings);
    }

    private void loadUserBanks(List<LocatedBank> loaded, List<BankLoadFailure> failures, List<Problem> warnings) {
        if (userBanksFolder == null || !Files.exists(userBanksFolder)) {
            return;
        }
        String folderName = userBanksFolder.toString();
        if (!Files.isDirectory(userBanksFolder)) {
            failures.add(new BankLoadFailure(folderName, BankSource.USER, List.of(Problem.inFile(folderName,
                    "should be a folder holding your banks, but it is a file; move it away"))));
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(userBanksFolder)) {
            files = listing.filter(p -> isBankFileName(p.getFileName().toString()))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not list " + userBanksFolder, e);
            failures.add(new BankLoadFailure(folderName, BankSource.USER,
                    List.of(Problem.inFile(folderName, "cannot list this folder, so your banks were not loaded"))));
            return;
        }
        for (Path file : files) {
            String name = file.toString();
            parse(name, fileReader.read(file, name), BankSource.USER, loaded, failures, warnings);
        }
    }

    private void parse(String name, ParseResult<byte[]> content, BankSource source, List<LocatedBank> loaded,
                       List<BankLoadFailure> failures, List<Problem> warnings) {
        if (!content.isValid()) {
            failures.add(new BankLoadFailure(name, source, content.problems()));
            return;
        }
        ParseResult<LocatedBank> result = parser.parseLocated(content.value(), name, source);
        warnings.addAll(result.warnings());
        if (result.isValid()) {
            loaded.add(result.value());
        } else {
            failures.add(new BankLoadFailure(name, source, result.problems()));
        }
    }

    private static boolean isBankFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && !name.equals(RUBRIC_FILE) && !name.startsWith(".");
    }
}
