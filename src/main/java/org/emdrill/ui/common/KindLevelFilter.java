package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.practice.QuestionFilter;

/**
 * The kind and level a set-up draws questions from, as view-model state ({@link Choice}) and as the
 * two drop-downs the Practice and Mock interview set-ups show. Null in either means "any".
 */
public final class KindLevelFilter {

    private KindLevelFilter() {
    }

    /** The chosen kind and level; listeners on either property hear every change. */
    public static final class Choice {
        private final ObjectProperty<QuestionKind> kind = new SimpleObjectProperty<>();
        private final ObjectProperty<QuestionLevel> level = new SimpleObjectProperty<>();

        public ObjectProperty<QuestionKind> kindProperty() {
            return kind;
        }

        public ObjectProperty<QuestionLevel> levelProperty() {
            return level;
        }

        public QuestionFilter filter() {
            return new QuestionFilter(kind.get(), level.get());
        }

        public void set(QuestionFilter f) {
            kind.set(f.kind());
            level.set(f.level());
        }
    }

    /** "Kind [Any kind ▾]  Level [Any level ▾]"; control ids are {@code <idBase>-kind} and {@code <idBase>-level}. */
    public static FlowPane bar(Choice choice, String idBase) {
        ComboBox<QuestionKind> kind = kindBox(idBase + "-kind", choice.kindProperty(), "Any kind");
        ComboBox<QuestionLevel> level = levelBox(idBase + "-level", choice.levelProperty(), "Any level");
        Label kindLabel = Layouts.label("Kind", "muted");
        Label levelLabel = Layouts.label("Level", "muted");
        kindLabel.setMinWidth(Region.USE_PREF_SIZE);
        levelLabel.setMinWidth(Region.USE_PREF_SIZE);
        kindLabel.setLabelFor(kind);
        levelLabel.setLabelFor(level);
        HBox kindPair = new HBox(6, kindLabel, kind);
        HBox levelPair = new HBox(6, levelLabel, level);
        kindPair.setAlignment(Pos.CENTER_LEFT);
        levelPair.setAlignment(Pos.CENTER_LEFT);
        // In a narrow card the level goes under the kind rather than widening the card.
        FlowPane bar = new FlowPane(14, 8, kindPair, levelPair);
        bar.setId(idBase + "-filter");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWrapLength(280);
        bar.setMinWidth(0);
        return bar;
    }

    /**
     * Stories or scenarios, or {@code none} for both. Its width fits the longest choice in em, so the row
     * does not jump and no choice is cut to "…" at any text size. Also used by the Banks search.
     */
    public static ComboBox<QuestionKind> kindBox(String id, ObjectProperty<QuestionKind> kind, String none) {
        ComboBox<QuestionKind> box = combo(id, kind, QuestionKind.values(), none,
                k -> k == QuestionKind.STORY ? "Stories" : "Scenarios");
        box.setTooltip(new Tooltip("Stories ask what you did; scenarios ask what you would do"));
        box.setAccessibleText("Kind of question");
        box.setStyle("-fx-pref-width: 9.64em; -fx-min-width: 9.64em;");
        return box;
    }

    /** A manager level, or {@code none} for every level; a level also keeps the questions that suit any. */
    public static ComboBox<QuestionLevel> levelBox(String id, ObjectProperty<QuestionLevel> level, String none) {
        ComboBox<QuestionLevel> box = combo(id, level, QuestionLevel.values(), none, QuestionLevel::displayName);
        box.setTooltip(new Tooltip("A level also keeps the questions that suit any level"));
        box.setAccessibleText("Level of question");
        box.setStyle("-fx-pref-width: 15.57em; -fx-min-width: 15.57em;");
        return box;
    }

    private static <T> ComboBox<T> combo(String id, ObjectProperty<T> property, T[] values, String none,
                                         Function<T, String> name) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(values));
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(v -> toString(v).equals(text)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        box.setPromptText(none);
        // The null entry needs a cell that still shows "Any …" (the default cell shows nothing for null).
        box.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(property);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
