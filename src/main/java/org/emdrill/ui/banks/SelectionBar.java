package org.emdrill.ui.banks;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;

/**
 * The bar above the Banks lists: what they show (a bank, or search matches) and what can be done with
 * it: practise the listed questions; edit, export or remove a bank of the user's; copy any bank to edit it.
 */
final class SelectionBar extends HBox {

    /** Below these widths of the bar, its bank actions show icons only. */
    private static final double COMPACT_BAR_WIDTH = 880;
    private static final double COMPACT_BAR_WIDTH_ONE_ACTION = 620;

    private final BanksViewModel model;

    SelectionBar(BanksViewModel model) {
        super(8);
        this.model = model;
        Label what = new Label();
        what.setId("selection-title");
        what.getStyleClass().add("selection-title");
        what.setMinWidth(60);
        // A long bank name wraps onto a second line rather than ending in "…".
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Runnable describe = () -> {
            QuestionBank bank = model.selectedBankProperty().get();
            what.setText(bank != null ? bank.title() : model.questionsHeadingProperty().get());
            boolean bundled = bank != null && bank.source() == BankSource.BUNDLED;
            badge.setVisible(bank != null);
            badge.setText(bundled ? "Comes with EM Drill · duplicate to edit" : "Yours");
            badge.getStyleClass().removeAll("bundled", "yours");
            badge.getStyleClass().add(bundled ? "bundled" : "yours");
        };
        model.selectedBankProperty().addListener((obs, old, bank) -> describe.run());
        model.questionsHeadingProperty().addListener((obs, old, text) -> describe.run());
        describe.run();
        badge.managedProperty().bind(badge.visibleProperty());
        HBox.setHgrow(what, Priority.SOMETIMES);

        Button practise = new Button("Practise these", new FontIcon(Feather.PLAY));
        practise.setId("practise-these");
        practise.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        practise.setTooltip(new Tooltip("Start a practice over the questions listed below"));
        practise.disableProperty().bind(model.canPractiseProperty().not());
        practise.setOnAction(e -> model.practiseListed());
        practise.setMinWidth(Region.USE_PREF_SIZE);

        BooleanBinding userBank = Bindings.createBooleanBinding(() -> model.selectedBankProperty().get() != null
                && model.selectedBankProperty().get().source() == BankSource.USER, model.selectedBankProperty());
        Button edit = barButton("edit-bank", "Edit", Feather.EDIT_2, "Change this bank's questions");
        edit.setOnAction(e -> model.editSelectedBank());
        userBankOnly(edit, userBank);
        Button duplicate = barButton("duplicate-bank", "Duplicate to edit", Feather.COPY,
                "Make an editable copy of this bank, with new ids so both can load");
        duplicate.textProperty().bind(Bindings.when(userBank).then("Duplicate")
                .otherwise("Duplicate to edit"));
        duplicate.visibleProperty().bind(model.selectedBankProperty().isNotNull());
        duplicate.managedProperty().bind(duplicate.visibleProperty());
        duplicate.disableProperty().bind(model.canDuplicateProperty().not());
        duplicate.setOnAction(e -> model.duplicateSelectedBank());
        Button export = barButton("export-bank", "Export…", Feather.UPLOAD, "Save a copy of this bank as a file anywhere");
        export.setOnAction(e -> model.exportSelectedBank());
        userBankOnly(export, userBank);
        Button remove = barButton("remove-bank", "Remove", Feather.TRASH_2,
                "Remove this bank of yours; your answers to it stay in History");
        remove.disableProperty().bind(model.canRemoveProperty().not());
        remove.visibleProperty().bind(userBank);
        remove.managedProperty().bind(remove.visibleProperty());
        remove.setOnAction(e -> model.removeSelectedBank());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(what, badge, gap, practise, edit, duplicate, export, remove);
        setId("selection-bar");
        getStyleClass().add("selection-bar");
        setAlignment(Pos.CENTER_LEFT);
        // In a narrow window the bank actions show only their icons (their tooltips name them), so the
        // bank's title keeps its room.
        List<Button> compactable = List.of(edit, duplicate, export, remove);
        Runnable fit = () -> {
            double needed = userBank.get() ? COMPACT_BAR_WIDTH : COMPACT_BAR_WIDTH_ONE_ACTION;
            ContentDisplay display = getWidth() < needed ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            compactable.forEach(b -> b.setContentDisplay(display));
        };
        widthProperty().addListener((obs, old, width) -> fit.run());
        userBank.addListener((obs, old, mine) -> fit.run());
    }

    private static Button barButton(String id, String text, Feather icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void userBankOnly(Button b, BooleanBinding userBank) {
        b.visibleProperty().bind(userBank);
        b.managedProperty().bind(b.visibleProperty());
        b.disableProperty().bind(model.canEditProperty().not());
    }
}
