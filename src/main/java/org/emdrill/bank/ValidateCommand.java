package org.emdrill.bank;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.InterviewerQuestions;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;

/**
 * {@code em-drill validate FILE...}: checks bank files the way the app loads them, for authors and CI.
 * Problems print as {@code file:line:column: field: message} so editors can jump to them. A file named
 * {@code rubric.json} is checked as the rubric, a file in a folder named {@code loops} as an interview loop
 * (its questions must exist in the built-in banks or in the banks given) and one in a folder named
 * {@code ask} as the questions to ask an interviewer. Ids must also be unique across the files given.
 */
public final class ValidateCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_PROBLEMS = 1;
    public static final int EXIT_USAGE = 2;

    static final String USAGE = "usage: em-drill validate FILE.json [FILE.json ...]";

    private final BankFileReader fileReader = new BankFileReader();
    private final BankParser bankParser = new BankParser();
    private final RubricParser rubricParser = new RubricParser();
    private final LoopParser loopParser = new LoopParser();
    private final AskParser askParser = new AskParser();
    private final Supplier<List<QuestionBank>> bundledBanks;

    public ValidateCommand() {
        this(ValidateCommand::bundledBanks);
    }

    /** @param bundledBanks the built-in banks a loop may refer to; asked for only when a loop is checked */
    ValidateCommand(Supplier<List<QuestionBank>> bundledBanks) {
        this.bundledBanks = bundledBanks;
    }

    /** The outcome of one file, kept until the cross-file check has run. */
    private static final class Checked {
        final List<Problem> problems = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
        String summary;
    }

    /**
     * Prints one line per problem and per warning (prefixed {@code warning: }) to {@code err}, and one
     * {@code file: OK (...)} line per valid file to {@code out}, in the order the files were given.
     *
     * @return {@link #EXIT_OK} when every file is valid, {@link #EXIT_PROBLEMS} when any has a problem,
     *         {@link #EXIT_USAGE} when no file was named
     */
    public int run(List<Path> files, PrintStream out, PrintStream err) {
        if (files == null || files.isEmpty()) {
            err.println(USAGE);
            return EXIT_USAGE;
        }
        Map<String, Checked> byFile = new LinkedHashMap<>();
        List<LocatedBank> banks = new ArrayList<>();
        Map<String, byte[]> loops = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.toString();
            Checked checked = byFile.computeIfAbsent(name, k -> new Checked());
            if (checked.summary != null || !checked.problems.isEmpty()) {
                continue; // the same file named twice is checked once
            }
            ParseResult<byte[]> content = fileReader.read(file, name);
            if (!content.isValid()) {
                checked.problems.addAll(content.problems());
            } else if (isRubric(file)) {
                checkRubric(content.value(), name, checked);
            } else if (isIn(file, "loops")) {
                loops.put(name, content.value()); // checked once every bank named is known
            } else if (isIn(file, "ask")) {
                checkAsk(content.value(), name, checked);
            } else {
                ParseResult<LocatedBank> bank = bankParser.parseLocated(content.value(), name, BankSource.USER);
                checked.warnings.addAll(bank.warnings());
                checked.problems.addAll(bank.problems());
                if (bank.isValid()) {
                    banks.add(bank.value());
                    checked.summary = "OK (" + Messages.plural(bank.value().bank().questions().size(),
                            "question", "questions") + ")";
                }
            }
        }
        for (BankLoadFailure duplicate : CrossBankCheck.check(banks).rejected()) {
            Checked checked = byFile.get(duplicate.file());
            checked.problems.addAll(duplicate.problems());
            checked.summary = null;
        }
        if (!loops.isEmpty()) {
            Set<String> known = new HashSet<>(LoopLoader.questionIds(bundledBanks.get()));
            known.addAll(LoopLoader.questionIds(banks.stream().map(LocatedBank::bank).toList()));
            loops.forEach((name, content) -> checkLoop(content, name, known, byFile.get(name)));
        }
        boolean allValid = true;
        for (Map.Entry<String, Checked> entry : byFile.entrySet()) {
            Checked checked = entry.getValue();
            checked.warnings.forEach(w -> err.println("warning: " + w));
            checked.problems.forEach(err::println);
            if (checked.problems.isEmpty() && checked.summary != null) {
                out.println(entry.getKey() + ": " + checked.summary);
            } else {
                allValid = false;
            }
        }
        return allValid ? EXIT_OK : EXIT_PROBLEMS;
    }

    private void checkRubric(byte[] content, String name, Checked checked) {
        ParseResult<Rubric> rubric = rubricParser.parse(content, name);
        checked.warnings.addAll(rubric.warnings());
        checked.problems.addAll(rubric.problems());
        if (rubric.isValid()) {
            int optional = rubric.value().optionalDimensions().size();
            checked.summary = "OK (rubric, " + Messages.plural(rubric.value().dimensions().size(),
                    "dimension", "dimensions") + (optional == 0 ? "" : ", " + optional + " optional") + ")";
        }
    }

    /** Read quietly, without the library loader's log line, so the command prints only its findings. */
    private static List<QuestionBank> bundledBanks() {
        List<QuestionBank> banks = new ArrayList<>();
        ClasspathFolder.Listing listing = new ClasspathFolder(ValidateCommand.class.getClassLoader(),
                BankLibraryLoader.BUNDLED_FOLDER, new BankFileReader())
                .files(n -> n.endsWith(".json") && !n.equals(BankLibraryLoader.RUBRIC_FILE));
        for (ClasspathFolder.Entry entry : listing.files()) {
            entry.content().valueIfValid()
                    .flatMap(bytes -> new BankParser().parse(bytes, entry.name(), BankSource.BUNDLED).valueIfValid())
                    .ifPresent(banks::add);
        }
        return banks;
    }

    private void checkLoop(byte[] content, String name, Set<String> knownQuestionIds, Checked checked) {
        ParseResult<InterviewLoop> loop = loopParser.parse(content, name, knownQuestionIds);
        checked.warnings.addAll(loop.warnings());
        checked.problems.addAll(loop.problems());
        if (loop.isValid()) {
            checked.summary = "OK (loop, " + Messages.plural(loop.value().questions().size(), "question", "questions")
                    + " in " + loop.value().minutes() + " minutes)";
        }
    }

    private void checkAsk(byte[] content, String name, Checked checked) {
        ParseResult<InterviewerQuestions> ask = askParser.parse(content, name);
        checked.warnings.addAll(ask.warnings());
        checked.problems.addAll(ask.problems());
        if (ask.isValid()) {
            checked.summary = "OK (questions to ask, " + Messages.plural(ask.value().count(), "question", "questions")
                    + " in " + Messages.plural(ask.value().groups().size(), "group", "groups") + ")";
        }
    }

    /** True when the file sits directly in a folder of that name, such as {@code questions/loops/x.json}. */
    private static boolean isIn(Path file, String folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(folder);
    }

    private static boolean isRubric(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().equals(BankLibraryLoader.RUBRIC_FILE);
    }
}
