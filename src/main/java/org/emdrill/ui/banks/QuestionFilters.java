package org.emdrill.ui.banks;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;

import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.ui.common.KindLevelFilter;

/** The kind and level drop-downs beside the search field; choosing one narrows the search like a word. */
final class QuestionFilters extends HBox {

    QuestionFilters(BanksViewModel model) {
        super(8);
        ComboBox<QuestionKind> kind = KindLevelFilter.kindBox("bank-filter-kind", model.kindFilterProperty(),
                "All kinds");
        ComboBox<QuestionLevel> level = KindLevelFilter.levelBox("bank-filter-level", model.levelFilterProperty(),
                "All levels");
        getChildren().addAll(kind, level);
        setAlignment(Pos.CENTER_LEFT);
    }
}
