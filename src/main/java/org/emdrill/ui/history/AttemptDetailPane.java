package org.emdrill.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.emdrill.domain.AnswerMode;
import org.emdrill.ui.common.AnswerGuide;
import org.emdrill.ui.common.PromptLabel;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Everything saved with the opened attempt: the question as asked, when and how it was answered, the
 * times, the scores with what each level means, the STAR marks, the answer with its analytics, the
 * notes and the question's answer guide. A toolbar revises it (an edit mode in place), compares it with the other attempts at the
 * same question, or deletes it. Texts the user may want to copy are read-only text areas.
 */
final class AttemptDetailPane extends StackPane {

    /** From this width on, the answer and the scores sit side by side. */
    private static final double TWO_COLUMNS_FROM = 760;

    private final HistoryViewModel model;
    private final Label placeholder = new Label();
    private final BorderPane frame = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final GridPane body = new GridPane();
    private final VBox left = new VBox(18);
    private final VBox right = new VBox(18);
    private final RecordingSection recording;

    AttemptDetailPane(HistoryViewModel model) {
        this.model = model;
        this.recording = new RecordingSection(model);
        setId("attempt-detail");
        getStyleClass().add("attempt-detail");

        placeholder.setId("detail-placeholder");
        placeholder.getStyleClass().addAll(Styles.MUTED, "detail-placeholder");
        placeholder.setWrapText(true);
        placeholder.setGraphic(new FontIcon(Feather.FILE_TEXT));
        placeholder.setContentDisplay(ContentDisplay.TOP);
        placeholder.setGraphicTextGap(10);

        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        body.setHgap(28);
        body.setVgap(18);
        scroll.widthProperty().addListener((obs, old, width) -> arrangeColumns(width.doubleValue()));
        frame.setCenter(scroll);

        getChildren().addAll(placeholder, frame);
        model.detailProperty().addListener((obs, old, now) -> render());
        model.selectedProperty().addListener((obs, old, now) -> render());
        model.editor().editingProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        AttemptDetail d = model.detailProperty().get();
        frame.setVisible(d != null);
        placeholder.setVisible(d == null);
        if (d == null) {
            placeholder.setText(model.selectedProperty().get() != null
                    ? "Opening the attempt…"
                    : "Select an attempt to see your answer, scores and notes.");
            scroll.setContent(null);
            frame.setTop(null);
            return;
        }
        RevisionEditor editor = model.editor();
        boolean editing = editor.isEditing();
        frame.setTop(editing ? editBar(editor) : toolbar(d));
        List<Node> leftParts = new ArrayList<>(List.of(recording, answerSection(d)));
        if (d.insight() != null) {
            leftParts.add(section("Answer analytics", AnalyticsSection.of(d.insight())));
        }
        leftParts.add(editing ? section("Notes", RevisionForm.notes(editor)) : notesSection(d));
        left.getChildren().setAll(leftParts);
        right.getChildren().setAll(
                editing ? section("Scores", RevisionForm.scores(editor)) : scoresSection(d),
                editing ? section("STAR", RevisionForm.star(editor)) : starSection(d),
                guideSection(d));
        Node ticks = TicksSection.signals(d);
        if (ticks != null) {
            right.getChildren().add(2, section("Signals and red flags", ticks));
        }
        VBox content = new VBox(18, header(d, model.storyToldProperty().get(), model.stories()), stats(d), body);
        interviewLine(d).ifPresent(line -> content.getChildren().add(1, line));
        content.getStyleClass().add("detail-content");
        content.setPadding(new Insets(16, 22, 24, 22));
        double keep = scroll.getVvalue();
        boolean sameAttempt = scroll.getContent() != null && Long.valueOf(d.id()).equals(scroll.getUserData());
        scroll.setContent(content);
        scroll.setUserData(d.id());
        // Switching into or out of edit mode keeps the place; a newly opened attempt starts at the top.
        scroll.setVvalue(sameAttempt ? keep : 0);
        arrangeColumns(scroll.getWidth());
    }

