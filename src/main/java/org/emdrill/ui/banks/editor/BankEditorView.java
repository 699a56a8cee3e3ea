package org.emdrill.ui.banks.editor;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.ui.common.Styles;

/**
 * The bank editor: the bank's own fields and its questions on the left, the chosen question's form on
 * the right, and every problem with the would-be file underneath. Save stays disabled while there is a
 * problem or nothing changed; Ctrl+S saves too.
 */
public final class BankEditorView extends BorderPane {

    private static final String CSS = Objects.requireNonNull(
            BankEditorView.class.getResource("/org/emdrill/ui/banks/editor/editor.css")).toExternalForm();
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final BankEditorViewModel model;
    private final ListView<QuestionForm> questionList = new ListView<>();
    private final QuestionFormPane form;

    public BankEditorView(BankEditorViewModel model) {
        this.model = model;
        this.form = new QuestionFormPane(model.questionErrors());
        getStylesheets().add(CSS);
        getStyleClass().add("bank-editor");
        setId("bank-editor");

        setTop(header());
        setCenter(body());
        setBottom(new ProblemsPane(model.problems(), model.untouchedProperty(), i -> model.select(model.questions().get(i))));
        wireSelection();
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.save();
                e.consume();
            }
        });
    }

    private Node header() {
        Button back = new Button("Banks", new FontIcon(Feather.ARROW_LEFT));
        back.setId("editor-back");
        back.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT);
        back.setTooltip(new Tooltip("Back to the list of banks"));
        back.setOnAction(e -> model.close());

        Label title = new Label();
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.textProperty().bind(Bindings.when(model.idEditableProperty()).then("New bank").otherwise("Edit bank"));
        Label unsaved = new Label("Unsaved changes");
        unsaved.setId("editor-unsaved");
        unsaved.getStyleClass().add("unsaved-chip");
        unsaved.visibleProperty().bind(model.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(12, title, unsaved);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("editor-status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        VBox titles = new VBox(2, titleRow, status);
        titles.setMinWidth(120);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Button save = new Button("Save", new FontIcon(Feather.SAVE));
        save.setId("editor-save");
        save.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setTooltip(new Tooltip("Save the bank to your banks folder (Ctrl+S). Possible once nothing is wrong."));
        save.setOnAction(e -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        back.setMinWidth(Region.USE_PREF_SIZE);

        HBox header = new HBox(12, back, titles, save);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 16, 0));
        return header;
    }

    private Node body() {
        VBox leftContent = new VBox(14, bankCard(), questionsColumn());
        VBox.setVgrow(leftContent.getChildren().get(1), Priority.ALWAYS);
        leftContent.setPadding(new Insets(0, 14, 0, 0));
        // Fills the height when there is room; scrolls rather than cutting off the list's buttons when not.
        ScrollPane left = new ScrollPane(leftContent);
        left.setFitToWidth(true);
        left.setFitToHeight(true);
        left.getStyleClass().add("edge-to-edge");
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setMinWidth(250);

        Label heading = new Label("QUESTION");
        heading.getStyleClass().add("column-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = model.questions().indexOf(model.selectedProperty().get());
            return i < 0 ? "QUESTION" : "QUESTION " + (i + 1) + " OF " + model.questions().size();
        }, model.selectedProperty(), model.questions()));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId("editor-form-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox right = new VBox(8, heading, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 14));
        right.setMinWidth(320);

        SplitPane split = new SplitPane(left, right);
        split.getStyleClass().add("editor-split");
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(left, false);
        BorderPane.setMargin(split, new Insets(0, 0, 12, 0));
        return split;
    }

    private Node bankCard() {
        TextField id = new TextField();
        id.setId("editor-bank-id");
        id.textProperty().bindBidirectional(model.bankIdProperty());
        id.editableProperty().bind(model.idEditableProperty());
        id.setPromptText("Suggested from the title");
        TextField title = new TextField();
        title.setId("editor-bank-title");
        title.setPromptText("Such as “Leading contractors”");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea description = new TextArea();
        description.setId("editor-bank-description");
        description.setPromptText("What this bank drills (optional)");
        description.setWrapText(true);
        description.setPrefRowCount(2);
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.textProperty().bindBidirectional(model.descriptionProperty());

        Label idHint = FormField.hint("");
        idHint.textProperty().bind(Bindings.when(model.idEditableProperty())
                .then("Lowercase words and hyphens; also the file name.")
                .otherwise("Fixed once saved: History refers to it."));

        ObservableMap<String, String> errors = model.bankErrors();
        VBox card = new VBox(10,
                labelled("Title", title, errors, "title", null),
                labelled("Bank id", id, errors, "id", idHint),
                labelled("Description", description, errors, "description", null));
        card.getStyleClass().addAll(Styles.CARD, "bank-card");
        return card;
    }

    private Node questionsColumn() {
        Label heading = new Label("QUESTIONS");
        heading.getStyleClass().add("column-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("Add question", new FontIcon(Feather.PLUS));
        add.setId("editor-add-question");
        add.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL);
        add.setOnAction(e -> model.addQuestion());
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, heading, spacer, add);
        top.setAlignment(Pos.CENTER_LEFT);

        questionList.setId("editor-questions");
        questionList.getStyleClass().add("editor-question-list");
        questionList.setItems(model.questions());
        questionList.setCellFactory(v -> new QuestionFormCell());
        Label none = new Label("No questions yet.");
        none.getStyleClass().add("empty-state");
        questionList.setPlaceholder(none);
        questionList.setMinHeight(110);

        Button up = iconButton("editor-move-up", Feather.ARROW_UP, "Move the question up");
        up.disableProperty().bind(model.canMoveUpProperty().not());
        up.setOnAction(e -> model.moveSelectedUp());
        Button down = iconButton("editor-move-down", Feather.ARROW_DOWN, "Move the question down");
        down.disableProperty().bind(model.canMoveDownProperty().not());
        down.setOnAction(e -> model.moveSelectedDown());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.setId("editor-delete-question");
        delete.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL, atlantafx.base.theme.Styles.FLAT,
                atlantafx.base.theme.Styles.DANGER);
        delete.disableProperty().bind(model.canDeleteProperty().not());
        delete.setOnAction(e -> model.deleteSelected());
        HBox tools = new HBox(6, up, down, gap, delete);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label listError = FormField.errorLabel(model.bankErrors(), "questions");
        listError.setId("error-bank-questions");

        VBox column = new VBox(8, top, questionList, tools, listError);
        VBox.setVgrow(questionList, Priority.ALWAYS);
        return column;
    }

    private void wireSelection() {
        questionList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != model.selectedProperty().get()) {
                model.select(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> syncSelection(item));
        syncSelection(model.selectedProperty().get());
    }

    private void syncSelection(QuestionForm item) {
        form.show(item);
        if (item == null) {
            questionList.getSelectionModel().clearSelection();
        } else if (questionList.getSelectionModel().getSelectedItem() != item) {
            questionList.getSelectionModel().select(item);
            questionList.scrollTo(item);
        }
    }

    private static VBox labelled(String label, TextInputControl control, ObservableMap<String, String> errors,
                                 String key, Label hint) {
        return FormField.of(label, control, errors, key, "error-bank-" + key, hint);
    }

    private static Button iconButton(String id, Feather icon, String tip) {
        Button b = new Button("", new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.SMALL);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }
}
