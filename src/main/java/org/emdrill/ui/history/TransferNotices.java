package org.emdrill.ui.history;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.Problem;
import org.emdrill.store.transfer.ImportReport;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The messages above the table: what went wrong, what an export did, and what an import did — its
 * summary and every rejected attempt with the JSON path of the bad field.
 */
final class TransferNotices extends VBox {

    /** Enough rejected lines to see the pattern; the rest scroll. */
    private static final double REJECTED_MAX_HEIGHT = 140;

    private final HistoryViewModel model;
    private final VBox importBox = new VBox(8);

    TransferNotices(HistoryViewModel model) {
        super(8);
        this.model = model;
        setId("history-notices");

        Node error = banner("history-error", "danger", Feather.ALERT_TRIANGLE, model.errorProperty(),
                model::dismissError);
        HBox status = banner("transfer-status", "success", Feather.CHECK_CIRCLE, model.transfer().statusProperty(),
                model.transfer()::dismissStatus);
        Button openFolder = new Button("Open folder", new FontIcon(Feather.FOLDER));
        openFolder.setId("transfer-open-folder");
        openFolder.setMinWidth(Region.USE_PREF_SIZE);
        openFolder.setOnAction(e -> model.transfer().showExportedFolder());
        openFolder.visibleProperty().bind(model.transfer().exportedFileProperty().isNotNull());
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        status.getChildren().add(1, openFolder);
        importBox.setId("import-report");
        importBox.visibleProperty().bind(model.transfer().importReportProperty().isNotNull());
        importBox.managedProperty().bind(importBox.visibleProperty());
        model.transfer().importReportProperty().addListener((obs, old, report) -> showReport(report));
        getChildren().addAll(error, status, importBox);
        managedProperty().bind(visibleProperty());
    }

    private static HBox banner(String id, String kind, Ikon icon,
                               javafx.beans.value.ObservableStringValue text, Runnable dismiss) {
        Label label = new Label();
        label.setId(id);
        label.setGraphic(new FontIcon(icon));
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox box = new HBox(8, label, closeButton(id + "-dismiss", dismiss));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("history-notice", kind);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Button closeButton(String id, Runnable action) {
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId(id);
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.BUTTON_ICON);
        close.setAccessibleText("Dismiss");
        close.setTooltip(new javafx.scene.control.Tooltip("Dismiss"));
        close.setOnAction(e -> action.run());
        return close;
    }

    private void showReport(ImportReport report) {
        importBox.getChildren().clear();
        importBox.getStyleClass().setAll("history-notice", "import-report");
        if (report == null) {
            return;
        }
        boolean trouble = report.failed() || !report.rejected().isEmpty();
        importBox.getStyleClass().add(report.failed() ? "danger" : trouble ? "warning" : "success");
        Label summary = new Label(report.summary(), new FontIcon(report.failed() ? Feather.ALERT_TRIANGLE
                : trouble ? Feather.ALERT_CIRCLE : Feather.CHECK_CIRCLE));
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.getStyleClass().add("import-summary");
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(8, summary, closeButton("import-dismiss", model.transfer()::dismissImportReport));
        top.setAlignment(Pos.CENTER_LEFT);
        importBox.getChildren().add(top);
        if (!report.rejected().isEmpty()) {
            Label heading = new Label("Left out, with where the problem is in the file:");
            heading.getStyleClass().add("import-heading");
            VBox lines = new VBox(4);
            lines.setId("import-rejected");
            for (Problem p : report.rejected()) {
                lines.getChildren().add(rejectedLine(p));
            }
            ScrollPane scroll = new ScrollPane(lines);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(REJECTED_MAX_HEIGHT);
            scroll.setPrefViewportHeight(Math.min(REJECTED_MAX_HEIGHT, report.rejected().size() * 26.0));
            scroll.getStyleClass().addAll(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE, "import-rejected-scroll");
            importBox.getChildren().addAll(heading, scroll);
        }
    }

    private static Node rejectedLine(Problem p) {
        Label path = new Label(p.field().isEmpty() ? p.file() : p.field());
        path.getStyleClass().add("import-path");
        path.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label(p.message());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.MUTED);
        HBox line = new HBox(10, path, message);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("import-line");
        return line;
    }
}
