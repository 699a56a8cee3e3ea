package org.emdrill.ui.banks;

import java.util.Optional;
import org.emdrill.ui.common.UnsavedWork;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.domain.QuestionBank;
import org.emdrill.ui.banks.editor.BankEditorView;
import org.emdrill.ui.common.Styles;

/**
 * The Banks screen: the loaded banks on the left, the chosen bank's questions (or the search matches)
 * in the middle, the chosen question on the right, and above them any bank files with problems.
 * Bank files can be imported with the button or by dropping them onto the screen. A bar above the lists
 * acts on what they show; the bank editor takes the screen's place while it is open.
 */
public final class BanksView extends BorderPane implements UnsavedWork {

    private static final String CSS = Objects.requireNonNull(
            BanksView.class.getResource("/org/emdrill/ui/banks/banks.css")).toExternalForm();

    private final BanksViewModel model;
    private final ListView<BankSummary> bankList = new ListView<>();
    private final ListView<QuestionEntry> questionList = new ListView<>();
    private final QuestionPreview preview = new QuestionPreview();

    public BanksView(BanksViewModel model) {
        this.model = model;
        getStylesheets().add(CSS);
        getStyleClass().addAll(Styles.SCREEN, "banks-screen");
        setId("banks-view");

        VBox top = new VBox(12, header(), new BankProblemsArea(model), new SelectionBar(model));
        top.setPadding(new Insets(0, 0, 14, 0));
        BorderPane browse = new BorderPane(columns());
        browse.setTop(top);
        setCenter(browse);
        // The editor takes the whole screen while open; the lists come back, as they were, when it closes.
        model.editorProperty().addListener((obs, old, editor) ->
                setCenter(editor == null ? browse : new BankEditorView(editor)));
        wireSelection();
        wireDragAndDrop();
    }

