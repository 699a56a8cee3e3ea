package org.emdrill.ui.mockinterview;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.emdrill.practice.mockinterview.InterviewPreset;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.ui.common.Layouts;

/**
 * One preset in the preset list. The first of each group (the interview loops, the user's own) carries
 * the group's title above it, so the long list reads as built-in, Loops, Your presets.
 */
final class PresetCell extends ListCell<InterviewPreset> {

    private final InterviewSetup setup;

    PresetCell(InterviewSetup setup) {
        this.setup = setup;
    }

    @Override
    protected void updateItem(InterviewPreset item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String group = groupOf(item);
        String header = firstOfGroup(item, group) ? group : "";
        String text = listText(item);
        if (header.isEmpty()) {
            setText(text);
            setGraphic(null);
            return;
        }
        setText(null);
        Label title = Layouts.label(header, "preset-group");
        title.setId("preset-group-" + (header.equals("Loops") ? "loops" : "yours"));
        title.setMaxWidth(Double.MAX_VALUE);
        setGraphic(new VBox(6, title, new Label(text)));
    }

    /** What the list shows: under the Loops title the description's own "Loop · " would say it twice. */
    static String listText(InterviewPreset p) {
        return InterviewSetup.describe(p).replaceFirst("^Loop \u00b7 ", "");
    }

    private String groupOf(InterviewPreset p) {
        if (InterviewPresets.isBuiltInName(p.name())) {
            return "";
        }
        return setup.isLoopPreset(p) ? "Loops" : "Your presets";
    }

    private boolean firstOfGroup(InterviewPreset item, String group) {
        if (group.isEmpty()) {
            return false;
        }
        List<InterviewPreset> all = setup.presets();
        for (InterviewPreset p : all) {
            if (groupOf(p).equals(group)) {
                return p == item;
            }
        }
        return false;
    }
}
