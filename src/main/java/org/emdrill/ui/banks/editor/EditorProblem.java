package org.emdrill.ui.banks.editor;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emdrill.domain.Problem;

/**
 * A problem with the draft, tied to the form field it is about rather than a line in a file.
 *
 * @param question the index of the question it is about, or {@link #BANK} for the bank's own fields
 * @param field    the form field: {@code id}, {@code title}, {@code description}, {@code questions} for
 *                 the bank; {@code id}, {@code prompt}, {@code followUps}, {@code dimensions},
 *                 {@code signals}, {@code redFlags}, {@code tags}, {@code targetSeconds}, {@code level},
 *                 {@code kind}, {@code assesses}, {@code outline}, {@code expectations} for a question;
 *                 empty when unknown
 */
public record EditorProblem(int question, String field, String message) {

    public static final int BANK = -1;

    private static final Pattern QUESTION_PATH = Pattern.compile("questions\\[(\\d+)](?:\\.([A-Za-z]+))?.*");
    private static final Pattern MISSING = Pattern.compile("missing required field \"[^\"]*\"(; )?");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "Id"), Map.entry("title", "Title"), Map.entry("description", "Description"),
            Map.entry("questions", "Questions"), Map.entry("prompt", "Prompt"),
            Map.entry("followUps", "Follow-ups"), Map.entry("dimensions", "Dimensions"),
            Map.entry("signals", "Signals"), Map.entry("redFlags", "Red flags"), Map.entry("tags", "Tags"),
            Map.entry("targetSeconds", "Target time"), Map.entry("level", "Level"), Map.entry("kind", "Kind"),
            Map.entry("assesses", "What this tests"), Map.entry("outline", "Outline"),
            Map.entry("expectations", "Expectations"));

    /** Maps a parser problem, whose field is a path such as {@code questions[2].followUps[0]}, to the form. */
    public static EditorProblem from(Problem problem) {
        String path = problem.field();
        String message = formMessage(problem.message());
        Matcher m = QUESTION_PATH.matcher(path);
        if (m.matches()) {
            return new EditorProblem(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2), message);
        }
        int dot = path.indexOf('.');
        return new EditorProblem(BANK, dot < 0 ? path : path.substring(0, dot), message);
    }

    public boolean isAboutBank() {
        return question == BANK;
    }

    /** "Question 3 · Prompt", "Bank · Title": where to look. */
    public String where() {
        String label = LABELS.getOrDefault(field, "");
        String owner = isAboutBank() ? "Bank" : "Question " + (question + 1);
        return label.isEmpty() ? owner : owner + " · " + label;
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }

    /** The parser speaks of JSON fields; in a form, a blank required field is simply "required". */
    private static String formMessage(String message) {
        Matcher m = MISSING.matcher(message);
        if (message.startsWith("names no dimension")) {
            return "give at least one dimension a weight from 1 to 10";
        }
        if (m.lookingAt()) {
            String rest = message.substring(m.end());
            return rest.isEmpty() ? "required" : "required; " + rest;
        }
        return message;
    }
}
