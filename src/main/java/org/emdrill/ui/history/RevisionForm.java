package org.emdrill.ui.history;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The edit mode of the detail: each dimension's score as a row of toggles ("–" for not shown, 1 to 5),
 * the STAR ticks and the notes, bound to the {@link RevisionEditor}'s draft, with Save and Cancel.
 */
final class RevisionForm {

    private RevisionForm() {
    }

    /** Save, Cancel and what the overall score becomes. */
    static Node actions(RevisionEditor editor) {
        Button save = new Button("Save revision", new FontIcon(Feather.CHECK));
        save.setId("revise-save");
        save.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(editor.savingProperty());
        save.setOnAction(e -> editor.save());
        Button cancel = new Button("Cancel");
        cancel.setId("revise-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> editor.cancel());
        Label preview = new Label();
        preview.setId("revise-preview");
        preview.getStyleClass().add("revise-preview");
        preview.textProperty().bind(editor.overallPreviewProperty());
        preview.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, save, cancel, preview);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Node scores(RevisionEditor editor) {
        VBox rows = new VBox(8);
        for (Dimension d : Dimension.values()) {
            rows.getChildren().add(scoreRow(d, editor.scoreProperty(d), editor));
        }
        Label weights = new Label();
        weights.setId("revise-weights");
        weights.setWrapText(true);
        weights.setMinHeight(Region.USE_PREF_SIZE);
        weights.textProperty().bind(editor.weightsNoteProperty());
        weights.getStyleClass().add("revise-weights");
        ChangeListener<QuestionWeights> warn = (obs, old, w) -> setWarning(weights, w);
        weights.getProperties().put(ChangeListener.class, warn);
        editor.weightsProperty().addListener(new WeakChangeListener<>(warn));
        setWarning(weights, editor.weightsProperty().get());
        weights.setGraphic(new FontIcon(Feather.INFO));
        rows.getChildren().add(weights);
        return rows;
    }

    private static void setWarning(Label label, QuestionWeights w) {
        label.getStyleClass().remove("warning");
        if (w != null && !w.found()) {
            label.getStyleClass().add("warning");
        }
    }

    private static Node scoreRow(Dimension d, ObjectProperty<Integer> score, RevisionEditor editor) {
        Label name = new Label(d.displayName());
        name.getStyleClass().add("dimension-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleGroup group = new ToggleGroup();
        HBox toggles = new HBox();
        toggles.setId("revise-" + d.id());
        for (int level = 0; level <= 5; level++) {
            Integer value = level == 0 ? null : level;
            ToggleButton b = new ToggleButton(level == 0 ? "–" : Integer.toString(level));
            b.setId("revise-" + d.id() + "-" + (level == 0 ? "none" : level));
            b.setUserData(value);
            b.setToggleGroup(group);
            b.getStyleClass().add(level == 0 ? atlantafx.base.theme.Styles.LEFT_PILL
                    : level == 5 ? atlantafx.base.theme.Styles.RIGHT_PILL : atlantafx.base.theme.Styles.CENTER_PILL);
            b.setAccessibleText(d.displayName() + (value == null ? " not shown" : " " + value));
            b.setMinWidth(34);
            toggles.getChildren().add(b);
        }
        Runnable show = () -> group.getToggles().stream()
                .filter(t -> java.util.Objects.equals(t.getUserData(), score.get()))
                .findFirst().ifPresent(t -> t.setSelected(true));
        show.run();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the six is always chosen
            } else if (!java.util.Objects.equals(now.getUserData(), score.get())) {
                score.set((Integer) now.getUserData());
            }
        });
        HBox row = new HBox(10, name, spacer, toggles);
        // The draft outlives this form; a weak listener lets a closed form go.
        ChangeListener<Integer> follow = (obs, old, now) -> show.run();
        row.getProperties().put(ChangeListener.class, follow);
        score.addListener(new WeakChangeListener<>(follow));
        row.setAlignment(Pos.CENTER_LEFT);
        QuestionWeights w = editor.weightsProperty().get();
        if (w != null && w.found() && w.weightOf(d) > 0) {
            Label weight = new Label("×" + w.weightOf(d));
            weight.getStyleClass().add("weight-badge");
            weight.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(1, weight);
        }
        row.getStyleClass().add("revise-row");
        return row;
    }

    static Node star(RevisionEditor editor) {
        FlowPane boxes = new FlowPane(14, 8);
        for (StarElement e : StarElement.values()) {
            CheckBox box = new CheckBox(e.displayName());
            box.setId("revise-star-" + e.id());
            box.setSelected(editor.star().contains(e));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    editor.star().add(e);
                } else {
                    editor.star().remove(e);
                }
            });
            SetChangeListener<StarElement> follow = c -> box.setSelected(editor.star().contains(e));
            box.getProperties().put(SetChangeListener.class, follow);
            editor.star().addListener(new WeakSetChangeListener<>(follow));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    static Node notes(RevisionEditor editor) {
        TextArea notes = new TextArea();
        notes.setId("revise-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.setPromptText("What would you do differently next time?");
        notes.textProperty().bindBidirectional(editor.notesProperty());
        notes.getStyleClass().add("detail-text");
        return notes;
    }
}
