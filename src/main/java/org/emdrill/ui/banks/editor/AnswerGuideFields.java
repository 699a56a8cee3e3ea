package org.emdrill.ui.banks.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.emdrill.bank.BankLimits;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

/**
 * The answer-guide part of the question form: kind, what the question tests, the strong-answer outline
 * and what a good answer shows at each level. Kept apart from the rest of the form, which it follows in
 * the same way: the controls stay, and {@link #show} rebinds them to another question's form.
 */
final class AnswerGuideFields {

    /** A kind in the drop-down; "Not set" leaves the field out of the file. */
    record KindOption(QuestionKind kind, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final List<KindOption> KINDS = List.of(new KindOption(null, "Not set"),
            new KindOption(QuestionKind.STORY, "Real story (“Tell me about a time…”)"),
            new KindOption(QuestionKind.SCENARIO, "Scenario (“What would you do…”)"));

    private final ComboBox<KindOption> kind = new ComboBox<>();
    private final TextArea assesses = new TextArea();
    private final TextArea outline = new TextArea();
    private final Map<QuestionLevel, TextField> expectations = new EnumMap<>(QuestionLevel.class);
    private final List<Runnable> unbinders = new ArrayList<>();
    private QuestionForm current;

    AnswerGuideFields() {
        kind.setId("editor-kind");
        kind.getItems().setAll(KINDS);
        kind.setMaxWidth(360);
        kind.valueProperty().addListener((obs, old, option) -> {
            if (current != null && option != null) {
                current.kindProperty().set(option.kind());
            }
        });
        assesses.setId("editor-assesses");
        assesses.setPromptText("Whether you raise slipping performance early, with specifics");
        outline.setId("editor-outline");
        outline.setPromptText("The situation and what was at stake\nWhat you personally did\nThe result, in numbers\nWhat you would change");
        for (TextArea area : List.of(assesses, outline)) {
            area.setWrapText(true);
            area.setMinHeight(Region.USE_PREF_SIZE);
        }
        assesses.setPrefRowCount(2);
        outline.setPrefRowCount(5);
        for (QuestionLevel level : QuestionLevel.values()) {
            TextField field = new TextField();
            field.setId("editor-expectation-" + level.id());
            field.setPromptText("What a good answer shows at this level");
            expectations.put(level, field);
        }
    }

    /** The fields, in form order. */
    List<Node> nodes(ObservableMap<String, String> errors) {
        return List.of(
                field("Kind", kind, errors, "kind", "A real story is judged on what happened; a scenario on the reasoning."),
                field("What this tests", assesses, errors, "assesses",
                        "One sentence on what the interviewer is really listening for."),
                field("Outline of a strong answer", outline, errors, "outline",
                        "One step per line, " + BankLimits.MIN_OUTLINE_ITEMS + " to " + BankLimits.MAX_OUTLINE_ITEMS
                                + " steps, or leave it empty. Shown only after an answer."),
                field("A good answer by level", expectationRows(), errors, "expectations",
                        "Optional. Fill in only the levels where the bar really differs."));
    }

    void show(QuestionForm form) {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        current = form;
        if (form == null) {
            return;
        }
        kind.setValue(KINDS.stream().filter(o -> o.kind() == form.kindProperty().get()).findFirst()
                .orElse(KINDS.get(0)));
        bind(assesses, form.assessesProperty());
        bind(outline, form.outlineProperty());
        expectations.forEach((level, field) -> bind(field, form.expectationProperty(level)));
    }

    private void bind(TextInputControl control, StringProperty property) {
        control.textProperty().bindBidirectional(property);
        unbinders.add(() -> control.textProperty().unbindBidirectional(property));
    }

    private Node expectationRows() {
        VBox rows = new VBox(6);
        expectations.forEach((level, field) -> {
            Label name = new Label(level.displayName());
            name.getStyleClass().add("weight-name");
            name.setMinWidth(170);
            HBox.setHgrow(field, Priority.ALWAYS);
            HBox row = new HBox(14, name, field);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        });
        return rows;
    }

    private static VBox field(String label, Node control, ObservableMap<String, String> errors, String key,
                              String hint) {
        return FormField.of(label, control, errors, key, "error-" + key, FormField.hint(hint));
    }
}
