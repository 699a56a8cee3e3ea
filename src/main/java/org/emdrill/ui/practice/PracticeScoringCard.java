package org.emdrill.ui.practice;

import org.emdrill.ui.common.DimensionScore;
import org.emdrill.ui.common.LevelPicker;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emdrill.domain.StarElement;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.ui.common.Layouts;

/** Scoring one answer: each dimension's level with the rubric's words, STAR marks, notes and Save. */
final class PracticeScoringCard extends VBox {

    private final PracticeViewModel vm;

    PracticeScoringCard(PracticeViewModel vm) {
        super(12);
        this.vm = vm;
        setId("scoring");
        getStyleClass().add("card");
        build();
        // Shown once the answer is over, as follow-ups are; frozen once saved.
        visibleProperty().bind(vm.answerOverBinding());
        managedProperty().bind(visibleProperty());
        disableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SAVED));
    }

    private void build() {
        Label title = new Label("Score your answer");
        title.getStyleClass().add("section-title");
        Label help = new Label("Highlighted dimensions are what this question tests; score them all. "
                + "Others are optional: leave them as \u201cnot shown\u201d.");
        help.getStyleClass().add("muted");
        help.setWrapText(true);

        VBox rows = new VBox(6);
        rows.setId("dimension-rows");
        Runnable render = () -> rows.getChildren().setAll(vm.dimensionScores().stream().map(this::dimensionRow).toList());
        vm.dimensionScores().addListener((javafx.collections.ListChangeListener<DimensionScore>) c -> render.run());
        render.run();

        Label starTitle = new Label("Structure (STAR + reflection)");
        starTitle.getStyleClass().add("section-title");
        FlowPane starBoxes = new FlowPane(18, 8);
        for (StarElement e : StarElement.values()) {
            CheckBox box = new CheckBox(e.displayName());
            box.setId("star-" + e.id());
            box.selectedProperty().bindBidirectional(vm.starProperty(e));
            starBoxes.getChildren().add(box);
        }

        Label notesTitle = new Label("Notes to yourself");
        notesTitle.getStyleClass().add("section-title");
        TextArea notes = new TextArea();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setPromptText("What to do differently next time");
        notes.textProperty().bindBidirectional(vm.notesProperty());

        Label overallCaption = new Label("Overall (weighted)");
        overallCaption.getStyleClass().add("muted");
        Label overall = new Label();
        overall.setId("overall");
        overall.getStyleClass().add("overall-score");
        overall.textProperty().bind(vm.overallTextProperty());
        Label missing = new Label();
        missing.setId("missing-scores");
        missing.getStyleClass().add(Styles.WARNING);
        missing.textProperty().bind(vm.missingTextProperty());
        missing.setWrapText(true);

        Button save = new Button("Save attempt", new FontIcon(Feather.CHECK));
        save.setId("save");
        save.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Button discard = new Button("Discard and next");
        discard.setId("discard");
        discard.getStyleClass().add(Styles.FLAT);
        discard.setOnAction(e -> vm.discardAndNext());
        discard.visibleProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SCORING));
        discard.managedProperty().bind(discard.visibleProperty());
        VBox overallBox = new VBox(2, overallCaption, overall);
        HBox footer = new HBox(16, overallBox, missing, Layouts.hSpacer(), discard, save);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(missing, Priority.SOMETIMES);

        getChildren().addAll(title, help, rows, starTitle, starBoxes, notesTitle, notes, footer);
    }

    private Node dimensionRow(DimensionScore d) {
        Label name = new Label(d.dimension().displayName());
        name.getStyleClass().add("dimension-name");
        name.setMinWidth(150);
        HBox nameBox = new HBox(8, name);
        nameBox.setAlignment(Pos.CENTER_LEFT);
        if (d.targeted()) {
            Label badge = new Label("weight " + d.weight());
            badge.getStyleClass().add("weight-badge");
            nameBox.getChildren().add(badge);
        }
        nameBox.setMinWidth(240);
        nameBox.setPrefWidth(240);

        LevelPicker levels = new LevelPicker(d, "score-" + d.dimension().id() + "-");

        Label rubric = new Label();
        rubric.setId("rubric-" + d.dimension().id());
        rubric.getStyleClass().add("rubric-text");
        rubric.setWrapText(true);
        rubric.textProperty().bind(d.rubricText());
        HBox.setHgrow(rubric, Priority.ALWAYS);
        rubric.setMaxWidth(Double.MAX_VALUE);

        HBox row = new HBox(16, nameBox, levels, rubric);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("dimension-row");
        if (d.targeted()) {
            row.getStyleClass().add("targeted");
        }
        return row;
    }

}
