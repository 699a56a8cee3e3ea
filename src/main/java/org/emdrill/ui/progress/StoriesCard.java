package org.emdrill.ui.progress;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emdrill.domain.Dimension;
import org.emdrill.stories.StoryReport;
import org.emdrill.stories.StoryUsage;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Stories": per story, how often it was told and its average score on each dimension, with a warning
 * on a story told for everything. With no stories it says where to write them.
 */
final class StoriesCard extends ChartCard {

    static final String EMPTY = "No stories yet. Write the 8 to 12 you would tell in a loop on My stories (Ctrl+6), "
            + "pick one before you answer, and see here how each one scores.";
    static final String FLAG = "Told for everything";

    private static final double DIMENSION_COLUMN = 100;

    private final GridPane table = new GridPane();
    private final Label empty = new Label(EMPTY);

    StoriesCard(StoriesCardModel model) {
        this(model, new VBox(8));
    }

    private StoriesCard(StoriesCardModel model, VBox body) {
        super("stories-card", "Stories", body);
        setSubtitle("How often you told each story and how it scored, out of 5. One story stretched over every "
                + "question is flagged: interviewers notice.");
        table.setId("stories-table");
        table.setHgap(12);
        table.setVgap(6);
        empty.setId("stories-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.MUTED);
        body.getChildren().addAll(table, empty);
        model.lines().addListener((ListChangeListener<StoryReport.Line>) c -> redraw(model));
        model.failedProperty().addListener((obs, was, is) -> redraw(model));
        model.loadedProperty().addListener((obs, was, is) -> redraw(model));
        redraw(model);
        model.refresh();
    }

    private void redraw(StoriesCardModel model) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        boolean none = model.loadedProperty().get() && model.lines().isEmpty();
        empty.setText(model.failedProperty().get() ? "Your stories could not be read just now." : EMPTY);
        empty.setVisible(none || model.failedProperty().get());
        empty.setManaged(empty.isVisible());
        table.setVisible(!model.lines().isEmpty());
        table.setManaged(table.isVisible());
        if (model.lines().isEmpty()) {
            return;
        }
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        title.setMinWidth(140);
        table.getColumnConstraints().add(title);
        table.add(header("Story"), 0, 0);
        table.add(header("Told"), 1, 0);
        Dimension[] dims = Dimension.values();
        ColumnConstraints told = new ColumnConstraints();
        told.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Told" is never cut to "…" in a narrow window
        table.getColumnConstraints().add(told);
        for (int c = 0; c < dims.length; c++) {
            // Wide enough for the longest single word of a dimension's name: headers wrap between words only.
            ColumnConstraints dim = new ColumnConstraints(DIMENSION_COLUMN);
            dim.setHalignment(HPos.CENTER);
            table.getColumnConstraints().add(dim);
            Label h = header(dims[c].displayName());
            h.setWrapText(true);
            h.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            table.add(h, c + 2, 0);
        }
        int r = 1;
        for (StoryReport.Line line : model.lines()) {
            Label name = new Label(line.title());
            name.setWrapText(true);
            name.setId("stories-card-title-" + (r - 1));
            VBox story = new VBox(2, name);
            table.add(centred(new Label(String.valueOf(line.told())), "stories-card-told-" + (r - 1)), 1, r);
            for (int c = 0; c < dims.length; c++) {
                String avg = line.average(dims[c]).map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("–");
                Label cell = centred(new Label(avg), null);
                if (line.average(dims[c]).isEmpty()) {
                    cell.getStyleClass().add(Styles.MUTED);
                }
                table.add(cell, c + 2, r);
            }
            if (line.overused()) {
                Label flag = new Label(FLAG, new FontIcon(Feather.ALERT_TRIANGLE));
                flag.setId("stories-card-flag-" + (r - 1));
                flag.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
                flag.setWrapText(true);
                flag.setTooltip(new Tooltip("Told " + StoryUsage.OVERUSED_MIN_TELLINGS + " times or more, for most "
                        + "questions or for " + StoryUsage.OVERUSED_MIN_BANKS + " or more banks: a new story would fit better."));
                story.getChildren().add(flag); // under the title: the row stays as narrow as the window
            }
            table.add(story, 0, r);
            r++;
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("stories-card-header");
        l.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return l;
    }

    private static Label centred(Label l, String id) {
        if (id != null) {
            l.setId(id);
        }
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }
}
