package org.emdrill.bank;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;

import org.emdrill.domain.Problem;
import org.emdrill.domain.Rubric;

/** Loads the rubric that ships with the app, beside the built-in banks. */
public final class RubricLoader {

    public static final String BUNDLED_RUBRIC = BankLibraryLoader.BUNDLED_FOLDER + "/" + BankLibraryLoader.RUBRIC_FILE;

    private static final System.Logger LOG = System.getLogger(RubricLoader.class.getName());

    private final ClassLoader classLoader;
    private final String resource;

    public RubricLoader() {
        this(RubricLoader.class.getClassLoader(), BUNDLED_RUBRIC);
    }

    /** @param resource the class-path name of the rubric file, without a leading slash */
    public RubricLoader(ClassLoader classLoader, String resource) {
        this.classLoader = classLoader;
        this.resource = resource;
    }

    public ParseResult<Rubric> load() {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return ParseResult.failed(Problem.inFile(name, "the rubric is missing from this installation"));
            }
            byte[] bytes = in.readNBytes((int) BankLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > BankLimits.MAX_FILE_BYTES) {
                return ParseResult.failed(Problem.inFile(name, Messages.tooLarge()));
            }
            return new RubricParser().parse(bytes, name);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read " + resource, e);
            return ParseResult.failed(Problem.inFile(name, "cannot read the rubric"));
        }
    }
}
