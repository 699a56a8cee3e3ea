package org.emdrill.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Story you will tell" under the prompt: a list of the user's stories, those linked to the question
 * first. It can be changed until the answer is saved, so a story picked in prep (or forgotten until the
 * scoring) is recorded with the attempt. Practice and Mock interview show the same pane.
 */
public final class StoryPickerPane extends VBox {

    /** @param locked true once the answer is saved: the story told can no longer change */
    public StoryPickerPane(StoryChoice choice, ObservableBooleanValue locked) {
        super(4);
        Label label = new Label("Story you will tell");
        ComboBox<StoryChoice.Option> box = new ComboBox<>(choice.options());
        box.setId("story-picker");
        box.setMaxWidth(520);
        box.setOnShowing(e -> choice.refresh());
        // Refilled options can leave the box showing nothing for a moment: nothing picked reads "No story".
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StoryChoice.Option item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null || empty ? StoryChoice.Option.NONE.title() : item.toString());
            }
        });
        box.valueProperty().bindBidirectional(choice.chosenProperty());
        box.setTooltip(new Tooltip("Stories linked to this question come first, then those that show its dimensions."));
        box.disableProperty().bind(locked);
        label.setLabelFor(box);
        HBox row = new HBox(10, label, box);
        row.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("story-note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.textProperty().bind(choice.noteProperty());
        note.visibleProperty().bind(choice.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(row, note);
    }
}