    private Node header() {
        Label title = new Label("Banks");
        title.setMinWidth(Region.USE_PREF_SIZE); // the screen name is never cut, even with large text
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label status = new Label();
        status.setId("banks-status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink openFolder = new Hyperlink("Open folder");
        openFolder.setId("banks-open-folder");
        openFolder.setMinWidth(Region.USE_PREF_SIZE);
        openFolder.setOnAction(e -> model.showExportedFolder());
        openFolder.visibleProperty().bind(model.exportedFileProperty().isNotNull());
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        HBox statusLine = new HBox(6, status, openFolder);
        statusLine.setAlignment(Pos.BASELINE_LEFT);
        // A line of its own under the tools, always there: a message never pushes the tools about.
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox titles = new VBox(2, title);
        titles.setMinWidth(120);

        CustomTextField search = new CustomTextField();
        search.setId("bank-search");
        search.setPromptText("Search all questions");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefWidth(230);
        search.setMinWidth(Region.USE_PREF_SIZE); // the whole placeholder shows
        search.textProperty().bindBidirectional(model.searchTextProperty());

        Button importButton = new Button("Import…", new FontIcon(Feather.DOWNLOAD));
        importButton.setId("import-bank");
        importButton.setTooltip(new Tooltip("Add a bank from a JSON file (or drop .json files onto this screen)"));
        importButton.setOnAction(e -> model.chooseAndImport());

        Button newBank = new Button("New bank", new FontIcon(Feather.PLUS));
        newBank.setId("new-bank");
        newBank.setTooltip(new Tooltip("Write a bank of your own questions"));
        newBank.setOnAction(e -> model.newBank());

        Button reload = new Button("Reload banks", new FontIcon(Feather.REFRESH_CW));
        reload.setId("reload-banks");
        reload.disableProperty().bind(model.busyProperty());
        reload.setOnAction(e -> model.reload());

        for (Button b : List.of(newBank, importButton, reload)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // In a narrow window the tools wrap onto a second row instead of running past the edge.
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(10, 8, search, new QuestionFilters(model),
                newBank, importButton, reload);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setMinWidth(0);
        HBox.setHgrow(tools, Priority.ALWAYS);
        HBox header = new HBox(16, titles, tools);
        header.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, header, statusLine);
    }

    private Node columns() {
        bankList.setId("bank-list");
        bankList.setAccessibleText("Question banks");
        bankList.getStyleClass().add("bank-list");
        bankList.setItems(model.banks());
        bankList.setCellFactory(v -> new BankCell());
        bankList.setPlaceholder(placeholder(Bindings.createStringBinding(() -> model.isSearching()
                        ? "No bank has a question matching " + model.searchDescriptionProperty().get() + "."
                        : "No banks loaded yet. Import a bank, or fix the files listed above and press Reload banks.",
                model.searchDescriptionProperty())));
        Label banksHeading = columnHeading("BANKS");
        VBox banks = new VBox(8, banksHeading, bankList, new DimensionLegend());
        VBox.setVgrow(bankList, Priority.ALWAYS);

        questionList.setId("question-list");
        questionList.setAccessibleText("Questions in the selected bank");
        questionList.getStyleClass().add("question-list");
        questionList.setItems(model.questions());
        questionList.setCellFactory(v -> new QuestionCell(model));
        questionList.setPlaceholder(placeholder(Bindings.createStringBinding(() -> model.isSearching()
                        ? "No questions match " + model.searchDescriptionProperty().get() + ". Try fewer or other words."
                        : "Choose a bank to see its questions.",
                model.searchDescriptionProperty())));
        Label questionsHeading = columnHeading("");
        questionsHeading.setId("questions-heading");
        questionsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> model.questionsHeadingProperty().get().toUpperCase(Locale.ROOT), model.questionsHeadingProperty()));
        Button showAll = new Button("Show all matches");
        showAll.setId("show-all-matches");
        showAll.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        showAll.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.isSearching() && model.selectedBankProperty().get() != null,
                model.searchDescriptionProperty(), model.selectedBankProperty()));
        showAll.managedProperty().bind(showAll.visibleProperty());
        showAll.setOnAction(e -> model.showAllMatches());
        HBox qHeader = new HBox(8, questionsHeading, showAll);
        qHeader.setAlignment(Pos.CENTER_LEFT);
        qHeader.setMinHeight(Region.USE_PREF_SIZE);
        VBox questions = new VBox(8, qHeader, questionList);
        VBox.setVgrow(questionList, Priority.ALWAYS);

        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("edge-to-edge");
        preview.setPadding(new Insets(0, 8, 8, 4));
        VBox previewColumn = new VBox(8, columnHeading("DETAILS"), previewScroll);
        VBox.setVgrow(previewScroll, Priority.ALWAYS);

        for (VBox column : List.of(banks, questions, previewColumn)) {
            column.setPadding(new Insets(0, 10, 0, 10));
            column.setMinWidth(200);
        }
        banks.setPadding(new Insets(0, 10, 0, 0));
        banks.setMinWidth(190);
        previewColumn.setMinWidth(240);
        SplitPane split = new SplitPane(banks, questions, previewColumn);
        split.setId("banks-split");
        split.setDividerPositions(0.28, 0.6);
        split.getStyleClass().add("banks-split");
        return split;
    }

    private void wireSelection() {
        bankList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectBank(row.bank());
            }
        });
        model.selectedBankProperty().addListener((obs, old, bank) -> syncBankSelection());
        model.banks().addListener((ListChangeListener<BankSummary>) c -> syncBankSelection());
        syncBankSelection();

        questionList.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                model.selectQuestion(entry);
            }
        });
        model.selectedQuestionProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                questionList.getSelectionModel().clearSelection();
            } else if (questionList.getSelectionModel().getSelectedItem() != entry) {
                questionList.getSelectionModel().select(entry);
            }
            renderPreview();
        });
        model.selectedBankProperty().addListener((obs, old, bank) -> renderPreview());
        model.banks().addListener((ListChangeListener<BankSummary>) c -> renderPreview());
        renderPreview();
    }

    private void syncBankSelection() {
        QuestionBank bank = model.selectedBankProperty().get();
        if (bank == null) {
            bankList.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < model.banks().size(); i++) {
            if (model.banks().get(i).bank().id().equals(bank.id())) {
                if (bankList.getSelectionModel().getSelectedIndex() != i) {
                    bankList.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    private void renderPreview() {
        QuestionEntry entry = model.selectedQuestionProperty().get();
        QuestionBank bank = model.selectedBankProperty().get();
        if (entry != null) {
            preview.showQuestion(entry);
        } else if (bank != null) {
            model.banks().stream().filter(b -> b.bank().id().equals(bank.id())).findFirst()
                    .ifPresentOrElse(preview::showBank, () -> preview.showNothing("Choose a bank or a question."));
        } else {
            preview.showNothing(model.isSearching() ? "Choose a question to see its details." : "Choose a bank or a question.");
        }
    }

    private void wireDragAndDrop() {
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!jsonFiles(e).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains("drop-target")) {
                    getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        addEventHandler(DragEvent.DRAG_EXITED, e -> getStyleClass().remove("drop-target"));
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = jsonFiles(e);
            getStyleClass().remove("drop-target");
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            model.importFiles(files);
        });
    }

    private static List<Path> jsonFiles(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return List.of();
        }
        return e.getDragboard().getFiles().stream()
                .filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".json"))
                .map(File::toPath)
                .toList();
    }

    private static Label columnHeading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-heading");
        return l;
    }

    private static Label placeholder(javafx.beans.binding.StringBinding text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("empty-state");
        l.setWrapText(true);
        l.setPadding(new Insets(20));
        return l;
    }

    @Override
    public Optional<String> unsavedWork() {
        var editor = model.editorProperty().get();
        return editor != null && editor.dirtyProperty().get()
                ? Optional.of("changes to the bank \u201c" + editor.titleProperty().get() + "\u201d")
                : Optional.empty();
    }
}
