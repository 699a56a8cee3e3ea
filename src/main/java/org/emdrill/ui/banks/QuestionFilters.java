package org.emdrill.ui.banks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

/** The kind and level drop-downs beside the search field; choosing one narrows the search like a word. */
final class QuestionFilters extends HBox {

    QuestionFilters(BanksViewModel model) {
        super(8);
        ComboBox<QuestionKind> kind = combo("bank-filter-kind", model.kindFilterProperty(),
                QuestionKind.values(), "All kinds", k -> k == QuestionKind.STORY ? "Stories" : "Scenarios");
        kind.setTooltip(new Tooltip("Real stories ask what you did; scenarios ask what you would do"));
        kind.setAccessibleText("Kind of question");
        ComboBox<QuestionLevel> level = combo("bank-filter-level", model.levelFilterProperty(),
                QuestionLevel.values(), "All levels", QuestionLevel::displayName);
        level.setTooltip(new Tooltip("A level also shows the questions that suit any level"));
        level.setAccessibleText("Level of question");
        // Fixed widths that fit the longest choice, so the header does not jump as the choice changes
        // and no choice is cut to "…"; the search field gives way first in a narrow window.
        // In em, as on the set-ups: "Manager of managers" is never cut, whatever the text size.
        kind.setStyle("-fx-pref-width: 9.64em; -fx-min-width: 9.64em;");
        level.setStyle("-fx-pref-width: 15.57em; -fx-min-width: 15.57em;");
        getChildren().addAll(kind, level);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** A drop-down whose first entry, null, means "no filter"; kept in step with the view model. */
    private static <T> ComboBox<T> combo(String id, ObjectProperty<T> property, T[] values, String none,
                                         Function<T, String> name) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(values));
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(v -> toString(v).equals(text)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(property);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }
}
