package org.emdrill.ui.history;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;

/** "from [1.0] to [5.0]": two half-step spinners bound both ways to a score range's ends. */
final class ScoreRangeField extends HBox {

    private final Spinner<Double> min = spinner();
    private final Spinner<Double> max = spinner();

    ScoreRangeField(String id, String accessibleName, DoubleProperty low, DoubleProperty high) {
        super(6);
        setId(id);
        setAlignment(Pos.CENTER_LEFT);
        min.setId(id + "-min");
        max.setId(id + "-max");
        min.setAccessibleText(accessibleName + ", lowest score");
        max.setAccessibleText(accessibleName + ", highest score");
        bind(min, low);
        bind(max, high);
        Label dash = new Label("–");
        dash.getStyleClass().add("muted");
        getChildren().addAll(min, dash, max);
    }

    private static Spinner<Double> spinner() {
        Spinner<Double> s = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                HistoryFilters.LOWEST, HistoryFilters.HIGHEST, HistoryFilters.LOWEST, 0.5));
        s.getStyleClass().addAll(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL, "score-spinner");
        s.setPrefWidth(104);
        s.setMinWidth(104);
        return s;
    }

    private static void bind(Spinner<Double> spinner, DoubleProperty value) {
        spinner.getValueFactory().setValue(value.get());
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != value.get()) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> {
            if (spinner.getValue() == null || spinner.getValue() != now.doubleValue()) {
                spinner.getValueFactory().setValue(now.doubleValue());
            }
        });
    }
}
