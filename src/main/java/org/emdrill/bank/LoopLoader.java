package org.emdrill.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * Loads the interview loops shipped in {@code questions/loops/} (copied into the jar beside the banks) and
 * checks each against the banks that loaded. Does disk I/O: call it off the UI thread, after the banks.
 */
public final class LoopLoader {

    /** Where Maven copies {@code questions/loops/*.json}. */
    public static final String BUNDLED_LOOPS = BankLibraryLoader.BUNDLED_FOLDER + "/loops";

    private final ClassLoader classLoader;
    private final String classpathFolder;
    private final LoopParser parser = new LoopParser();

    public LoopLoader() {
        this(LoopLoader.class.getClassLoader(), BUNDLED_LOOPS);
    }

    public LoopLoader(ClassLoader classLoader, String classpathFolder) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.classpathFolder = Objects.requireNonNull(classpathFolder, "classpathFolder");
    }

    /** Loops whose every question is in one of {@code banks}. */
    public LoopLibrary load(BankLibrary banks) {
        return load(questionIds(banks.banks()));
    }

    public LoopLibrary load(Set<String> knownQuestionIds) {
        List<InterviewLoop> loops = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        ClasspathFolder.Listing listing = new ClasspathFolder(classLoader, classpathFolder, new BankFileReader())
                .files(LoopLoader::isLoopFileName);
        problems.addAll(listing.problems());
        Map<String, String> fileOfId = new HashMap<>();
        for (ClasspathFolder.Entry entry : listing.files()) {
            if (!entry.content().isValid()) {
                problems.addAll(entry.content().problems());
                continue;
            }
            ParseResult<InterviewLoop> loop = parser.parse(entry.content().value(), entry.name(), knownQuestionIds);
            warnings.addAll(loop.warnings());
            problems.addAll(loop.problems());
            if (!loop.isValid()) {
                continue;
            }
            String earlier = fileOfId.putIfAbsent(loop.value().id(), entry.name());
            if (earlier != null) {
                problems.add(Problem.inFile(entry.name(), "loop id \"" + loop.value().id() + "\" is already used by "
                        + earlier + "; this loop is left out until one of them gets a different id"));
            } else {
                loops.add(loop.value());
            }
        }
        return new LoopLibrary(loops, problems, warnings);
    }

    static Set<String> questionIds(List<QuestionBank> banks) {
        return banks.stream().flatMap(b -> b.questions().stream()).map(Question::id).collect(Collectors.toSet());
    }

    private static boolean isLoopFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && !name.startsWith(".");
    }
}
