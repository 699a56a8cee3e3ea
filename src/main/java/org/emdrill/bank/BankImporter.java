package org.emdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.files.AtomicFiles;

/**
 * Brings a bank file the user picked into their banks folder. Checking and installing are separate
 * steps because a taken id needs the user's decision in between. Does disk I/O: call it off the FX
 * thread. The new file is always named after the bank's id (which the parser restricts to
 * {@code [a-z0-9-]}), never after anything else in or about the file.
 */
public final class BankImporter {

    private static final System.Logger LOG = System.getLogger(BankImporter.class.getName());
    private static final String COPY_SUFFIX = "-copy";

    private final Path userBanksFolder;
    private final BankFileReader reader = new BankFileReader();
    private final BankParser parser = new BankParser();
    private final ObjectMapper mapper = new ObjectMapper();

    public BankImporter(Path userBanksFolder) {
        this.userBanksFolder = Objects.requireNonNull(userBanksFolder, "userBanksFolder");
    }

    /** The outcome of checking or installing one file. */
    public sealed interface Outcome {
    }

    /** The file is not a valid bank, or would clash with a loaded one; nothing was written. */
    public record Invalid(String file, List<Problem> problems) implements Outcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** The file is a valid bank; {@code taken} is present when its id is already in use. */
    public record Checked(String file, byte[] content, QuestionBank bank, Optional<TakenId> taken) implements Outcome {
    }

    /** The bank is now in the user's folder under {@code id}. */
    public record Installed(String id, String title, Path target) implements Outcome {
    }

    /**
     * What already holds an imported bank's id.
     *
     * @param existingTitle the title of the loaded bank with the id, or the file name when only a file has it
     * @param replaceable   false when a bundled bank has the id
     * @param existingFile  the user's file to replace, when {@code replaceable}
     * @param freeId        the id a kept-both copy gets
     */
    public record TakenId(String id, String existingTitle, boolean replaceable, Optional<Path> existingFile,
                          String freeId) {
    }

    public Outcome check(Path file, BankLibrary library) {
        String name = String.valueOf(file.getFileName());
        ParseResult<byte[]> read = reader.read(file, name);
        if (!read.isValid()) {
            return new Invalid(name, read.problems());
        }
        ParseResult<QuestionBank> parsed = parser.parse(read.value(), name, BankSource.USER);
        if (!parsed.isValid()) {
            return new Invalid(name, parsed.problems());
        }
        QuestionBank bank = parsed.value();
        return new Checked(name, read.value(), bank, takenId(bank.id(), library));
    }

    /**
     * Writes a checked bank into the user's folder.
     *
     * @param choice ignored when the id was free; {@link ImportChoice#CANCEL} is not accepted
     */
    public Outcome install(Checked checked, ImportChoice choice, BankLibrary library) throws IOException {
        if (choice == ImportChoice.CANCEL) {
            throw new IllegalArgumentException("a cancelled import is not installed");
        }
        byte[] content = checked.content();
        QuestionBank bank = checked.bank();
        Optional<TakenId> taken = checked.taken();
        if (taken.isPresent() && choice == ImportChoice.KEEP_BOTH) {
            content = withNewId(content, bank.id(), taken.get().freeId());
            ParseResult<QuestionBank> reparsed = parser.parse(content, checked.file(), BankSource.USER);
            if (!reparsed.isValid()) {
                return new Invalid(checked.file(), reparsed.problems());
            }
            bank = reparsed.value();
        } else if (taken.isPresent() && !taken.get().replaceable()) {
            throw new IllegalArgumentException("a bundled bank cannot be replaced");
        }
        String replacedId = taken.isPresent() && choice == ImportChoice.REPLACE ? bank.id() : null;
        List<Problem> clashes = questionIdClashes(bank, checked.file(), library, replacedId);
        if (!clashes.isEmpty()) {
            return new Invalid(checked.file(), clashes);
        }
        Path target = fileFor(bank.id());
        AtomicFiles.write(target, content);
        if (replacedId != null) {
            deleteReplacedFile(taken.get(), target);
        }
        LOG.log(Level.INFO, "Imported bank {0} into {1}", bank.id(), target);
        return new Installed(bank.id(), bank.title(), target);
    }

    /** Deletes a user bank's file; refuses anything outside the user's banks folder. */
    public void remove(QuestionBank bank) throws IOException {
        if (bank.source() != BankSource.USER) {
            throw new IllegalArgumentException("bundled banks cannot be removed");
        }
        Path file = Path.of(bank.origin());
        if (!isInUserFolder(file)) {
            throw new IOException("not in the banks folder: " + file);
        }
        Files.deleteIfExists(file);
        LOG.log(Level.INFO, "Removed bank {0} ({1})", bank.id(), file);
    }

    Path fileFor(String id) {
        return BankWriter.fileFor(userBanksFolder, id);
    }