    private Node toolbar(AttemptDetail d) {
        Button revise = new Button("Revise", new FontIcon(Feather.EDIT_2));
        revise.setId("revise-attempt");
        revise.setTooltip(new Tooltip("Change the scores, STAR marks and notes"));
        revise.setOnAction(e -> model.editOpened());
        Button compare = new Button("Compare attempts at this question (" + d.attemptsAtQuestion() + ")",
                new FontIcon(Feather.COLUMNS));
        compare.setId("compare-attempts");
        compare.setTooltip(new Tooltip("Every attempt at this question side by side, oldest first"));
        // With one attempt there is nothing to compare it with.
        compare.setVisible(d.attemptsAtQuestion() > 1);
        compare.setManaged(compare.isVisible());
        compare.setOnAction(e -> model.compareOpened());
        compare.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-attempt");
        delete.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete this attempt (Delete); you can undo it for a few seconds"));
        delete.setOnAction(e -> model.deleteSelected());
        delete.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(revise, compare)) {
            b.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT);
        }
        revise.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, revise, compare, spacer, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("detail-toolbar");
        return bar;
    }

    private static Node editBar(RevisionEditor editor) {
        Label mode = new Label("Revising", new FontIcon(Feather.EDIT_2));
        mode.getStyleClass().add("edit-mode-label");
        mode.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, mode, spacer, RevisionForm.actions(editor));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("detail-toolbar", "editing");
        return bar;
    }

    private void arrangeColumns(double width) {
        body.getChildren().clear();
        body.getColumnConstraints().clear();
        if (width >= TWO_COLUMNS_FROM) {
            body.getColumnConstraints().addAll(grow(55), grow(45));
            body.add(left, 0, 0);
            body.add(right, 1, 0);
        } else {
            body.getColumnConstraints().add(grow(100));
            body.add(left, 0, 0);
            body.add(right, 0, 1);
        }
    }

    private static ColumnConstraints grow(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Node header(AttemptDetail d, String storyTold, HistoryStories stories) {
        Label prompt = new PromptLabel(d.prompt());
        prompt.setId("detail-prompt");
        prompt.getStyleClass().add("detail-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);

        FlowPane meta = new FlowPane(8, 8,
                chip(Feather.LAYERS, d.bankTitle(), "detail-bank"),
                chip(Feather.CALENDAR, d.dateText(), "detail-date"),
                chip(d.mode() == AnswerMode.SPOKEN ? Feather.MIC : Feather.EDIT_3, d.mode().displayName(), "detail-mode"));
        if (d.revised()) {
            Label revised = chip(Feather.EDIT_2, d.revisedText(), "detail-revised");
            revised.getStyleClass().add("revised");
            meta.getChildren().add(revised);
        }
        if (!storyTold.isEmpty()) {
            // The story picked before answering: seeing it beside the scores shows which stories hold up.
            meta.getChildren().add(chip(Feather.BOOK_OPEN, "Story told: " + storyTold, "detail-story"));
            Button open = new Button("Open story");
            open.setId("detail-open-story");
            open.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setTooltip(new javafx.scene.control.Tooltip("Show this story in My stories"));
            open.setOnAction(e -> stories.openTold());
            meta.getChildren().add(open);
        }
        return new VBox(12, prompt, meta);
    }

    /** "Part of mock interview on 4 May 2026, 09:00, question 2 of 5", for an attempt that was. */
    private java.util.Optional<Node> interviewLine(AttemptDetail d) {
        HistoryRow row = model.selectedProperty().get();
        if (row == null || row.id() != d.id() || !row.fromInterview()) {
            return java.util.Optional.empty();
        }
        Label text = new Label(row.interviewText());
        text.setId("detail-interview");
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, new HistoryTable.MockTag().showing(row), text);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return java.util.Optional.of(line);
    }

    private static Label chip(Ikon icon, String text, String id) {
        Label l = new Label(text, new FontIcon(icon));
        l.setId(id);
        l.getStyleClass().add("meta-chip");
        return l;
    }

    private static Node stats(AttemptDetail d) {
        TargetTime time = d.answerTime();
        boolean scored = d.dimensions().stream().anyMatch(AttemptDetail.DimensionLine::shown);
        Node overall = tile("Overall", d.overallText(), scored ? "out of 5" : "nothing scored", "detail-overall", false);
        Node answer = tile("Answer time", time.text(), time.hasTarget() ? time.explanation() : "no target",
                "detail-answer-time", time.overTarget());
        Node prep = tile("Preparation", d.prepText(), "before answering", "detail-prep-time", false);
        HBox row = new HBox(12, overall, answer, prep);
        for (Node n : row.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
        }
        return row;
    }

    private static Node tile(String caption, String value, String sub, String id, boolean warn) {
        Label captionLabel = new Label(caption.toUpperCase(Locale.ROOT));
        captionLabel.getStyleClass().add("stat-caption");
        Label valueLabel = new Label(value);
        valueLabel.setId(id);
        valueLabel.getStyleClass().add("stat-value");
        Label subLabel = new Label(sub);
        subLabel.getStyleClass().add("stat-sub");
        subLabel.setWrapText(true);
        if (warn) {
            valueLabel.getStyleClass().add(Styles.OVER_TARGET);
            subLabel.getStyleClass().add(Styles.OVER_TARGET);
            valueLabel.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
            valueLabel.setContentDisplay(ContentDisplay.RIGHT);
        }
        VBox tile = new VBox(2, captionLabel, valueLabel, subLabel);
        tile.getStyleClass().add("stat-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setMinWidth(120);
        return tile;
    }

    private static Node scoresSection(AttemptDetail d) {
        VBox rows = new VBox(6);
        for (AttemptDetail.DimensionLine line : d.dimensions()) {
            rows.getChildren().add(dimensionRow(line));
        }
        return section("Scores", rows);
    }

    private static Node dimensionRow(AttemptDetail.DimensionLine line) {
        String id = line.dimension().id();
        Label name = new Label(line.dimension().displayName());
        name.getStyleClass().add("dimension-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label score = new Label(line.scoreText());
        score.setId("detail-score-" + id);
        score.getStyleClass().addAll("score-badge", line.shown() ? "shown" : "not-shown");
        score.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, name, spacer, levelDots(line), score);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(4, top);
        row.getStyleClass().addAll("detail-dimension", line.shown() ? "shown" : "not-shown");
        if (line.shown() && !line.rubricText().isBlank()) {
            Label rubric = new Label(line.rubricText());
            rubric.setId("detail-rubric-" + id);
            rubric.getStyleClass().add("rubric-text");
            rubric.setWrapText(true);
            rubric.setMinHeight(Region.USE_PREF_SIZE);
            row.getChildren().add(rubric);
        }
        return row;
    }

    /** Five dots, as many filled as the score: the level reads at a glance down the list. */
    private static Node levelDots(AttemptDetail.DimensionLine line) {
        HBox dots = new HBox(3);
        dots.setAlignment(Pos.CENTER);
        for (int level = 1; level <= 5; level++) {
            Region dot = new Region();
            dot.getStyleClass().add("level-dot");
            if (line.shown() && level <= line.score()) {
                dot.getStyleClass().add("filled");
            }
            dots.getChildren().add(dot);
        }
        dots.setVisible(line.shown());
        return dots;
    }

    private static Node starSection(AttemptDetail d) {
        return section("STAR", TicksSection.star(d));
    }

    /** What the question tests and a strong answer's outline, as the banks have the question today. */
    private static Node guideSection(AttemptDetail d) {
        if (!d.questionInBanks()) {
            return section("Answer guide", note("This question is no longer in any of your banks, so there is "
                    + "no answer guide to show. Your attempt is kept as it was.", "detail-guide-gone"));
        }
        return AnswerGuide.card(d.bankQuestion()).<Node>map(card -> card)
                .orElseGet(() -> section("Answer guide",
                        note("Its bank gives no answer guide for this question.", "detail-guide-none")));
    }

    private static Label note(String text, String id) {
        Label l = new Label(text, new FontIcon(Feather.INFO));
        l.setId(id);
        l.getStyleClass().addAll(Styles.MUTED, "detail-note");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node answerSection(AttemptDetail d) {
        if (d.hasAnswerText()) {
            return section("Answer", readOnlyText(d.answerText(), "detail-answer"));
        }
        String note = d.spokenWithoutText()
                ? "Spoken answer — it was said aloud, so there is no text to show."
                : "No answer text was saved.";
        Label l = new Label(note, new FontIcon(d.mode() == AnswerMode.SPOKEN ? Feather.MIC : Feather.EDIT_3));
        l.setId("detail-answer-note");
        l.getStyleClass().addAll(Styles.MUTED, "detail-note");
        l.setWrapText(true);
        return section("Answer", l);
    }

    private static Node notesSection(AttemptDetail d) {
        if (d.hasNotes()) {
            return section("Notes", readOnlyText(d.notes(), "detail-notes"));
        }
        Label l = new Label("No notes.");
        l.setId("detail-notes-none");
        l.getStyleClass().addAll(Styles.MUTED, "detail-note");
        return section("Notes", l);
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        return new VBox(8, heading, content);
    }

    /** Read-only, wrapping and selectable; tall enough for short texts, scrolling for long ones. */
    private static TextArea readOnlyText(String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.getStyleClass().add("detail-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setFocusTraversable(true);
        area.setPrefRowCount(estimatedLines(text));
        area.setMinHeight(Region.USE_PREF_SIZE);
        return area;
    }

    private static int estimatedLines(String text) {
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += 1 + paragraph.length() / 50;
        }
        return Math.max(1, Math.min(lines, 20));
    }
}
