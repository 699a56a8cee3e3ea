package org.emdrill.bank;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;

import org.emdrill.domain.InterviewerQuestions;
import org.emdrill.domain.Problem;

/** Loads the questions to ask an interviewer that ship with the app. Does I/O: call it off the UI thread. */
public final class AskLoader {

    public static final String BUNDLED_ASK = BankLibraryLoader.BUNDLED_FOLDER + "/ask/ask-the-interviewer.json";

    private static final System.Logger LOG = System.getLogger(AskLoader.class.getName());

    private final ClassLoader classLoader;
    private final String resource;

    public AskLoader() {
        this(AskLoader.class.getClassLoader(), BUNDLED_ASK);
    }

    /** @param resource the class-path name of the file, without a leading slash */
    public AskLoader(ClassLoader classLoader, String resource) {
        this.classLoader = classLoader;
        this.resource = resource;
    }

    public ParseResult<InterviewerQuestions> load() {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return ParseResult.failed(Problem.inFile(name, "the questions to ask are missing from this installation"));
            }
            byte[] bytes = in.readNBytes((int) BankLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > BankLimits.MAX_FILE_BYTES) {
                return ParseResult.failed(Problem.inFile(name, Messages.tooLarge()));
            }
            return new AskParser().parse(bytes, name);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read " + resource, e);
            return ParseResult.failed(Problem.inFile(name, "cannot read the questions to ask"));
        }
    }
}
