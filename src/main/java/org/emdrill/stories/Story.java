package org.emdrill.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.emdrill.domain.Dimension;

/**
 * One real story the user prepared to tell: the STAR parts with a reflection, a rough date and role
 * ("tech lead at X", "EM of 6"), the numbers it can cite and free tags, and what it is linked to:
 * dimensions it shows, questions (by id) and banks it fits. No field is required; only an empty story
 * (see {@link #isEmpty()}) is not saved.
 *
 * <p>The id is a random UUID given once, so an export imported again finds the same story instead of
 * adding a copy. Text is the user's private writing: never log it (log the id only).
 */
public record Story(String id, String title, String situation, String task, String action, String result,
                    String reflection, String roughDate, String role, String numbers, List<String> tags,
                    Set<Dimension> dimensions, Set<String> questionIds, Set<String> bankIds,
                    Instant createdAt, Instant updatedAt) {

    public Story {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a story needs an id");
        }
        title = text(title);
        situation = text(situation);
        task = text(task);
        action = text(action);
        result = text(result);
        reflection = text(reflection);
        roughDate = text(roughDate);
        role = text(role);
        numbers = text(numbers);
        tags = cleanTags(tags);
        dimensions = dimensions == null || dimensions.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(dimensions));
        questionIds = cleanIds(questionIds);
        bankIds = cleanIds(bankIds);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, empty story with a fresh id. */
    public static Story blank(Instant now) {
        return new Story(UUID.randomUUID().toString(), "", "", "", "", "", "", "", "", "", List.of(),
                Set.of(), Set.of(), Set.of(), now, now);
    }

    /**
     * True when something was written (a title, any part, a date, role, numbers or tags). A story with
     * only its links, as "Write a story" for a hole starts one, covers nothing and is offered nowhere yet.
     */
    public boolean hasText() {
        return !(title.isBlank() && situation.isBlank() && task.isBlank() && action.isBlank() && result.isBlank()
                && reflection.isBlank() && roughDate.isBlank() && role.isBlank() && numbers.isBlank() && tags.isEmpty());
    }

    /** True when nothing was written and nothing linked: such a story is not worth keeping. */
    public boolean isEmpty() {
        return title.isBlank() && situation.isBlank() && task.isBlank() && action.isBlank() && result.isBlank()
                && reflection.isBlank() && roughDate.isBlank() && role.isBlank() && numbers.isBlank()
                && tags.isEmpty() && dimensions.isEmpty() && questionIds.isEmpty() && bankIds.isEmpty();
    }

    /** The title, else the start of the situation, else "Untitled story": what a list shows. */
    public String displayTitle() {
        if (!title.isBlank()) {
            return title.strip();
        }
        String s = situation.strip().replace('\n', ' ');
        if (!s.isEmpty()) {
            return s.length() > 60 ? s.substring(0, 57) + "…" : s;
        }
        return "Untitled story";
    }

    /** Every piece of text in the story, for search and for suggesting questions. */
    public String allText() {
        return String.join("\n", title, situation, task, action, result, reflection, roughDate, role, numbers,
                String.join(" ", tags));
    }

    public Story withText(String title, String situation, String task, String action, String result,
                          String reflection, String roughDate, String role, String numbers, List<String> tags,
                          Instant now) {
        return new Story(id, title, situation, task, action, result, reflection, roughDate, role, numbers, tags,
                dimensions, questionIds, bankIds, createdAt, now);
    }

    public Story withLinks(Set<Dimension> dimensions, Set<String> questionIds, Set<String> bankIds, Instant now) {
        return new Story(id, title, situation, task, action, result, reflection, roughDate, role, numbers, tags,
                dimensions, questionIds, bankIds, createdAt, now);
    }

    /** Splits "delegation, hiring  deadline" into tags: commas or line breaks separate, blanks dropped. */
    public static List<String> parseTags(String text) {
        List<String> list = new ArrayList<>();
        if (text == null) {
            return list;
        }
        for (String part : text.split("[,\\n]")) {
            if (!part.isBlank()) {
                list.add(part.strip());
            }
        }
        return list;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static List<String> cleanTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String t : tags) {
            if (t != null && !t.isBlank()) {
                seen.add(t.strip());
            }
        }
        return List.copyOf(seen);
    }

    private static Set<String> cleanIds(Set<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String s : ids) {
            if (s != null && !s.isBlank()) {
                clean.add(s.strip());
            }
        }
        return Set.copyOf(clean);
    }
}
