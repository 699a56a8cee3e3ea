package org.emdrill.ui.progress;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Styles;

/** A card with a heading, a muted line under it that says what the numbers mean, and the chart. */
class ChartCard extends VBox {

    private final Label subtitle = new Label();

    ChartCard(String id, String title, Node chart) {
        super(6);
        setId(id);
        getStyleClass().addAll(Styles.CARD, "chart-card");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        subtitle.getStyleClass().addAll(Styles.MUTED, "chart-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Label.USE_PREF_SIZE);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(heading, subtitle, chart);
    }

    void setSubtitle(String text) {
        subtitle.setText(text);
    }

    /** Adds something below the chart, such as a legend. */
    void addFooter(Node node) {
        getChildren().add(node);
    }
}
