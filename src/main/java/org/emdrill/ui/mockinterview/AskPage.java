package org.emdrill.ui.mockinterview;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.InterviewerQuestions;
import org.emdrill.ui.common.Layouts;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Questions to ask your interviewer": a card per group, a copy button per question, and Copy all. */
final class AskPage extends BorderPane {

    private final AskTheInterviewer model;
    private final VBox groups = new VBox(16);

    AskPage(AskTheInterviewer model) {
        this.model = model;
        setId("ask-page");
        getStyleClass().add("ask-page");
        Label title = Layouts.label("Questions to ask your interviewer", "screen-title");
        title.setId("ask-title");
        Label intro = Layouts.wrapping("A real loop ends with your questions, and interviewers judge them too: they "
                + "show what you care about and help you decide. Pick two or three that matter to you.", "muted");
        Button back = new Button("Back to the mock interview", new FontIcon(Feather.ARROW_LEFT));
        back.setId("ask-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> model.close());
        Button copyAll = new Button("Copy all", new FontIcon(Feather.COPY));
        copyAll.setId("ask-copy-all");
        copyAll.getStyleClass().add(Styles.ACCENT);
        copyAll.setMinWidth(Region.USE_PREF_SIZE);
        copyAll.setTooltip(new Tooltip("Every question, grouped by topic, as plain text"));
        copyAll.setOnAction(e -> toClipboard(model.copyAll()));
        copyAll.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.questionsProperty().get().count() == 0, model.questionsProperty()));
        HBox tools = new HBox(10, back, Layouts.hSpacer(), copyAll);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label notice = Layouts.wrapping("", "muted");
        notice.setId("ask-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox content = new VBox(16, tools, title, intro, notice, groups);
        setCenter(Layouts.scroller(content, 900));
        model.questionsProperty().addListener((obs, was, is) -> render(is));
        render(model.questionsProperty().get());
    }

    private void render(InterviewerQuestions questions) {
        groups.getChildren().clear();
        if (questions.count() == 0) {
            groups.getChildren().add(Layouts.wrapping("No questions to show.", "muted"));
            return;
        }
        int g = 0;
        for (InterviewerQuestions.Group group : questions.groups()) {
            VBox card = Layouts.card(Layouts.label(group.title(), "section-title"));
            card.setSpacing(8);
            card.setId("ask-group-" + g);
            int i = 0;
            for (String question : group.questions()) {
                Label text = Layouts.wrapping(question, "ask-question");
                text.setId("ask-question-" + g + "-" + i);
                HBox.setHgrow(text, Priority.ALWAYS);
                text.setMaxWidth(Double.MAX_VALUE);
                Button copy = new Button(null, new FontIcon(Feather.COPY));
                copy.setId("ask-copy-" + g + "-" + i);
                copy.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
                copy.setAccessibleText("Copy: " + question);
                copy.setTooltip(new Tooltip("Copy this question"));
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setOnAction(e -> toClipboard(model.copy(question)));
                HBox row = new HBox(10, text, copy);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("ask-row");
                card.getChildren().add(row);
                i++;
            }
            card.setAccessibleText(group.title().toLowerCase(Locale.ROOT));
            groups.getChildren().add(card);
            g++;
        }
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
