package org.emdrill.bank;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

/**
 * Reads the answer-guide fields of a question: {@code kind}, {@code assesses}, {@code outline} and
 * {@code expectations}. All four are optional for the parser, so banks written before they existed still
 * load (schemaVersion stays 1); the bundled banks carry them on every question, which a test enforces.
 */
final class AnswerGuideReader {

    /** What the four fields hold once read; absent fields are null, empty text or empty. */
    record AnswerGuide(QuestionKind kind, String assesses, List<String> outline,
                       Map<QuestionLevel, String> expectations) {
    }

    private static final String KIND_IDS = kindIds();

    private final Fields fields;

    AnswerGuideReader(Fields fields) {
        this.fields = fields;
    }

    AnswerGuide read(JsonValue.Obj q, String path) {
        QuestionKind kind = kind(q, path);
        String assesses = fields.text(q, "assesses", path, false, BankLimits.MAX_GUIDE_TEXT_CHARS);
        List<String> outline = outline(q, path);
        Map<QuestionLevel, String> expectations = expectations(q, path);
        return new AnswerGuide(kind, assesses == null ? "" : assesses, outline, expectations);
    }

    private QuestionKind kind(JsonValue.Obj q, String path) {
        JsonValue v = fields.get(q, "kind", path, false, "");
        if (v == null) {
            return null;
        }
        String kindPath = FieldPath.child(path, "kind");
        if (!(v instanceof JsonValue.Str s)) {
            fields.wrongType(v, kindPath, "text");
            return null;
        }
        QuestionKind kind = QuestionKind.fromId(s.value()).orElse(null);
        if (kind == null) {
            fields.findings().error(v.position(), kindPath, "unknown kind \"" + Messages.quote(s.value())
                    + "\"; use " + KIND_IDS + " (\"story\" asks for a real past situation, \"scenario\" for what "
                    + "the candidate would do)");
        }
        return kind;
    }

    private List<String> outline(JsonValue.Obj q, String path) {
        JsonValue.Arr arr = fields.array(q, "outline", path, false, "");
        if (arr == null) {
            return List.of();
        }
        int size = arr.items().size();
        if (size < BankLimits.MIN_OUTLINE_ITEMS || size > BankLimits.MAX_OUTLINE_ITEMS) {
            fields.findings().error(arr.position(), FieldPath.child(path, "outline"), "has "
                    + Messages.plural(size, "item", "items") + "; an outline needs " + BankLimits.MIN_OUTLINE_ITEMS
                    + " to " + BankLimits.MAX_OUTLINE_ITEMS + " short steps of a strong answer, or remove the field");
        }
        return fields.textList(q, "outline", path, BankLimits.MAX_LIST_ITEM_CHARS);
    }

    private Map<QuestionLevel, String> expectations(JsonValue.Obj q, String path) {
        Map<QuestionLevel, String> byLevel = new EnumMap<>(QuestionLevel.class);
        JsonValue.Obj obj = fields.object(q, "expectations", path, false, "");
        if (obj == null) {
            return byLevel;
        }
        String objPath = FieldPath.child(path, "expectations");
        for (JsonValue.Member m : obj.members().values()) {
            String entryPath = FieldPath.child(objPath, m.name());
            QuestionLevel level = QuestionLevel.fromId(m.name()).orElse(null);
            if (level == null) {
                fields.findings().error(m.namePosition(), entryPath, "unknown level \"" + Messages.quote(m.name())
                        + "\"; the keys of \"expectations\" are levels: " + QuestionReader.levelIds());
            }
            String text = fields.text(m.value(), entryPath, BankLimits.MAX_GUIDE_TEXT_CHARS);
            if (level != null && text != null) {
                byLevel.put(level, text);
            }
        }
        return byLevel;
    }

    private static String kindIds() {
        StringBuilder sb = new StringBuilder();
        for (QuestionKind k : QuestionKind.values()) {
            sb.append(sb.length() == 0 ? "" : " or ").append('"').append(k.id()).append('"');
        }
        return sb.toString();
    }
}
