package org.emdrill.ui.banks.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Where the editor marks the check's problems: field messages for the bank and for the chosen
 * question, and a flag on each question with problems. A bank nobody has typed into yet shows no marks,
 * as its problems are a to-do list rather than mistakes.
 */
final class ProblemMarks {

    private final List<QuestionForm> questions;
    private final ObjectProperty<QuestionForm> selected;
    private final ObservableMap<String, String> bankErrors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> questionErrors = FXCollections.observableHashMap();
    private List<EditorProblem> marked = List.of();

    ProblemMarks(ObservableList<QuestionForm> questions, ObjectProperty<QuestionForm> selected) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.selected = Objects.requireNonNull(selected, "selected");
        selected.addListener(o -> refreshQuestion());
    }

    ObservableMap<String, String> bankErrors() {
        return bankErrors;
    }

    ObservableMap<String, String> questionErrors() {
        return questionErrors;
    }

    /** Marks these problems, or none while {@code untouched}. */
    void show(List<EditorProblem> problems, boolean untouched) {
        marked = untouched ? List.of() : List.copyOf(problems);
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            questions.get(i).hasProblemsProperty().set(marked.stream().anyMatch(p -> p.question() == index));
        }
        putAll(bankErrors, marked.stream().filter(EditorProblem::isAboutBank).toList());
        refreshQuestion();
    }

    private void refreshQuestion() {
        int index = questions.indexOf(selected.get());
        putAll(questionErrors, marked.stream().filter(p -> index >= 0 && p.question() == index).toList());
    }

    /** Field to message; several problems with one field are joined, in order. */
    private static void putAll(ObservableMap<String, String> target, List<EditorProblem> found) {
        Map<String, String> next = found.stream().collect(Collectors.groupingBy(EditorProblem::field,
                java.util.LinkedHashMap::new, Collectors.mapping(EditorProblem::message, Collectors.joining("\n"))));
        new ArrayList<>(target.keySet()).stream().filter(k -> !next.containsKey(k)).forEach(target::remove);
        next.forEach((k, v) -> {
            if (!v.equals(target.get(k))) {
                target.put(k, v);
            }
        });
    }
}
