package org.emdrill.ui.history;

import atlantafx.base.controls.CustomTextField;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The filters above the history table. The first row holds what is used most (search, question,
 * banks, mode); "More filters" opens a second row with dates and score ranges. Every control is bound
 * both ways to {@link HistoryFilters}, so "Clear" resets them all.
 */
final class FilterBar extends VBox {

    private final HistoryFilters filters;
    private final CustomTextField search = new CustomTextField();

    FilterBar(HistoryFilters filters, javafx.collections.ObservableList<BankOption> bankOptions, HistoryStories stories) {
        super(10);
        this.filters = filters;
        setId("history-filters");
        getStyleClass().add("history-filters");

        search.setId("filter-text");
        search.setPromptText("Search answers, notes");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefWidth(300);
        search.setMinWidth(205);
        search.setMaxWidth(380);
        search.textProperty().bindBidirectional(filters.textProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });

        TextField question = new TextField();
        question.setId("filter-question");
        question.setPromptText("Question text");
        question.setPrefWidth(220);
        question.setMinWidth(120);
        question.setMaxWidth(280);
        question.textProperty().bindBidirectional(filters.questionTextProperty());

        MenuButton banks = bankMenu(bankOptions);
        ComboBox<AnswerMode> mode = modeBox();

        ToggleButton more = new ToggleButton("More filters", new FontIcon(Feather.SLIDERS));
        more.setTooltip(new Tooltip("Dates, mode and score ranges"));
        more.setId("filter-more");
        more.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);

        Button clear = new Button("Clear", new FontIcon(Feather.X));
        clear.setId("filter-clear");
        clear.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        clear.disableProperty().bind(filters.activeProperty().not());
        clear.setOnAction(e -> filters.clear());
        clear.setTooltip(new Tooltip("Show every attempt again"));

        for (javafx.scene.control.Control c : List.of(banks, more, clear)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        banks.setMaxWidth(240);
        // One row at every window size: the text fields give up width first.
        HBox first = new HBox(10, search, question, banks, more, clear);
        HBox.setHgrow(search, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(question, javafx.scene.layout.Priority.SOMETIMES);
        first.setAlignment(Pos.CENTER_LEFT);

        Node second = secondRow(mode, storyBox(stories));
        second.visibleProperty().bind(more.selectedProperty());
        second.managedProperty().bind(second.visibleProperty());
        // Opened when a filter in it is set some other way, so nothing filters out of sight.
        Runnable openIfUsed = () -> {
            if (secondRowInUse()) {
                more.setSelected(true);
            }
        };
        for (javafx.beans.Observable part : new javafx.beans.Observable[] {filters.fromProperty(),
                filters.toProperty(), filters.overallMinProperty(), filters.overallMaxProperty(),
                filters.dimensionProperty(), filters.modeProperty(), filters.storyIdProperty()}) {
            part.addListener(obs -> openIfUsed.run());
        }
        getChildren().addAll(first, second);
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private boolean secondRowInUse() {
        return filters.fromProperty().get() != null || filters.toProperty().get() != null
                || filters.dimensionProperty().get() != null || filters.modeProperty().get() != null
                || filters.storyIdProperty().get() != null
                || filters.overallMinProperty().get() > HistoryFilters.LOWEST
                || filters.overallMaxProperty().get() < HistoryFilters.HIGHEST;
    }

    private Node secondRow(ComboBox<AnswerMode> mode, ComboBox<String> story) {
        DatePicker from = datePicker("filter-from", "From");
        from.valueProperty().bindBidirectional(filters.fromProperty());
        DatePicker to = datePicker("filter-to", "To");
        to.valueProperty().bindBidirectional(filters.toProperty());

        ScoreRangeField overall = new ScoreRangeField("filter-overall", "Overall score",
                filters.overallMinProperty(), filters.overallMaxProperty());

        ComboBox<Dimension> dimension = new ComboBox<>();
        dimension.setId("filter-dimension");
        dimension.setAccessibleText("Dimension filter");
        dimension.getItems().add(null);
        dimension.getItems().addAll(Dimension.values());
        StringConverter<Dimension> names = converter("Any dimension", Dimension::displayName);
        dimension.setConverter(names);
        dimension.setButtonCell(cell(names));
        dimension.setCellFactory(list -> cell(names));
        dimension.valueProperty().bindBidirectional(filters.dimensionProperty());
        ScoreRangeField dimensionRange = new ScoreRangeField("filter-dimension-range", "Dimension score",
                filters.dimensionMinProperty(), filters.dimensionMaxProperty());
        // The range means nothing until a dimension is picked; hidden, it does not clutter the row.
        dimensionRange.visibleProperty().bind(filters.dimensionProperty().isNotNull());
        dimensionRange.managedProperty().bind(dimensionRange.visibleProperty());

        FlowPane row = new FlowPane(18, 10,
                group("Dates", from, dash(), to),
                group("Mode", mode),
                group("Overall", overall),
                group("Score in", dimension, dimensionRange),
                group("Story", story));
        row.setId("filter-second-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("filter-second-row");
        return row;
    }

    private static Node group(String caption, Node... controls) {
        Label l = new Label(caption);
        l.getStyleClass().add("filter-caption");
        HBox box = new HBox(8, l);
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label dash() {
        Label l = new Label("–");
        l.getStyleClass().add("muted");
        return l;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(prompt);
        p.setPrefWidth(140);
        p.setShowWeekNumbers(false);
        return p;
    }

    private MenuButton bankMenu(javafx.collections.ObservableList<BankOption> options) {
        MenuButton menu = new MenuButton();
        menu.setId("filter-banks");
        menu.setGraphic(new FontIcon(Feather.LAYERS));
        Runnable label = () -> {
            int n = filters.bankIds().size();
            menu.setText(n == 0 ? "All banks" : n == 1 ? titleOf(options, filters.bankIds().iterator().next())
                    : n + " banks");
        };
        Runnable rebuild = () -> {
            menu.getItems().clear();
            CustomMenuItem all = new CustomMenuItem(new Label("All banks"));
            all.setOnAction(e -> filters.bankIds().clear());
            menu.getItems().addAll(all, new SeparatorMenuItem());
            for (BankOption option : options) {
                CheckBox box = new CheckBox(option.title());
                box.setId("filter-bank-" + option.id());
                box.setSelected(filters.bankIds().contains(option.id()));
                box.selectedProperty().addListener((obs, old, on) -> {
                    if (on) {
                        filters.bankIds().add(option.id());
                    } else {
                        filters.bankIds().remove(option.id());
                    }
                });
                CustomMenuItem item = new CustomMenuItem(box);
                item.setHideOnClick(false); // several banks are picked in one go
                menu.getItems().add(item);
            }
            label.run();
        };
        options.addListener((ListChangeListener<BankOption>) c -> rebuild.run());
        filters.bankIds().addListener((SetChangeListener<String>) c -> {
            label.run();
            menu.getItems().stream()
                    .filter(i -> i instanceof CustomMenuItem ci && ci.getContent() instanceof CheckBox)
                    .map(i -> (CheckBox) ((CustomMenuItem) i).getContent())
                    .forEach(b -> b.setSelected(filters.bankIds().contains(b.getId().substring("filter-bank-".length()))));
        });
        rebuild.run();
        return menu;
    }

    private static String titleOf(List<BankOption> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(BankOption::title).findFirst().orElse(id);
    }

    /** "Any story" or one of the user's stories, by title; the attempts that told it. */
    private ComboBox<String> storyBox(HistoryStories stories) {
        ComboBox<String> story = new ComboBox<>(stories.choices());
        story.setId("filter-story");
        story.setAccessibleText("Story filter");
        story.setMaxWidth(260);
        StringConverter<String> names = converter(HistoryStories.ANY, stories::title);
        story.setConverter(names);
        story.setButtonCell(cell(names));
        story.setCellFactory(list -> cell(names));
        story.setOnShowing(e -> stories.reload()); // a story written meanwhile is offered
        story.valueProperty().bindBidirectional(filters.storyIdProperty());
        return story;
    }

    private ComboBox<AnswerMode> modeBox() {
        ComboBox<AnswerMode> mode = new ComboBox<>();
        mode.setId("filter-mode");
        mode.setAccessibleText("Answer mode filter");
        mode.getItems().add(null);
        mode.getItems().addAll(AnswerMode.values());
        StringConverter<AnswerMode> names = converter("Typed and spoken", AnswerMode::displayName);
        mode.setConverter(names);
        mode.setButtonCell(cell(names));
        mode.setCellFactory(list -> cell(names));
        mode.valueProperty().bindBidirectional(filters.modeProperty());
        return mode;
    }

    private static <T> StringConverter<T> converter(String none, java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A cell that shows the "any" entry (null) by name instead of as an empty line. */
    private static <T> ListCell<T> cell(StringConverter<T> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.toString(item));
            }
        };
    }
}
