package org.emdrill.ui.drill;

import org.emdrill.ui.common.DimensionScore;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.StarElement;

/**
 * The scoring card of one answer, as on the Practice screen: the targeted dimensions highlighted and
 * required, the others optional ("not shown"), the rubric's words for the chosen level, STAR ticks and
 * notes. Ids carry a prefix so several cards can share a page.
 */
final class ScoreCardPane extends VBox {

    ScoreCardPane(ScoreCard card, String idPrefix, boolean showPrompt) {
        super(12);
        getStyleClass().addAll("card", "score-card");
        setId(idPrefix + "card");
        if (showPrompt) {
            Label number = Layouts.label("Question " + (card.position() + 1), "section-title");
            Label prompt = Layouts.wrapping(card.prompt(), "score-card-prompt");
            getChildren().addAll(number, prompt);
        }
        getChildren().add(Layouts.label(card.timeText(), "muted"));

        VBox rows = new VBox(6);
        for (DimensionScore r : card.rows()) {
            rows.getChildren().add(dimensionRow(r, idPrefix));
        }

        FlowPane starBoxes = new FlowPane(18, 8);
        for (StarElement e : StarElement.values()) {
            CheckBox box = new CheckBox(e.displayName());
            box.setId(idPrefix + "star-" + e.id());
            box.selectedProperty().bindBidirectional(card.starProperty(e));
            starBoxes.getChildren().add(box);
        }
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

        ToggleGroup group = new ToggleGroup();
        HBox levels = new HBox(0);
        String idBase = idPrefix + "score-" + d.dimension().id() + "-";
        for (int level = 1; level <= 5; level++) {
            ToggleButton b = new ToggleButton(Integer.toString(level));
            b.setId(idBase + level);
            b.setUserData(level);
            b.setToggleGroup(group);
            b.setMinWidth(38);
            b.getStyleClass().add(level == 1 ? Styles.LEFT_PILL
                    : level == 5 && d.targeted() ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            levels.getChildren().add(b);
        }
        // "Not shown" sits after 5 so the levels line up in every row.
        if (!d.targeted()) {
            ToggleButton notShown = new ToggleButton("Not shown");
            notShown.setId(idBase + "none");
            notShown.setUserData(null);
            notShown.setToggleGroup(group);
            notShown.getStyleClass().add(Styles.RIGHT_PILL);
            levels.getChildren().add(notShown);
        }
        levels.setMinWidth(Region.USE_PREF_SIZE);
        Runnable sync = () -> group.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), d.scoreProperty().get()))
                .findFirst().ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
        sync.run();
        d.scoreProperty().addListener((obs, was, is) -> sync.run());
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                // A click on the chosen level keeps it chosen; "not shown" is its own button.
                if (d.scoreProperty().get() != null || !d.targeted()) {
                    sync.run();
                }
            } else {
                d.scoreProperty().set((Integer) is.getUserData());
            }
        });

        Label rubric = Layouts.wrapping("", "rubric-text");
        rubric.setId(idPrefix + "rubric-" + d.dimension().id());
        rubric.textProperty().bind(d.rubricText());
        rubric.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(rubric, Priority.ALWAYS);

        // Name and levels on one line, the rubric's words under them: fits narrow windows too.
        HBox top = new HBox(16, nameBox, levels);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(6, top, rubric);
        row.getStyleClass().add("dimension-row");
        if (d.targeted()) {
            row.getStyleClass().add("targeted");
        }
        return row;
    }
}
