package org.emdrill.ui.banks;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.BankLoadFailure;

/**
 * Above the Banks lists: the files that were not imported and the bank files that could not be loaded,
 * each as a card listing every problem. Hidden while there are none.
 */
final class BankProblemsArea extends ScrollPane {

    private static final double PROBLEMS_MAX_HEIGHT = 260;

    private final BanksViewModel model;
    private final VBox cards = new VBox(10);
    private final ProblemsCard failuresCard = new ProblemsCard();
    private final ProblemsCard importCard = new ProblemsCard();

    BankProblemsArea(BanksViewModel model) {
        this.model = model;
        setContent(cards);
        failuresCard.setId("bank-failures");
        importCard.setId("import-problems");
        importCard.addCloseButton(model::dismissImportProblems);
        setFitToWidth(true);
        setMaxHeight(PROBLEMS_MAX_HEIGHT);
        getStyleClass().add("edge-to-edge");
        managedProperty().bind(visibleProperty());
        // As tall as the cards, up to a limit; beyond it the area scrolls so the lists keep their room.
        prefViewportHeightProperty().bind(Bindings.min(PROBLEMS_MAX_HEIGHT, cards.heightProperty()));
        model.failures().addListener((ListChangeListener<BankLoadFailure>) c -> render());
        model.importProblems().addListener((ListChangeListener<BankImporter.Invalid>) c -> render());
        render();
    }

    private void render() {
        cards.getChildren().clear();
        if (!model.importProblems().isEmpty()) {
            int n = model.importProblems().size();
            importCard.show(n + (n == 1 ? " file was not imported" : " files were not imported"),
                    "Nothing was copied. Fix the problems below and import the file again.",
                    model.importProblems().stream()
                            .map(i -> new ProblemsCard.FileProblems(i.file(), i.problems())).toList());
            cards.getChildren().add(importCard);
        }
        if (!model.failures().isEmpty()) {
            int n = model.failures().size();
            failuresCard.show(n + (n == 1 ? " bank file could not be loaded" : " bank files could not be loaded"),
                    "Fix the file and press Reload banks. All other banks load and work as usual.",
                    model.failures().stream().map(BankProblemsArea::problemsOf).toList());
            cards.getChildren().add(failuresCard);
        }
        setVisible(!cards.getChildren().isEmpty());
    }

    private static ProblemsCard.FileProblems problemsOf(BankLoadFailure f) {
        return new ProblemsCard.FileProblems(f.file(), f.problems());
    }
}
