package org.emdrill.ui.settings;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.settings.Theme;
import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.Styles;

/** The Settings screen: appearance, practice defaults, the microphone, the data folder and backups. */
public final class SettingsView extends BorderPane {

    private static final String CSS = Objects.requireNonNull(
            SettingsView.class.getResource("/org/emdrill/ui/settings/settings.css")).toExternalForm();

    private final SettingsViewModel model;
    private final PreferencesModel preferences;
    private final DataFolderModel dataFolder;

    public SettingsView(SettingsViewModel model) {
        this(model, null, null);
    }

    /** With the answering defaults, the text size and moving the data folder (each shown when given). */
    public SettingsView(SettingsViewModel model, PreferencesModel preferences, DataFolderModel dataFolder) {
        this(model, preferences, dataFolder, null);
    }

    /** With the microphone's choice and test as well (shown when given). */
    public SettingsView(SettingsViewModel model, PreferencesModel preferences, DataFolderModel dataFolder,
                        MicrophoneModel microphone) {
        this.model = model;
        this.preferences = preferences;
        this.dataFolder = dataFolder;
        getStylesheets().add(CSS);
        setId("settings-view");

        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label about = new Label("EM Drill — everything stays on this computer.");
        about.setId("about-line");
        about.getStyleClass().addAll(Styles.MUTED, "about-line");
        about.setGraphic(new FontIcon(Feather.LOCK));

        VBox content = new VBox(16, title, appearance(), practice(), data(), backups(), about);
        if (preferences != null) {
            content.getChildren().add(3, PreferencesCard.answering(preferences));
        }
        if (microphone != null) {
            content.getChildren().add(content.getChildren().size() - 3, MicrophoneCard.of(microphone));
        }
        content.getStyleClass().addAll(Styles.SCREEN, "settings-content");
        content.setMaxWidth(820);
        BorderPane centred = new BorderPane(content);
        BorderPane.setAlignment(content, Pos.TOP_LEFT);
        ScrollPane scroll = Layouts.uncached(new ScrollPane(centred)); // the microphone's level meter changes in it
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
    }

