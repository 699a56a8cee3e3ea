package org.emdrill.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A titled set of questions loaded from one file.
 *
 * @param origin a human-readable name of the file it came from, used in messages
 */
public record QuestionBank(
        int schemaVersion,
        String id,
        String title,
        String description,
        List<Question> questions,
        BankSource source,
        String origin) {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    public QuestionBank {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        questions = List.copyOf(questions);
        Objects.requireNonNull(source, "source");
        origin = origin == null ? "" : origin;
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
