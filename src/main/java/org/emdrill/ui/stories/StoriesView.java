package org.emdrill.ui.stories;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.stories.Story;
import org.emdrill.ui.common.Styles;

/**
 * The Stories screen: the list of stories with a search on the left and the open story on the right,
 * and a Matrix tab with the banks-by-dimensions counts and the holes. A bar under the title says what
 * happened last and offers Undo after a delete.
 */
public final class StoriesView extends BorderPane {

    private static final String CSS = java.util.Objects.requireNonNull(
            StoriesView.class.getResource("/org/emdrill/ui/stories/stories.css")).toExternalForm();

    private final StoriesViewModel model;
    private final ListView<Story> list = new ListView<>();
    /** List border and padding, cell padding and the scroll bar, which a story's lines must leave room for. */
    private static final double CELL_INSET = 36;
    private final TabPane tabs = new TabPane();

    public StoriesView(StoriesViewModel model) {
        this.model = model;
        getStyleClass().addAll(Styles.SCREEN, "stories-screen");
        getStylesheets().add(CSS);
        setId("stories-view");
        setTop(header());
        Tab stories = new Tab("My stories", new SplitPane(listColumn(), new StoryForm(model)));
        ((SplitPane) stories.getContent()).setDividerPositions(0.3);
        Tab matrix = new Tab("Matrix", new MatrixPane(model));
        stories.setId("stories-tab");
        matrix.setId("matrix-tab");
        tabs.getTabs().setAll(stories, matrix);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText("Stories and matrix");
        setCenter(tabs);
        // A hole's "Write a story" opens the new story where it can be written.
        model.openProperty().addListener((obs, was, is) -> {
            if (is != null && (was == null || !was.id().equals(is.id()))) {
                tabs.getSelectionModel().select(stories);
            }
            highlightOpen();
        });
        // A story added at the top, replaced as it is typed, or hidden by the search moves rows under the
        // selection: the highlight follows the open story, never the row index it used to have.
        model.shownStories().addListener((javafx.collections.ListChangeListener<Story>) c -> highlightOpen());
        model.load();
    }

    /** Highlights the open story's row, or none when it has no row (new and still empty, or searched away). */
    private void highlightOpen() {
        Story open = model.openProperty().get();
        Story selected = list.getSelectionModel().getSelectedItem();
        if (open == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (selected != null && selected.id().equals(open.id())) {
            return;
        }
        int row = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(open.id())) {
                row = i;
                break;
            }
        }
        if (row < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().clearAndSelect(row);
            list.scrollTo(row);
        }
    }

    private Node header() {
        Label title = new Label("My stories");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label status = new Label();
        status.setId("stories-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button undo = new Button("Undo");
        undo.setId("stories-undo");
        undo.visibleProperty().bind(model.undoProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoDelete());
        HBox bar = new HBox(10, status, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, title, bar);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private Node listColumn() {
        TextField search = new TextField();
        search.setId("stories-search");
        search.setPromptText("Search your stories");
        search.setAccessibleText("Search your stories");
        search.textProperty().bindBidirectional(model.searchProperty());
        Button add = new Button("New story");
        add.setId("stories-new");
        add.setMinWidth(Region.USE_PREF_SIZE); // never cut to "…", even with large text
        add.setOnAction(e -> model.newStory());
        // The search gets the column's whole width, so its prompt is never cut, even at 1024 px.
        search.setMaxWidth(Double.MAX_VALUE);
        VBox tools = new VBox(6, add, search);
        list.setId("stories-list");
        list.setAccessibleText("Your stories");
        list.setItems(model.shownStories());
        Label empty = new Label("No stories yet. Write the 8 to 12 you would tell in a loop.");
        empty.setWrapText(true); // the list column is narrow: wrap, never cut to "…"
        empty.setPadding(new Insets(8));
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // the cell follows the list's width, so its labels wrap
            }

            /** Wrapped labels are as tall as the width they get: measure at the list's, less its insets and scroll bar. */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() == null || getListView() == null || getListView().getWidth() <= 0) {
                    return super.computePrefHeight(width);
                }
                return Math.max(super.computePrefHeight(width), snappedTopInset()
                        + getGraphic().prefHeight(getListView().getWidth() - CELL_INSET) + snappedBottomInset());
            }

            @Override
            protected void updateItem(Story s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(empty || s == null ? null : storyCell(s, model.usageProperty().get().get(s.id())));
            }
        });
        model.usageProperty().addListener((obs, was, is) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.open(is);
            }
        });
        VBox column = new VBox(8, tools, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        column.setPadding(new Insets(0, 8, 0, 0));
        return column;
    }

    /** Title and role, then how often it was told and how it scored; a story stretched over everything is flagged. */
    private static javafx.scene.Node storyCell(Story s, org.emdrill.stories.StoryUsage.Summary usage) {
        javafx.scene.control.Label title = new javafx.scene.control.Label(s.displayTitle()
                + (s.role().isBlank() ? "" : " · " + s.role()));
        title.setWrapText(true); // a long title wraps in the narrow column instead of scrolling it sideways
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Label told = new javafx.scene.control.Label(org.emdrill.stories.UsageLine.of(usage));
        told.setWrapText(true);
        told.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        told.getStyleClass().add("muted");
        told.getStyleClass().add("story-usage");
        VBox cell = new VBox(2, title, told);
        if (usage != null && usage.overused()) {
            javafx.scene.control.Label flag = new javafx.scene.control.Label("Told for everything: interviewers notice");
            flag.getStyleClass().addAll("story-overused", atlantafx.base.theme.Styles.WARNING);
            flag.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.ALERT_TRIANGLE));
            cell.getChildren().add(flag);
        }
        return cell;
    }
}
