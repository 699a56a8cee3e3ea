package org.emdrill.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.emdrill.domain.InterviewerQuestions;

/**
 * Reads {@code questions/ask/ask-the-interviewer.json}: titled groups of questions a candidate can ask.
 * Strict like banks, with every problem reported by line, column and field; unknown fields are warnings.
 */
public final class AskParser {

    public static final int MAX_GROUPS = 20;
    public static final int MAX_QUESTIONS_PER_GROUP = 50;

    private static final Set<String> KNOWN_FIELDS = Set.of("$schema", SchemaVersion.FIELD, "groups");
    private static final Set<String> KNOWN_GROUP_FIELDS = Set.of("title", "questions");

    public ParseResult<InterviewerQuestions> parse(byte[] content, String file) {
        Objects.requireNonNull(content, "content");
        Findings findings = new Findings(file);
        LocatedJsonReader.Outcome json = LocatedJsonReader.read(content, file, "the questions to ask");
        findings.addErrors(json.problems());
        if (!(json.root() instanceof JsonValue.Obj root)) {
            return findings.result(null);
        }
        Fields fields = new Fields(findings);
        if (SchemaVersion.check(root, fields, InterviewerQuestions.CURRENT_SCHEMA_VERSION)
                == SchemaVersion.Verdict.NEWER) {
            return findings.result(null);
        }
        fields.warnUnknownFields(root, "", KNOWN_FIELDS);
        List<InterviewerQuestions.Group> groups = groups(root, fields);
        return findings.result(findings.hasErrors() ? null : new InterviewerQuestions(groups));
    }

    private static List<InterviewerQuestions.Group> groups(JsonValue.Obj root, Fields fields) {
        List<InterviewerQuestions.Group> groups = new ArrayList<>();
        JsonValue.Arr items = fields.array(root, "groups", "", true, "list the groups, such as Team and Role");
        if (items == null) {
            return groups;
        }
        countBetween(items, "groups", 1, MAX_GROUPS, "group", "groups", fields);
        Map<String, String> titles = new HashMap<>();
        Map<String, String> questions = new HashMap<>();
        for (int i = 0; i < items.items().size(); i++) {
            String path = FieldPath.item("groups", i);
            if (!(items.items().get(i) instanceof JsonValue.Obj g)) {
                fields.wrongType(items.items().get(i), path, "an object with \"title\" and \"questions\"");
                continue;
            }
            fields.warnUnknownFields(g, path, KNOWN_GROUP_FIELDS);
            String title = fields.text(g, "title", path, true, BankLimits.MAX_TITLE_CHARS);
            if (title != null) {
                unique(title, g.members().get("title").value(), FieldPath.child(path, "title"), titles, "group title",
                        fields);
            }
            JsonValue.Arr list = fields.array(g, "questions", path, true, "a group needs at least one question");
            List<String> texts = List.of();
            if (list != null) {
                String listPath = FieldPath.child(path, "questions");
                countBetween(list, listPath, 1, MAX_QUESTIONS_PER_GROUP, "question", "questions", fields);
                texts = fields.textList(g, "questions", path, BankLimits.MAX_LIST_ITEM_CHARS);
                for (int q = 0; q < list.items().size(); q++) {
                    if (list.items().get(q) instanceof JsonValue.Str s && !s.value().isBlank()) {
                        unique(s.value(), s, FieldPath.item(listPath, q), questions, "question", fields);
                    }
                }
            }
            if (title != null) {
                groups.add(new InterviewerQuestions.Group(title, texts));
            }
        }
        return groups;
    }

    /** Compared ignoring case and surrounding space, so a copy-pasted duplicate is caught. */
    private static void unique(String text, JsonValue at, String path, Map<String, String> seen, String what,
                               Fields fields) {
        String earlier = seen.putIfAbsent(text.strip().toLowerCase(Locale.ROOT), path);
        if (earlier != null) {
            fields.findings().error(at.position(), path, "the same " + what + " is already at " + earlier
                    + "; remove one of them");
        }
    }

    private static void countBetween(JsonValue.Arr list, String path, int min, int max, String singular,
                                     String plural, Fields fields) {
        int n = list.items().size();
        if (n < min || n > max) {
            fields.findings().error(list.position(), path, "has " + Messages.plural(n, singular, plural)
                    + "; give " + min + " to " + max);
        }
    }
}
