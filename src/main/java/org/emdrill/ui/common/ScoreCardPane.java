package org.emdrill.ui.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The scoring card of one answer, on the Practice screen and in a mock interview alike: the targeted dimensions highlighted and
 * required, the others optional ("not shown"), the rubric's words for the chosen level, the question's
 * signals and red flags to tick (a ticked red flag caps the suggested level), STAR ticks beside the typed
 * answer's STAR estimate, notes, and on demand each dimension's whole 1-5 ladder. Ids carry a prefix so several cards can share a page.
 */
public final class ScoreCardPane extends VBox {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    public ScoreCardPane(ScoreCard card, String idPrefix, boolean showPrompt) {
        super(12);
        getStyleClass().addAll("card", "score-card");
        setId(idPrefix + "card");
        if (showPrompt) {
            Label number = Layouts.label("Question " + (card.position() + 1), "section-title");
            Label prompt = Layouts.wrapping(card.prompt(), "score-card-prompt");
            getChildren().addAll(number, prompt);
        }
        if (!card.timeText().isEmpty()) {
            getChildren().add(Layouts.label(card.timeText(), "muted"));
        }
        getChildren().add(new RecordingSlot(card.recordingProperty(), idPrefix));
        if (!card.checks().isEmpty()) {
            getChildren().add(new SignalTicksPane(card.checks(), idPrefix));
        }

        VBox rows = new VBox(6);
        for (DimensionScore r : card.rows()) {
            Node row = dimensionRow(r, idPrefix);
            if (r.targeted() && card.checks().canCap()) {
                ((VBox) row).getChildren().add(1, capNote(card.checks(), r, idPrefix));
            }
            rows.getChildren().add(row);
        }

        Node starBoxes = new StarComparison(card, idPrefix);
        Label starTitle = Layouts.label("Structure (STAR + reflection)", "section-title");

        TextArea notes = new TextArea();
        notes.setId(idPrefix + "notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.setPromptText("Notes to yourself: what to do differently next time");
        notes.textProperty().bindBidirectional(card.notesProperty());

        Label overallCaption = Layouts.label("Overall (weighted)", "muted");
        Label overall = Layouts.label("", "overall-score");
        overall.setId(idPrefix + "overall");
        overall.textProperty().bind(card.overallTextProperty());
        Label missing = Layouts.wrapping("", Styles.WARNING);
        missing.setId(idPrefix + "missing");
        missing.textProperty().bind(card.missingTextProperty());
        HBox footer = new HBox(16, new VBox(2, overallCaption, overall), missing);
        footer.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(rows, starTitle, starBoxes, notes, footer);
    }

    private static Node dimensionRow(DimensionScore d, String idPrefix) {
        Label name = Layouts.label(d.dimension().displayName(), "dimension-name");
        HBox nameBox = new HBox(8, name);
        nameBox.setAlignment(Pos.CENTER_LEFT);
        if (d.targeted()) {
            nameBox.getChildren().add(Layouts.label("weight " + d.weight(), "weight-badge"));
        }
        name.setMinWidth(Region.USE_PREF_SIZE);
        nameBox.getChildren().forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        nameBox.setMinWidth(Region.USE_PREF_SIZE);
        nameBox.setPrefWidth(270);

        LevelPicker levels = new LevelPicker(d, idPrefix + "score-" + d.dimension().id() + "-");

        Label rubric = Layouts.wrapping("", "rubric-text");
        rubric.setId(idPrefix + "rubric-" + d.dimension().id());
        rubric.textProperty().bind(d.rubricText());
        rubric.setMaxWidth(Double.MAX_VALUE);

        ToggleButton ladderToggle = new ToggleButton("All levels");
        ladderToggle.setId(idPrefix + "ladder-toggle-" + d.dimension().id());
        ladderToggle.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        ladderToggle.setMinWidth(Region.USE_PREF_SIZE);
        ladderToggle.setTooltip(new Tooltip("Show what every level 1 to 5 of " + d.dimension().displayName()
                + " looks like"));
        ladderToggle.setAccessibleText("All levels of " + d.dimension().displayName());
        Node ladder = ladder(d, idPrefix);
        ladder.visibleProperty().bind(ladderToggle.selectedProperty());
        ladder.managedProperty().bind(ladder.visibleProperty());

        // Name and levels on one line, the rubric's words under them: fits narrow windows too.
        HBox top = new HBox(16, nameBox, levels);
        top.setAlignment(Pos.CENTER_LEFT);
        Node words = steadyHeight(rubric, d);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox wordsLine = new HBox(12, words, ladderToggle);
        wordsLine.setAlignment(Pos.TOP_LEFT);
        VBox row = new VBox(6, top, wordsLine, ladder);
        row.getStyleClass().add("dimension-row");
        if (d.targeted()) {
            row.getStyleClass().add("targeted");
        }
        return row;
    }

