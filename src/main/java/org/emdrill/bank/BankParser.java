package org.emdrill.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * Reads one bank file strictly: a bank loads only when nothing in it is wrong, and then every problem
 * is reported at once with its line, column and field, so an author can fix the file in one go.
 * Unknown fields are only warnings, because a newer version of the app may add optional ones.
 */
public final class BankParser {

    static final Set<String> KNOWN_FIELDS = Set.of("$schema", SchemaVersion.FIELD, "id", "title", "description",
            "questions");

    /**
     * @param content the file's bytes, expected to be UTF-8 JSON
     * @param file    the file's name as the user should see it in messages
     * @param source  where the bank came from, kept in the loaded bank
     */
    public ParseResult<QuestionBank> parse(byte[] content, String file, BankSource source) {
        return parseLocated(content, file, source).map(LocatedBank::bank);
    }

    ParseResult<LocatedBank> parseLocated(byte[] content, String file, BankSource source) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        Findings findings = new Findings(file);
        LocatedJsonReader.Outcome json = LocatedJsonReader.read(content, file, "a bank");
        findings.addErrors(json.problems());
        if (!(json.root() instanceof JsonValue.Obj root)) {
            return findings.result(null);
        }
        Fields fields = new Fields(findings);
        if (SchemaVersion.check(root, fields, QuestionBank.CURRENT_SCHEMA_VERSION) == SchemaVersion.Verdict.NEWER) {
            return findings.result(null);
        }
        String id = fields.id(root, "id", "", "team-conflict");
        String title = fields.text(root, "title", "", true, BankLimits.MAX_TITLE_CHARS);
        String description = description(root, fields);
        fields.warnUnknownFields(root, "", KNOWN_FIELDS);

        Map<String, SourcePosition> questionIdPositions = new HashMap<>();
        List<Question> questions = questions(root, fields, questionIdPositions);
        if (findings.hasErrors()) {
            return findings.result(null);
        }
        QuestionBank bank = new QuestionBank(QuestionBank.CURRENT_SCHEMA_VERSION, id, title, description, questions,
                source, file);
        return findings.result(new LocatedBank(bank, root.members().get("id").value().position(),
                questionIdPositions));
    }

    /** Optional and free-form: may be empty, only its length is limited. */
    private static String description(JsonValue.Obj root, Fields fields) {
        JsonValue v = fields.get(root, "description", "", false, "");
        if (v == null) {
            return "";
        }
        if (!(v instanceof JsonValue.Str s)) {
            fields.wrongType(v, "description", "text");
            return "";
        }
        int length = s.value().codePointCount(0, s.value().length());
        if (length > BankLimits.MAX_DESCRIPTION_CHARS) {
            fields.findings().error(v.position(), "description", "is " + Messages.count(length)
                    + " characters long; the limit is " + Messages.count(BankLimits.MAX_DESCRIPTION_CHARS)
                    + ", so shorten it");
        }
        return s.value();
    }

    private static List<Question> questions(JsonValue.Obj root, Fields fields,
                                            Map<String, SourcePosition> idPositions) {
        List<Question> questions = new ArrayList<>();
        JsonValue.Arr items = fields.array(root, "questions", "", true, "a bank needs a list of questions");
        if (items == null) {
            return questions;
        }
        if (items.items().isEmpty()) {
            fields.findings().error(items.position(), "questions",
                    "the list is empty; a bank needs at least one question");
            return questions;
        }
        QuestionReader reader = new QuestionReader(fields);
        Map<String, String> firstPathOfId = new HashMap<>();
        for (int i = 0; i < items.items().size(); i++) {
            String path = FieldPath.item("questions", i);
            JsonValue item = items.items().get(i);
            if (!(item instanceof JsonValue.Obj q)) {
                fields.wrongType(item, path, "a question object ({ … })");
                continue;
            }
            Question question = reader.read(q, path);
            reportDuplicateId(q, path, fields, firstPathOfId, idPositions);
            if (question != null) {
                questions.add(question);
            }
        }
        return questions;
    }

    /** Looks at the raw id so a duplicate is found even when the rest of either question has problems. */
    private static void reportDuplicateId(JsonValue.Obj q, String path, Fields fields,
                                          Map<String, String> firstPathOfId, Map<String, SourcePosition> idPositions) {
        JsonValue.Member idMember = q.members().get("id");
        if (idMember == null || !(idMember.value() instanceof JsonValue.Str s)) {
            return;
        }
        String first = firstPathOfId.putIfAbsent(s.value(), path);
        if (first == null) {
            idPositions.put(s.value(), s.position());
            return;
        }
        SourcePosition firstAt = idPositions.get(s.value());
        fields.findings().error(s.position(), FieldPath.child(path, "id"), "question id \"" + Messages.quote(s.value())
                + "\" is already used by " + first + " (line " + firstAt.line() + "); question ids must be unique, "
                + "so rename one of them");
    }
}
