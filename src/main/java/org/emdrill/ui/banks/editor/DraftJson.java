package org.emdrill.ui.banks.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;

/**
 * The file a draft would become, in memory, so the real {@link org.emdrill.bank.BankParser} can judge
 * it. Whatever the user typed goes in as typed (a target time that is not a number goes in as text), so
 * the parser's own messages explain what is wrong. Blank required fields are left out, so the parser
 * says they are missing. The saved file itself is written by {@link org.emdrill.bank.BankWriter} from
 * the parsed bank.
 */
final class DraftJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DraftJson() {
    }

    static byte[] toJson(BankDraft draft) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", QuestionBank.CURRENT_SCHEMA_VERSION);
        putUnlessBlank(root, "id", draft.id());
        putUnlessBlank(root, "title", draft.title());
        if (!draft.description().isEmpty()) {
            root.put("description", draft.description());
        }
        ArrayNode questions = root.putArray("questions");
        for (QuestionDraft q : draft.questions()) {
            questions.add(question(q));
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e); // plain values in memory: cannot happen
        }
    }

    private static ObjectNode question(QuestionDraft q) {
        ObjectNode node = MAPPER.createObjectNode();
        putUnlessBlank(node, "id", q.id());
        putUnlessBlank(node, "prompt", q.prompt());
        putList(node, "followUps", q.followUps());
        ObjectNode dimensions = node.putObject("dimensions");
        for (Map.Entry<Dimension, Integer> e : q.weights().entrySet()) {
            if (e.getValue() != 0) {
                dimensions.put(e.getKey().id(), e.getValue());
            }
        }
        putList(node, "signals", q.signals());
        putList(node, "redFlags", q.redFlags());
        putList(node, "tags", q.tags());
        String target = q.targetSeconds();
        if (target.matches("-?\\d{1,30}")) {
            node.put("targetSeconds", new BigInteger(target));
        } else if (!target.isEmpty()) {
            node.put("targetSeconds", target);
        }
        if (q.level() != null) {
            node.put("level", q.level().id());
        }
        if (q.kind() != null) {
            node.put("kind", q.kind().id());
        }
        putUnlessBlank(node, "assesses", q.assesses());
        putList(node, "outline", q.outline());
        if (!q.expectations().isEmpty()) {
            ObjectNode byLevel = node.putObject("expectations");
            q.expectations().forEach((level, text) -> byLevel.put(level.id(), text));
        }
        return node;
    }

    private static void putUnlessBlank(ObjectNode node, String name, String value) {
        if (!value.isBlank()) {
            node.put(name, value);
        }
    }

    private static void putList(ObjectNode node, String name, List<String> items) {
        if (!items.isEmpty()) {
            ArrayNode list = node.putArray(name);
            items.forEach(list::add);
        }
    }
}
