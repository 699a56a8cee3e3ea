package org.emdrill.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.LoopQuestion;

/**
 * Reads one interview-loop file ({@code questions/loops/*.json}) as strictly as a bank: every problem is
 * reported with its line, column and field, and the loop loads only when there is none. Unknown fields are
 * warnings. Question ids are checked against the loaded banks when those are given.
 */
public final class LoopParser {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 180;
    public static final int MAX_PREP_SECONDS = 600;
    public static final int MAX_FOLLOW_UPS = 2;
    public static final int DEFAULT_FOLLOW_UPS = 1;
    public static final int MIN_FOLLOW_UP_SECONDS = 30;
    public static final int MAX_FOLLOW_UP_SECONDS = 600;
    public static final int DEFAULT_FOLLOW_UP_SECONDS = 60;
    /** A mock interview runs at most ten questions. */
    public static final int MAX_QUESTIONS = 10;

    private static final Set<String> KNOWN_FIELDS = Set.of("$schema", SchemaVersion.FIELD, "id", "title",
            "description", "minutes", "prepSeconds", "followUps", "followUpSeconds", "questions");
    private static final Set<String> KNOWN_QUESTION_FIELDS = Set.of("id", "answerSeconds", "focus");

    /**
     * @param knownQuestionIds the question ids of the loaded banks, or null to skip that check (for example
     *                         when the banks themselves failed to load)
     */
    public ParseResult<InterviewLoop> parse(byte[] content, String file, Set<String> knownQuestionIds) {
        Objects.requireNonNull(content, "content");
        Findings findings = new Findings(file);
        LocatedJsonReader.Outcome json = LocatedJsonReader.read(content, file, "an interview loop");
        findings.addErrors(json.problems());
        if (!(json.root() instanceof JsonValue.Obj root)) {
            return findings.result(null);
        }
        Fields fields = new Fields(findings);
        if (SchemaVersion.check(root, fields, InterviewLoop.CURRENT_SCHEMA_VERSION) == SchemaVersion.Verdict.NEWER) {
            return findings.result(null);
        }
        fields.warnUnknownFields(root, "", KNOWN_FIELDS);
        String id = fields.id(root, "id", "", "startup-director");
        String title = fields.text(root, "title", "", true, BankLimits.MAX_TITLE_CHARS);
        String description = optionalText(root, "description", "", BankLimits.MAX_DESCRIPTION_CHARS, fields);
        Integer minutes = number(root, "minutes", true, MIN_MINUTES, MAX_MINUTES, "minutes", 0, fields);
        Integer prep = number(root, "prepSeconds", false, 0, MAX_PREP_SECONDS, "seconds", 0, fields);
        Integer followUps = number(root, "followUps", false, 0, MAX_FOLLOW_UPS, "follow-ups", DEFAULT_FOLLOW_UPS,
                fields);
        Integer followUpSeconds = number(root, "followUpSeconds", false, MIN_FOLLOW_UP_SECONDS,
                MAX_FOLLOW_UP_SECONDS, "seconds", DEFAULT_FOLLOW_UP_SECONDS, fields);
        List<LoopQuestion> questions = questions(root, fields, knownQuestionIds);
        if (findings.hasErrors()) {
            return findings.result(null);
        }
        InterviewLoop loop = new InterviewLoop(id, title, description, minutes, prep, followUps, followUpSeconds,
                questions, file);
        checkFits(loop, root, fields);
        return findings.result(findings.hasErrors() ? null : loop);
    }

    private static List<LoopQuestion> questions(JsonValue.Obj root, Fields fields, Set<String> known) {
        List<LoopQuestion> questions = new ArrayList<>();
        JsonValue.Arr items = fields.array(root, "questions", "", true, "a loop needs a list of questions");
        if (items == null) {
            return questions;
        }
        int count = items.items().size();
        if (count == 0 || count > MAX_QUESTIONS) {
            fields.findings().error(items.position(), "questions", "has " + Messages.plural(count, "question",
                    "questions") + "; a loop has 1 to " + MAX_QUESTIONS);
        }
        Map<String, String> firstPath = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String path = FieldPath.item("questions", i);
            if (!(items.items().get(i) instanceof JsonValue.Obj q)) {
                fields.wrongType(items.items().get(i), path, "an object with \"id\" and \"answerSeconds\"");
                continue;
            }
            fields.warnUnknownFields(q, path, KNOWN_QUESTION_FIELDS);
            String id = fields.id(q, "id", path, "team-conflict-design-standoff");
            if (id != null) {
                JsonValue idValue = q.members().get("id").value();
                String earlier = firstPath.putIfAbsent(id, path);
                if (earlier != null) {
                    fields.findings().error(idValue.position(), FieldPath.child(path, "id"), "question \""
                            + id + "\" is already in this loop at " + earlier + "; a loop asks each question once");
                } else if (known != null && !known.contains(id)) {
                    fields.findings().error(idValue.position(), FieldPath.child(path, "id"), "no loaded bank has "
                            + "a question \"" + Messages.quote(id) + "\"; check the id in the bank file, or validate "
                            + "the loop together with the bank that holds it");
                }
            }
            Integer seconds = number(q, "answerSeconds", true, BankLimits.MIN_TARGET_SECONDS,
                    BankLimits.MAX_TARGET_SECONDS, "seconds", 0, path, fields);
            String focus = optionalText(q, "focus", path, BankLimits.MAX_LIST_ITEM_CHARS, fields);
            if (id != null && seconds != null) {
                questions.add(new LoopQuestion(id, seconds, focus));
            }
        }
        return questions;
    }

    /** The answers, prep and follow-ups at their targets must fit in the slot, as a real loop's must. */
    private static void checkFits(InterviewLoop loop, JsonValue.Obj root, Fields fields) {
        long planned = loop.plannedTime().toSeconds();
        if (planned > loop.minutes() * 60L) {
            fields.findings().error(root.members().get("minutes").value().position(), "minutes", "the questions "
                    + "need " + clock(planned) + " (prep, answers and follow-ups at their targets), more than the "
                    + loop.minutes() + " minutes of the loop; raise \"minutes\" or shorten \"answerSeconds\"");
        }
    }

    private static String clock(long seconds) {
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    private static Integer number(JsonValue.Obj o, String name, boolean required, int min, int max, String unit,
                                  int fallback, Fields fields) {
        return number(o, name, required, min, max, unit, fallback, "", fields);
    }

    private static Integer number(JsonValue.Obj o, String name, boolean required, int min, int max, String unit,
                                  int fallback, String path, Fields fields) {
        JsonValue v = fields.get(o, name, path, required, "give a whole number from " + min + " to " + max);
        if (v == null) {
            return required ? null : fallback;
        }
        return fields.wholeNumber(v, FieldPath.child(path, name), min, max,
                "a whole number of " + unit + " from " + Messages.count(min) + " to " + Messages.count(max));
    }

    /** Absent or empty means none; present text must be within its limit. */
    private static String optionalText(JsonValue.Obj o, String name, String path, int maxChars, Fields fields) {
        JsonValue v = fields.get(o, name, path, false, "");
        if (v == null) {
            return "";
        }
        if (v instanceof JsonValue.Str s && s.value().isEmpty()) {
            return "";
        }
        String text = fields.text(v, FieldPath.child(path, name), maxChars);
        return text == null ? "" : text;
    }
}
