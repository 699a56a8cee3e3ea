package org.emdrill.ui.banks.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.emdrill.bank.BankLimits;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionLevel;

/**
 * Every field of one question. The controls stay; choosing another question rebinds them to its form.
 * Problems the check finds show under the field they are about.
 */
final class QuestionFormPane extends StackPane {

    /** A level in the drop-down; "Any level" leaves the field out of the file. */
    record LevelOption(QuestionLevel level, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final List<LevelOption> LEVELS = levelOptions();

    private final TextField id = new TextField();
    private final TextArea prompt = area(3);
    private final TextArea followUps = area(3);
    private final Map<Dimension, Spinner<Integer>> weights = new EnumMap<>(Dimension.class);
    private final TextArea signals = area(4);
    private final TextArea redFlags = area(3);
    private final TextField targetSeconds = new TextField();
    private final ComboBox<LevelOption> level = new ComboBox<>();
    private final TextField tags = new TextField();
    private final AnswerGuideFields guide = new AnswerGuideFields();
    private final VBox fields = new VBox(18);
    private final Label empty = new Label("This bank has no questions yet. Press Add question to write the first one.");
    private final List<Runnable> unbinders = new ArrayList<>();
    private QuestionForm current;

    QuestionFormPane(ObservableMap<String, String> errors) {
        getStyleClass().add("question-form");
        setId("editor-question-form");
        id.setId("editor-question-id");
        prompt.setId("editor-prompt");
        prompt.setPromptText("The question as the interviewer says it");
        followUps.setId("editor-follow-ups");
        followUps.setPromptText("How did the other person react?");
        signals.setId("editor-signals");
        signals.setPromptText("Something a listener could tick off, such as “Sets a decision deadline”");
        redFlags.setId("editor-red-flags");
        redFlags.setPromptText("A mistake real candidates make");
        targetSeconds.setId("editor-target-seconds");
        targetSeconds.setPromptText(String.valueOf(Question.DEFAULT_TARGET_SECONDS));
        targetSeconds.setPrefColumnCount(5);
        level.setId("editor-level");
        level.getItems().setAll(LEVELS);
        level.setMaxWidth(Double.MAX_VALUE);
        tags.setId("editor-tags");
        tags.setPromptText("feedback, on-call");

        fields.getChildren().addAll(
                field("Question id", id, errors, "id",
                        "Suggested from the prompt. Keep it once you have practised the question: History refers to it."),
                field("Prompt", prompt, errors, "prompt", null),
                field("Follow-ups", followUps, errors, "followUps", "One per line. Shown once the answer stops."),
                field("Dimensions and weights", dimensions(), errors, "dimensions",
                        "Weight 0 means the question does not test it. Give the main focus the highest weight."),
                field("Signals of a strong answer", signals, errors, "signals", "One per line."),
                field("Red flags", redFlags, errors, "redFlags", "One per line."),
                timing(errors),
                field("Tags", tags, errors, "tags", "Separated by commas. Used in search."));
        fields.getChildren().addAll(guide.nodes(errors));
        fields.setPadding(new Insets(4, 16, 24, 4));
        fields.setMaxWidth(760);
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        setAlignment(Pos.TOP_LEFT);
        getChildren().setAll(fields, empty);
        show(null);
    }

    /** Binds the controls to {@code form}, or shows the empty state when null. */
    void show(QuestionForm form) {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        current = form;
        fields.setVisible(form != null);
        empty.setVisible(form == null);
        guide.show(form);
        if (form == null) {
            return;
        }
        bindText(id, form.idProperty());
        bindText(prompt, form.promptProperty());
        bindText(followUps, form.followUpsProperty());
        bindText(signals, form.signalsProperty());
        bindText(redFlags, form.redFlagsProperty());
        bindText(targetSeconds, form.targetSecondsProperty());
        bindText(tags, form.tagsProperty());
        for (Dimension d : Dimension.values()) {
            ObjectProperty<Integer> weight = form.weightProperty(d).asObject();
            ObjectProperty<Integer> spinner = weights.get(d).getValueFactory().valueProperty();
            spinner.bindBidirectional(weight);
            unbinders.add(() -> spinner.unbindBidirectional(weight));
        }
        level.setValue(LEVELS.stream().filter(o -> o.level() == form.levelProperty().get()).findFirst()
                .orElse(LEVELS.get(0)));
    }

    private void bindText(TextInputControl control, StringProperty property) {
        control.textProperty().bindBidirectional(property);
        unbinders.add(() -> control.textProperty().unbindBidirectional(property));
    }

    private Node dimensions() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.getStyleClass().add("weights");
        int row = 0;
        for (Dimension d : Dimension.values()) {
            Region dot = new Region();
            dot.getStyleClass().addAll("legend-dot", "dim-" + d.id());
            Label name = new Label(d.displayName());
            name.getStyleClass().add("weight-name");
            HBox label = new HBox(8, dot, name);
            label.setAlignment(Pos.CENTER_LEFT);
            label.setMinWidth(170);
            Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                    BankLimits.MAX_WEIGHT, 0));
            spinner.setId("editor-weight-" + d.id());
            spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
            spinner.setPrefWidth(118);
            spinner.setMinWidth(Region.USE_PREF_SIZE);
            Label hint = new Label();
            hint.getStyleClass().add("field-hint");
            hint.textProperty().bind(Bindings.createStringBinding(() -> weightHint(spinner.getValue()),
                    spinner.valueProperty()));
            weights.put(d, spinner);
            grid.addRow(row++, label, spinner, hint);
        }
        return grid;
    }

    private static String weightHint(Integer weight) {
        if (weight == null || weight == 0) {
            return "not tested";
        }
        return weight >= 3 ? "main focus" : weight == 2 ? "strong secondary" : "touched on";
    }

    private Node timing(ObservableMap<String, String> errors) {
        Label seconds = new Label("seconds");
        seconds.getStyleClass().add("field-hint");
        HBox target = new HBox(8, targetSeconds, seconds);
        target.setAlignment(Pos.CENTER_LEFT);
        Node targetField = field("Target time", target, errors, "targetSeconds", "30 to 1,800. 150 suits a typical story.");
        level.valueProperty().addListener((obs, old, option) -> {
            if (current != null && option != null) {
                current.levelProperty().set(option.level());
            }
        });
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(LevelOption option) {
                return option == null ? "" : option.label();
            }

            @Override
            public LevelOption fromString(String text) {
                return LEVELS.stream().filter(o -> o.label().equals(text)).findFirst().orElse(LEVELS.get(0));
            }
        });
        Node levelField = field("Level", level, errors, "level", "Who the question suits.");
        HBox row = new HBox(24, targetField, levelField);
        HBox.setHgrow(levelField, Priority.ALWAYS);
        ((Region) levelField).setMaxWidth(300);
        return row;
    }

    private static VBox field(String label, Node control, ObservableMap<String, String> errors, String key,
                              String hint) {
        return FormField.of(label, control, errors, key, "error-" + key, hint == null ? null : FormField.hint(hint));
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setMinHeight(Region.USE_PREF_SIZE);
        return area;
    }

    private static List<LevelOption> levelOptions() {
        List<LevelOption> options = new ArrayList<>();
        options.add(new LevelOption(null, "Any level"));
        for (QuestionLevel l : QuestionLevel.values()) {
            options.add(new LevelOption(l, l.displayName()));
        }
        return List.copyOf(options);
    }
}