    /**
     * "Red flag ticked: at most 2 suggested" under a targeted dimension's levels, in a line that keeps its room
     * while empty, so ticking a red flag or choosing a level never moves the rows under the pointer.
     */
    private static Node capNote(SignalChecks checks, DimensionScore d, String idPrefix) {
        // Red as the flag that set it; the theme's warning amber is too light to read on a targeted row's tint.
        Label note = Layouts.wrapping("", Styles.DANGER, "cap-note");
        note.setId(idPrefix + "cap-" + d.dimension().id());
        note.textProperty().bind(checks.capText(d));
        note.setMaxWidth(Double.MAX_VALUE);
        Label spacer = Layouts.wrapping(SignalChecks.longestCapText(), "cap-note");
        spacer.setMaxWidth(Double.MAX_VALUE);
        spacer.setVisible(false);
        StackPane box = new StackPane(spacer, note);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /**
     * The chosen level's words in a box as tall as the longest level's words, so picking a level never
     * moves the rows under the pointer.
     */
    private static Node steadyHeight(Label shown, DimensionScore d) {
        StackPane box = new StackPane();
        box.setAlignment(Pos.TOP_LEFT);
        List<String> texts = new ArrayList<>(List.of(d.placeholderText()));
        d.ladder().forEach(l -> texts.add(l.description()));
        for (String text : texts) {
            Label spacer = Layouts.wrapping(text, "rubric-text");
            spacer.setMaxWidth(Double.MAX_VALUE);
            spacer.setVisible(false);
            box.getChildren().add(spacer);
        }
        box.getChildren().add(shown);
        return box;
    }

    /** Every level with its words and markers; the chosen one stands out. */
    private static Node ladder(DimensionScore d, String idPrefix) {
        VBox ladder = new VBox(6);
        ladder.setId(idPrefix + "ladder-" + d.dimension().id());
        ladder.getStyleClass().add("rubric-ladder");
        for (DimensionScore.Level level : d.ladder()) {
            Label number = Layouts.label(String.valueOf(level.level()), "ladder-level");
            number.setMinWidth(Region.USE_PREF_SIZE);
            VBox words = new VBox(2, Layouts.wrapping(level.description(), "ladder-text"));
            for (String marker : level.markers()) {
                words.getChildren().add(Layouts.wrapping("\u2022 " + marker, "ladder-marker"));
            }
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox rung = new HBox(10, number, words);
            rung.getStyleClass().add("ladder-rung");
            rung.setId(idPrefix + "ladder-" + d.dimension().id() + "-" + level.level());
            d.scoreProperty().addListener((obs, old, now) -> markChosen(rung, now != null && now == level.level()));
            markChosen(rung, d.scoreProperty().get() != null && d.scoreProperty().get() == level.level());
            ladder.getChildren().add(rung);
        }
        return ladder;
    }

    private static void markChosen(Node rung, boolean chosen) {
        rung.pseudoClassStateChanged(CHOSEN, chosen);
    }
}
