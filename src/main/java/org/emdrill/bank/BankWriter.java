package org.emdrill.bank;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.files.AtomicFiles;

/**
 * Writes a bank in the documented file format (questions/README.md): two-space indent, one list item
 * per line, fields in the README's order, empty optional fields left out. {@link BankParser} reads the
 * result back to an equal bank. Files are replaced atomically, so a crash leaves the old file or the
 * new one, never half of each.
 */
public final class BankWriter {

    private static final System.Logger LOG = System.getLogger(BankWriter.class.getName());

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer;

    public BankWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = mapper.writer(printer);
    }

    /** The bank as UTF-8 JSON text ending in a newline. */
    public byte[] toJson(QuestionBank bank) {
        Objects.requireNonNull(bank, "bank");
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", QuestionBank.CURRENT_SCHEMA_VERSION);
        root.put("id", bank.id());
        root.put("title", bank.title());
        if (!bank.description().isEmpty()) {
            root.put("description", bank.description());
        }
        ArrayNode questions = root.putArray("questions");
        bank.questions().forEach(q -> questions.add(question(q)));
        try {
            return (writer.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Writing a tree of plain values into memory cannot fail; if it does, it is a bug.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the bank into the user's banks folder as {@code <bank id>.json}. The name comes only from
     * the id, which the parser restricts to {@code [a-z0-9-]}, so no text in the bank can pick the path.
     *
     * @return the file written
     */
    public Path saveInto(Path userBanksFolder, QuestionBank bank) throws IOException {
        Path target = fileFor(userBanksFolder, bank.id());
        writeTo(target, bank);
        return target;
    }

    /** Writes the bank to a file of the user's choosing, such as an export; atomically. */
    public void writeTo(Path file, QuestionBank bank) throws IOException {
        AtomicFiles.write(file, toJson(bank));
        LOG.log(Level.INFO, "Wrote bank {0} to {1}", bank.id(), file);
    }

    /** Where {@link #saveInto} puts a bank; refuses anything that is not a valid id. */
    public static Path fileFor(Path userBanksFolder, String bankId) {
        if (bankId == null || bankId.length() > BankLimits.MAX_ID_CHARS || !bankId.matches(BankLimits.ID_PATTERN)) {
            throw new IllegalArgumentException("not a valid bank id: " + bankId);
        }
        return userBanksFolder.resolve(bankId + ".json");
    }

    private ObjectNode question(Question q) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", q.id());
        node.put("prompt", q.prompt());
        putList(node, "followUps", q.followUps());
        ObjectNode dimensions = node.putObject("dimensions");
        mainFocusFirst(q.dimensions()).forEach(e -> dimensions.put(e.getKey().id(), e.getValue()));
        putList(node, "signals", q.signals());
        putList(node, "redFlags", q.redFlags());
        putList(node, "tags", q.tags());
        node.put("targetSeconds", q.targetSeconds());
        q.levelIfKnown().ifPresent(level -> node.put("level", level.id()));
        // The answer guide came later, so it goes last, as in the bundled banks.
        q.kindIfKnown().ifPresent(kind -> node.put("kind", kind.id()));
        if (!q.assesses().isEmpty()) {
            node.put("assesses", q.assesses());
        }
        putList(node, "outline", q.outline());
        if (!q.expectations().isEmpty()) {
            ObjectNode byLevel = node.putObject("expectations");
            q.expectations().forEach((level, text) -> byLevel.put(level.id(), text));
        }
        return node;
    }

    /** The highest weight first, as the bundled banks write them; ties in the usual dimension order. */
    private static List<Map.Entry<Dimension, Integer>> mainFocusFirst(Map<Dimension, Integer> weights) {
        List<Map.Entry<Dimension, Integer>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Dimension, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        return entries;
    }

    private static void putList(ObjectNode node, String name, List<String> items) {
        if (!items.isEmpty()) {
            ArrayNode list = node.putArray(name);
            items.forEach(list::add);
        }
    }
}
