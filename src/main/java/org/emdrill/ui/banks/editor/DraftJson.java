package org.emdrill.ui.banks.editor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.emdrill.bank.BankDocument;
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

    private DraftJson() {
    }

    static byte[] toJson(BankDraft draft) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", QuestionBank.CURRENT_SCHEMA_VERSION);
        putUnlessBlank(root, "id", draft.id());
        putUnlessBlank(root, "title", draft.title());
        if (!draft.description().isEmpty()) {
            root.put("description", draft.description());
        }
        List<Object> questions = new ArrayList<>();
        for (QuestionDraft q : draft.questions()) {
            questions.add(question(q));
        }
        root.put("questions", questions);
        return BankDocument.toJson(root);
    }

    private static Map<String, Object> question(QuestionDraft q) {
        Map<String, Object> node = new LinkedHashMap<>();
        putUnlessBlank(node, "id", q.id());
        putUnlessBlank(node, "prompt", q.prompt());
        putList(node, "followUps", q.followUps());
        Map<String, Object> dimensions = new LinkedHashMap<>();
        node.put("dimensions", dimensions);
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
            Map<String, Object> byLevel = new LinkedHashMap<>();
            q.expectations().forEach((level, text) -> byLevel.put(level.id(), text));
            node.put("expectations", byLevel);
        }
        return node;
    }

    private static void putUnlessBlank(Map<String, Object> node, String name, String value) {
        if (!value.isBlank()) {
            node.put(name, value);
        }
    }

    private static void putList(Map<String, Object> node, String name, List<String> items) {
        if (!items.isEmpty()) {
            node.put(name, List.copyOf(items));
        }
    }
}