    private Node appearance() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton light = themeButton("Light", Feather.SUN, Theme.LIGHT, group);
        light.setId("theme-light");
        light.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        ToggleButton dark = themeButton("Dark", Feather.MOON, Theme.DARK, group);
        dark.setId("theme-dark");
        dark.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        Runnable sync = () -> group.selectToggle(model.themeProperty().get() == Theme.DARK ? dark : light);
        model.themeProperty().addListener((obs, old, t) -> sync.run());
        sync.run();
        // Clicking the selected button again would leave neither selected; keep the model's choice shown.
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                sync.run();
            }
        });
        HBox segmented = new HBox(0, light, dark);
        Node theme = setting("Theme", "Light or dark; it applies at once.", segmented);
        return card("Appearance", preferences == null ? theme
                : new VBox(14, theme, PreferencesCard.textSize(preferences)));
    }

    private ToggleButton themeButton(String text, Feather icon, Theme theme, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> model.themeProperty().set(theme));
        return b;
    }

    private Node practice() {
        Spinner<Integer> spinner = numberSpinner("prep-seconds", model.prepSecondsProperty(),
                SettingsViewModel.MAX_PREP_SECONDS, 5);
        spinner.setAccessibleText("Prep time in seconds");
        Label unit = new Label();
        unit.getStyleClass().add(Styles.MUTED);
        unit.textProperty().bind(Bindings.createStringBinding(
                () -> model.prepSecondsProperty().get() == 0 ? "seconds (prep is off)" : "seconds",
                model.prepSecondsProperty()));
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox control = new HBox(8, spinner, unit);
        control.setMinWidth(Region.USE_PREF_SIZE);
        control.setAlignment(Pos.CENTER_LEFT);
        Spinner<Integer> dailyNew = numberSpinner("daily-new-limit", model.dailyNewLimitProperty(),
                org.emdrill.settings.Settings.MAX_DAILY_NEW, 1);
        dailyNew.setAccessibleText("New questions per day");
        Label perDay = new Label("per day");
        perDay.getStyleClass().add(Styles.MUTED);
        HBox dailyControl = new HBox(8, dailyNew, perDay);
        dailyControl.setMinWidth(Region.USE_PREF_SIZE);
        dailyControl.setAlignment(Pos.CENTER_LEFT);
        return card("Practice", new VBox(14,
                setting("Prep time", "Time to gather your thoughts before the answer timer starts. 0 turns it off.",
                        control),
                setting("New questions", "How many questions you have never answered spaced practice brings in "
                        + "each day, next to the ones due for review.", dailyControl)));
    }

    /** An editable whole-number spinner kept in step with a view-model property both ways. */
    private static Spinner<Integer> numberSpinner(String id, javafx.beans.property.IntegerProperty value, int max,
            int step) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, 0, step);
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.getStyleClass().add("number-spinner"); // width in em (app.css), so it grows with the text
        values.setValue(value.get());
        values.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                value.set(v);
            }
        });
        value.addListener((obs, old, v) -> values.setValue(v.intValue()));
        spinner.getEditor().focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                spinner.increment(0); // commits what was typed
            }
        });
        return spinner;
    }

    private Node data() {
        TextField path = new TextField(model.dataDir().toAbsolutePath().toString());
        path.setId("data-folder-path");
        path.setAccessibleText("Data folder");
        path.setEditable(false);
        path.getStyleClass().add("path-field");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button("Open data folder", new FontIcon(Feather.FOLDER));
        open.setId("open-data-folder");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> model.openDataFolder());
        HBox row = new HBox(10, path, open);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Your history, recordings, your own banks, settings and backups are kept here.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        VBox body = new VBox(10, hint, row);
        if (dataFolder != null) {
            body.getChildren().add(DataFolderRow.of(dataFolder));
        }
        return card("Data", body);
    }

    private Node backups() {
        TableView<BackupRow> table = new TableView<>(model.backups());
        table.setId("backup-table");
        table.setAccessibleText("Backups");
        table.getColumns().add(column("Date", BackupRow::date, 220));
        table.getColumns().add(column("Reason", BackupRow::reason, 220));
        TableColumn<BackupRow, String> size = column("Size", BackupRow::size, 100);
        size.getStyleClass().add("size-column");
        table.getColumns().add(size);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(230);
        table.setMinHeight(150);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.backupsLoadedProperty())
                .then("No backups yet. EM Drill makes one every day you use it, or press Back up now.")
                .otherwise("Loading backups…"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.MUTED);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                model.selectedBackupProperty().set(row));
        model.selectedBackupProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });

        Button backUp = new Button("Back up now", new FontIcon(Feather.SAVE));
        backUp.setId("back-up-now");
        backUp.disableProperty().bind(model.busyProperty());
        backUp.setOnAction(e -> model.backUpNow());
        Button restore = new Button("Restore…", new FontIcon(Feather.ROTATE_CCW));
        restore.setId("restore-backup");
        restore.disableProperty().bind(model.busyProperty().or(model.selectedBackupProperty().isNull()));
        restore.setOnAction(e -> model.restoreSelected());
        for (Button b : new Button[] {backUp, restore}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label hint = new Label("A backup is a copy of your history. EM Drill makes one every day and keeps the newest "
                + "seven. Restoring keeps your current history beside it, so nothing is lost.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, backUp, restore);
        Label message = new Label();
        message.setId("backup-message");
        message.getStyleClass().add("backup-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.backupMessageProperty());
        message.visibleProperty().bind(model.backupMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return card("Backups", new VBox(12, hint, buttons, message, table));
    }

    private static TableColumn<BackupRow, String> column(String name, Function<BackupRow, String> value, double width) {
        TableColumn<BackupRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    static Node setting(String name, String description, Node control) {
        Label title = new Label(name);
        title.getStyleClass().add("setting-name");
        Label text = new Label(description);
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(3, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(200);
        HBox row = new HBox(20, words, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static Node card(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox card = new VBox(14, heading, body);
        card.getStyleClass().add(Styles.CARD);
        card.setPadding(new Insets(18, 20, 20, 20));
        return card;
    }
}
