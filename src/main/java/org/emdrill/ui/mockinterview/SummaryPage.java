package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.Layouts;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Formats;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The review of an interview: scores and times per question, dimensions against before, time, what next. */
final class SummaryPage extends BorderPane {

    private final MockInterviewViewModel vm;
    private final VBox body = new VBox(18);
    private final ScrollPane scroll;

    SummaryPage(MockInterviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("interview-summary");
        body.setId("summary");
        Button again = new Button();
        again.setId("new-interview");
        again.textProperty().bind(Bindings.when(vm.reportIsPastProperty()).then("Back to set-up").otherwise("New interview"));
        again.setGraphic(new FontIcon(Feather.REFRESH_CW));
        again.getStyleClass().add(Styles.LARGE);
        again.setOnAction(e -> vm.newInterview());
        Button weakest = new Button("Practise weakest area", new FontIcon(Feather.TARGET));
        weakest.setId("practise-weakest");
        weakest.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        weakest.setOnAction(e -> vm.practiseWeakest());
        HBox buttons = new HBox(12, weakest, again);
        vm.reportProperty().addListener((obs, was, r) -> {
            render(r);
            weakest.setDisable(!vm.canPractiseWeakest());
        });
        Button ask = new Button("See questions to ask", new FontIcon(Feather.MESSAGE_CIRCLE));
        ask.setId("summary-open-ask");
        ask.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ask.setOnAction(e -> vm.ask().show());
        Label askText = Layouts.wrapping("A real loop ends with your questions \u2014 see questions to ask.", "ask-offer");
        askText.setId("summary-ask-offer");
        HBox.setHgrow(askText, Priority.ALWAYS);
        HBox askRow = new HBox(14, new FontIcon(Feather.MESSAGE_CIRCLE), askText, ask);
        askRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        askRow.getStyleClass().add("card");
        // Offered at the end of an interview just run, not when looking back at a past one.
        askRow.visibleProperty().bind(vm.reportIsPastProperty().not());
        askRow.managedProperty().bind(askRow.visibleProperty());
        VBox content = new VBox(18, body, askRow, buttons);
        scroll = Layouts.scroller(content, 1000);
        setCenter(scroll);
        setBottom(MockInterviewView.statusBar(vm));
    }

    private void render(InterviewReport r) {
        body.getChildren().clear();
        if (r == null) {
            return;
        }
        Label title = Layouts.label(r.title(), "screen-title");
        title.setId("summary-title");
        Label subtitle = Layouts.wrapping(r.subtitle(), "muted");
        body.getChildren().addAll(new VBox(4, title, subtitle), questionsCard(r), dimensionsCard(r),
                Layouts.card(Layouts.label("Time", "section-title"), lines(r.timeNotes(), "time-note")),
                Layouts.card(Layouts.label("Practise next", "section-title"), lines(r.suggestions(), "suggestion")));
        scroll.setVvalue(0);
    }

    private Node questionsCard(InterviewReport r) {
        GridPane grid = new GridPane();
        grid.setId("summary-questions");
        grid.setHgap(18);
        grid.setVgap(10);
        ColumnConstraints number = new ColumnConstraints();
        ColumnConstraints prompt = new ColumnConstraints();
        prompt.setHgrow(Priority.ALWAYS);
        prompt.setMinWidth(200);
        // The other columns are as wide as their widest cell, in any text size; only the prompts wrap.
        ColumnConstraints time = new ColumnConstraints();
        ColumnConstraints score = new ColumnConstraints();
        ColumnConstraints open = new ColumnConstraints();
        for (ColumnConstraints c : new ColumnConstraints[] {number, time, score, open}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        grid.getColumnConstraints().addAll(number, prompt, time, score, open);
        grid.addRow(0, head("#"), head("Question"), head("Time / target"), head("Overall"), new Label());
        int row = 1;
        for (InterviewReport.Row q : r.rows()) {
            Label n = Layouts.label(Integer.toString(q.number()), "muted");
            Label p = Layouts.wrapping(q.prompt(), q.answered() ? "summary-prompt" : "muted");
            Label t = Layouts.label(q.timeText(), q.answered() ? "summary-time" : "muted");
            t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox timeBox = new VBox(4, t);
            if (q.overTarget()) {
                Label over = Layouts.label("over target", "over-badge");
                over.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                over.setGraphic(new FontIcon(Feather.CLOCK));
                timeBox.getChildren().add(over);
            }
            Label s = Layouts.label(q.answered() ? Formats.score(q.overall()) : "", "summary-score");
            s.setId("summary-score-" + q.number());
            Node action = r.opensInHistory(q) ? openButton(q) : new Label();
            grid.addRow(row++, n, p, timeBox, s, action);
            for (Node cell : new Node[] {n, p, timeBox, s, action}) {
                GridPane.setValignment(cell, VPos.TOP);
            }
        }
        return Layouts.card(Layouts.label("Questions", "section-title"), grid);
    }

    /** The question's saved answer, opened in History with its scores and notes. */
    private Button openButton(InterviewReport.Row q) {
        Button open = new Button("Open in History", new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("summary-open-" + q.number());
        open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        String what = "Open question " + q.number() + " in History: " + InterviewReport.shorten(q.prompt());
        open.setAccessibleText(what);
        open.setTooltip(new javafx.scene.control.Tooltip("See this answer in History, with its scores and notes"));
        open.setOnAction(e -> vm.openInHistory(q));
        // A focused button takes Space; Enter too, as a link would, for whoever reached it with Tab.
        open.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()) {
                open.fire();
                e.consume();
            }
        });
        return open;
    }

    private Node dimensionsCard(InterviewReport r) {
        if (r.dimensions().isEmpty()) {
            return Layouts.card(Layouts.label("By dimension", "section-title"),
                    Layouts.wrapping("Nothing was scored in this interview, so there is nothing to compare yet.", "muted"));
        }
        GridPane grid = new GridPane();
        grid.setId("summary-dimensions");
        grid.setHgap(28);
        grid.setVgap(10);
        grid.addRow(0, head("Dimension"), head("This interview"), head("Earlier interviews"), head("Change"));
        int row = 1;
        for (InterviewReport.DimensionLine d : r.dimensions()) {
            Label change = Layouts.label(changeText(d.change()), "change");
            if (d.change().isPresent()) {
                Layouts.toggleClass(change, d.change().getAsDouble() >= 0 ? "up" : "down", true);
            }
            Label now = Layouts.label(mean(d.now()), "summary-score");
            now.setId("dimension-now-" + d.dimension().id());
            grid.addRow(row++, Layouts.label(d.dimension().displayName(), "dimension-name"), now,
                    Layouts.label(mean(d.before()), "muted"), change);
        }
        return Layouts.card(Layouts.label("By dimension", "section-title"), grid);
    }

    /** A column's heading: whole, so its column is at least as wide as it (the text size may be larger). */
    private static Label head(String text) {
        Label l = Layouts.label(text, "column-head");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static VBox lines(java.util.List<String> texts, String styleClass) {
        VBox box = new VBox(6);
        for (String t : texts) {
            Label l = Layouts.wrapping("\u2022  " + t, styleClass);
            box.getChildren().add(l);
        }
        return box;
    }

    private static String mean(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f", v.getAsDouble()) : "\u2013";
    }

    private static String changeText(OptionalDouble change) {
        if (change.isEmpty()) {
            return "";
        }
        double c = change.getAsDouble();
        return Math.abs(c) < 0.05 ? "same" : String.format(Locale.ROOT, "%+.1f", c);
    }
}