    private Optional<TakenId> takenId(String id, BankLibrary library) {
        Optional<QuestionBank> loaded = library.bank(id);
        Path file = fileFor(id);
        if (loaded.isEmpty() && !Files.exists(file)) {
            return Optional.empty();
        }
        String freeId = freeId(id, library);
        if (loaded.isPresent()) {
            QuestionBank existing = loaded.get();
            boolean replaceable = existing.source() == BankSource.USER && isInUserFolder(Path.of(existing.origin()));
            return Optional.of(new TakenId(id, existing.title(), replaceable,
                    replaceable ? Optional.of(Path.of(existing.origin())) : Optional.empty(), freeId));
        }
        // A file of that name that did not load (it has problems of its own): it may be replaced.
        return Optional.of(new TakenId(id, file.getFileName().toString(), true, Optional.of(file), freeId));
    }

    /** {@code <id>-2}, {@code <id>-3}, … : the first id no loaded bank and no file in the folder has. */
    private String freeId(String id, BankLibrary library) {
        return freeId(id, "", library);
    }

    /**
     * The first free id of the form {@code <id><suffix>}, {@code <id><suffix>-2}, … (without a suffix
     * the numbers start at 2), shortened where needed to stay within the id length limit.
     */
    private String freeId(String id, String suffix, BankLibrary library) {
        for (int n = suffix.isEmpty() ? 2 : 1; ; n++) {
            String tail = suffix + (n == 1 ? "" : "-" + n);
            String base = id.length() + tail.length() > BankLimits.MAX_ID_CHARS
                    ? id.substring(0, BankLimits.MAX_ID_CHARS - tail.length()).replaceAll("-+$", "")
                    : id;
            String candidate = base + tail;
            if (library.bank(candidate).isEmpty() && !Files.exists(fileFor(candidate))) {
                return candidate;
            }
        }
    }

    /**
     * An editable copy of a bank (typically a bundled, read-only one), not yet saved: id {@code <id>-copy}
     * or the next free one, the title marked as a copy, and question ids rewritten the same way an
     * imported copy's are, so the copy can load next to the original. Checks the folder: call it off
     * the FX thread.
     */
    public QuestionBank copyOf(QuestionBank bank, BankLibrary library) {
        String newId = freeId(bank.id(), COPY_SUFFIX, library);
        List<Question> questions = bank.questions().stream()
                .map(q -> q.withId(copiedQuestionId(q.id(), bank.id(), newId)))
                .toList();
        return new QuestionBank(bank.schemaVersion(), newId, copiedTitle(bank.title()), bank.description(),
                questions, BankSource.USER, "");
    }

    /** A question keeps the part after its bank id, so {@code team-x} in bank {@code team} becomes {@code team-2-x}. */
    static String copiedQuestionId(String questionId, String oldBankId, String newBankId) {
        return questionId.startsWith(oldBankId + "-")
                ? newBankId + questionId.substring(oldBankId.length())
                : newBankId + "-" + questionId;
    }

    static String copiedTitle(String title) {
        return title + " (copy)";
    }

    /**
     * Rewrites the bank id, and the question ids with it, because question ids must be unique across
     * all banks: a copy that kept them would be refused next to the original.
     */
    private byte[] withNewId(byte[] content, String oldId, String newId) throws IOException {
        JsonNode root = mapper.readTree(content);
        if (!(root instanceof ObjectNode bank)) {
            throw new IOException("the bank is not a JSON object");
        }
        bank.put("id", newId);
        if (bank.path("title").isTextual()) {
            bank.put("title", copiedTitle(bank.get("title").asText()));
        }
        for (JsonNode q : bank.path("questions")) {
            if (q instanceof ObjectNode question && question.path("id").isTextual()) {
                question.put("id", copiedQuestionId(question.get("id").asText(), oldId, newId));
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(bank);
    }

    private static List<Problem> questionIdClashes(QuestionBank bank, String file, BankLibrary library,
                                                   String replacedId) {
        Map<String, QuestionBank> owners = new HashMap<>();
        for (QuestionBank other : library.banks()) {
            if (!other.id().equals(replacedId)) {
                other.questions().forEach(q -> owners.put(q.id(), other));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < bank.questions().size(); i++) {
            Question q = bank.questions().get(i);
            QuestionBank owner = owners.get(q.id());
            if (owner != null) {
                problems.add(new Problem(file, 0, 0, "questions[" + i + "].id", "question id \"" + q.id()
                        + "\" is already used in bank \"" + owner.title() + "\"; give the question a different id"
                        + " and import again"));
            }
        }
        return problems;
    }

    private void deleteReplacedFile(TakenId taken, Path target) throws IOException {
        Optional<Path> old = taken.existingFile();
        if (old.isPresent() && isInUserFolder(old.get())
                && !old.get().toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            Files.deleteIfExists(old.get());
        }
    }

    private boolean isInUserFolder(Path file) {
        Path folder = userBanksFolder.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(folder) && !f.equals(folder);
    }
}
