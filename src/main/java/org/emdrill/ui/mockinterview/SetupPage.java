package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.Layouts;

import org.emdrill.ui.common.BankChoice;
import org.emdrill.ui.common.BankChoiceCell;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewPreset;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The set-up page: the resume offer, the interview's settings, the banks and the past interviews. */
final class SetupPage extends BorderPane {

    private final MockInterviewViewModel vm;
    private final InterviewSetup setup;
    private final InterviewDialogs dialogs;

    SetupPage(MockInterviewViewModel vm, InterviewDialogs dialogs) {
        this.vm = vm;
        this.setup = vm.setup();
        this.dialogs = dialogs;
        getStyleClass().add("interview-setup");

        Label title = Layouts.label("Mock interview", "screen-title");
        Label intro = Layouts.wrapping("Rehearse a whole behavioural interview: questions back to back, timed, with the "
                + "interviewer's follow-up probes. Score as you go or at the end.", "muted");

        VBox left = settingsCard();
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(18, banksCard(), askCard(), pastCard());
        // In em, so the column grows with the text size (Settings) instead of cutting its titles.
        // Not narrower than that: bank names would break inside words ("reorganisation/s").
        right.setStyle("-fx-pref-width: 27.14em; -fx-min-width: 27.14em;");
        // Two columns when there is room, one under the other in a narrow window; the room a column needs
        // grows with the text size.
        VBox columns = new VBox();
        Runnable rearrange = () -> arrange(columns, left, right,
                columns.getWidth() * 14 / intro.getFont().getSize());
        columns.widthProperty().addListener((obs, was, is) -> rearrange.run());
        intro.fontProperty().addListener((obs, was, is) -> rearrange.run());
        arrange(columns, left, right, 1200);
        VBox content = new VBox(16, title, intro, resumeCard(), columns);
        ScrollPane scroll = Layouts.scroller(content, 1200);
        setCenter(scroll);
        setBottom(MockInterviewView.statusBar(vm));
    }

    /** @param width the room there is, in pixels at the normal text size */
    private static void arrange(VBox columns, VBox left, VBox right, double width) {
        boolean wide = width >= 1000; // below, the form's rows would not fit beside the banks
        Node current = columns.getChildren().isEmpty() ? null : columns.getChildren().get(0);
        if (wide && current instanceof HBox || !wide && current instanceof VBox) {
            return;
        }
        columns.getChildren().clear();
        if (current instanceof Region r) {
            ((javafx.scene.layout.Pane) r).getChildren().clear();
        }
        if (wide) {
            HBox row = new HBox(18, left, right);
            row.setFillHeight(false);
            columns.getChildren().add(row);
        } else {
            columns.getChildren().add(new VBox(18, left, right));
        }
    }

    private Node resumeCard() {
        HBox card = org.emdrill.ui.common.ResumeCard.of(Feather.ROTATE_CCW, vm.resumeTextProperty(),
                new javafx.beans.property.SimpleStringProperty("An interview was still running when the app closed. "
                        + "Pick it up where it stopped, paused, or throw it away."),
                "interview", vm::resume, vm::discardResume, vm.pendingResumeProperty().isNotNull());
        card.setId("resume-card");
        return card;
    }

    private VBox settingsCard() {
        ComboBox<InterviewPreset> preset = new ComboBox<>(setup.presets());
        preset.setId("preset");
        preset.setAccessibleText("Interview preset");
        preset.setConverter(Layouts.converter(InterviewSetup::describe));
        preset.setCellFactory(lv -> new PresetCell(setup));
        // No preset chosen means the fields were changed: the box says so instead of naming a preset.
        preset.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(InterviewPreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? InterviewSetup.CUSTOM : InterviewSetup.describe(item));
            }
        });
        preset.setPromptText(InterviewSetup.CUSTOM);
        preset.valueProperty().bindBidirectional(setup.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(preset, Priority.ALWAYS);
        Button savePreset = new Button("Save as preset\u2026");
        savePreset.setId("save-preset");
        savePreset.getStyleClass().add(Styles.FLAT);
        savePreset.setMinWidth(Region.USE_PREF_SIZE);
        savePreset.setOnAction(e -> dialogs.askPresetName("").ifPresent(vm::savePreset));
        HBox presetRow = new HBox(preset);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        HBox cardTitle = new HBox(8, Layouts.label("Your interview", "section-title"), Layouts.hSpacer(), savePreset);
        cardTitle.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> count = Layouts.spinner(setup.questionCountProperty(), InterviewConfig.MIN_QUESTIONS,
                InterviewConfig.MAX_QUESTIONS, 1, "question-count");
        count.setAccessibleText("Number of questions");
        count.disableProperty().bind(setup.loopProperty());
        ChoiceBox<QuestionSelection> selection = new ChoiceBox<>();
        selection.setId("selection");
        selection.setAccessibleText("How questions are chosen");
        // "The loop's own questions" is offered only while a loop is set up: it needs the loop's list.
        Runnable selections = () -> selection.getItems().setAll(java.util.Arrays.stream(QuestionSelection.values())
                .filter(q -> q != QuestionSelection.LOOP || setup.loopProperty().get()).toList());
        selections.run();
        setup.loopProperty().addListener((obs, was, is) -> selections.run());
        selection.disableProperty().bind(setup.loopProperty());
        selection.setConverter(Layouts.converter(QuestionSelection::displayName));
        selection.valueProperty().bindBidirectional(setup.selectionProperty());
        Spinner<Integer> prep = Layouts.spinner(setup.prepSecondsProperty(), 0, InterviewSetup.MAX_PREP_SECONDS, 15,
                "prep-seconds");
        prep.setAccessibleText("Thinking time in seconds");

        ToggleButton own = pill("Each question's own", Styles.LEFT_PILL, "target-own");
        ToggleButton fixed = pill("Fixed", Styles.RIGHT_PILL, "target-fixed");
        bindChoice(new ToggleGroup(), own, fixed, () -> setup.ownTargetProperty().get(),
                v -> setup.ownTargetProperty().set(v), setup.ownTargetProperty());
        Spinner<Integer> fixedSeconds = Layouts.spinner(setup.fixedTargetSecondsProperty(),
                InterviewSetup.MIN_TARGET_SECONDS, InterviewSetup.MAX_TARGET_SECONDS, 15, "target-seconds");
        fixedSeconds.setAccessibleText("Fixed answer time in seconds");
        fixedSeconds.disableProperty().bind(setup.ownTargetProperty());
        HBox target = new HBox(10, new HBox(own, fixed), fixedSeconds, Layouts.label("s", "muted"));
        target.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> followUps = Layouts.spinner(setup.followUpsProperty(), 0, InterviewConfig.MAX_FOLLOW_UPS, 1,
                "follow-ups");
        followUps.setAccessibleText("Follow-up questions per question");
        ToggleButton typed = pill("Typed", Styles.LEFT_PILL, "mode-typed");
        typed.setGraphic(new FontIcon(Feather.TYPE));
        ToggleButton spoken = pill("Spoken", Styles.RIGHT_PILL, "mode-spoken");
        spoken.setGraphic(new FontIcon(Feather.MIC));
        bindChoice(new ToggleGroup(), typed, spoken, () -> setup.modeProperty().get() == AnswerMode.TYPED,
                v -> setup.modeProperty().set(v ? AnswerMode.TYPED : AnswerMode.SPOKEN), setup.modeProperty());
        ToggleButton afterEach = pill("After each question", Styles.LEFT_PILL, "scoring-after-each");
        ToggleButton atEnd = pill("At the end", Styles.RIGHT_PILL, "scoring-at-end");
        bindChoice(new ToggleGroup(), afterEach, atEnd, () -> setup.scoringProperty().get() == ScoringTiming.AFTER_EACH,
                v -> setup.scoringProperty().set(v ? ScoringTiming.AFTER_EACH : ScoringTiming.AT_END),
                setup.scoringProperty());

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(14);
        int row = 0;
        form.addRow(row++, formLabel("Preset"), presetRow);
        form.addRow(row++, formLabel("Questions"), count);
        form.addRow(row++, formLabel("Questions from"), selection);
        form.addRow(row++, formLabel("Thinking time"), withUnit(prep, "seconds before each answer (0 = none)"));
        form.addRow(row++, formLabel("Answer target"), target);
        form.addRow(row++, formLabel("Follow-up probes"), withUnit(followUps, setup.followUpTimeTextProperty()));
        form.addRow(row++, formLabel("Answer"), new HBox(typed, spoken));
        form.addRow(row, formLabel("Score"), new HBox(afterEach, atEnd));
        GridPane.setHgrow(presetRow, Priority.ALWAYS);

        Label planned = Layouts.wrapping("", "planned");
        planned.setId("planned");
        planned.textProperty().bind(setup.plannedTextProperty());
        FontIcon clockIcon = new FontIcon(Feather.CLOCK);
        HBox plannedRow = new HBox(10, clockIcon, planned);
        plannedRow.setAlignment(Pos.CENTER_LEFT);

        Button start = new Button("Start interview", new FontIcon(Feather.PLAY));
        start.setId("start-interview");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setMaxWidth(Double.MAX_VALUE);
        start.disableProperty().bind(vm.startingProperty().or(setup.availableProperty().isEqualTo(0)));
        start.setOnAction(e -> vm.start());
        Label hint = Layouts.wrapping("Ctrl+Enter starts · during the interview: Ctrl+Enter next, Ctrl+P pause",
                "kbd-hint");

        VBox card = Layouts.card(cardTitle, form, plannedRow, start, hint);
        card.setSpacing(16);
        return card;
    }

    private Node banksCard() {
        ListView<BankChoice> list = new ListView<>(setup.banks());
        list.setId("bank-options");
        list.setAccessibleText("Question banks for the interview");
        list.setCellFactory(lv -> new BankChoiceCell());
        list.setPrefHeight(250); // names wrap in this column: room for four or five banks
        list.setMinHeight(120);
        Label hint = Layouts.wrapping("Tick banks to draw from only those; none ticked means all banks.", "muted");
        javafx.scene.layout.FlowPane filterBar = org.emdrill.ui.common.KindLevelFilter.bar(setup.filter(), "interview");
        // The per-bank counts follow the kind and level.
        setup.filter().kindProperty().addListener((obs, was, is) -> list.refresh());
        setup.filter().levelProperty().addListener((obs, was, is) -> list.refresh());
        Label loopNote = Layouts.wrapping("An interview loop asks its own questions, whatever the banks, kind and "
                + "level say.", "muted");
        loopNote.setId("loop-note");
        loopNote.visibleProperty().bind(setup.loopProperty());
        loopNote.managedProperty().bind(setup.loopProperty());
        for (Node n : List.of(list, filterBar, hint)) {
            n.disableProperty().bind(setup.loopProperty());
        }
        return Layouts.card(Layouts.label("Question banks", "section-title"), filterBar, list, hint, loopNote);
    }

    private Node askCard() {
        Button open = new Button("Questions to ask your interviewer", new FontIcon(Feather.MESSAGE_CIRCLE));
        open.setId("open-ask");
        open.getStyleClass().add(Styles.FLAT);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setAlignment(Pos.CENTER_LEFT);
        // In the narrow column the title wraps rather than ending in "…".
        open.setWrapText(true);
        open.setMinHeight(Region.USE_PREF_SIZE);
        open.setOnAction(e -> vm.ask().show());
        Label hint = Layouts.wrapping("A real loop ends with yours: have two or three ready.", "muted");
        return Layouts.card(open, hint);
    }

    private Node pastCard() {
        VBox list = new VBox(6);
        list.setId("past-interviews");
        Label empty = Layouts.wrapping("No mock interviews yet \u2014 finish one and it shows up here.", "muted");
        Runnable render = () -> {
            list.getChildren().clear();
            if (vm.pastInterviews().isEmpty()) {
                list.getChildren().add(empty);
            }
            int i = 0;
            for (PastInterview p : vm.pastInterviews()) {
                Label when = Layouts.label(p.when(), "past-when");
                Label what = Layouts.wrapping(p.describe(), "muted"); // whole in the narrow column
                VBox text = new VBox(2, when, what);
                Button open = new Button(null, text);
                open.setId("past-" + i++);
                open.setAccessibleText("Open the interview of " + p.when() + ": " + p.describe());
                open.getStyleClass().addAll(Styles.FLAT, "past-interview");
                open.setMaxWidth(Double.MAX_VALUE);
                open.setAlignment(Pos.CENTER_LEFT);
                open.setOnAction(e -> vm.openPast(p));
                list.getChildren().add(open);
            }
        };
        vm.pastInterviews().addListener((ListChangeListener<PastInterview>) c -> render.run());
        render.run();
        return Layouts.card(Layouts.label("Past mock interviews", "section-title"), list);
    }

    private static ToggleButton pill(String text, String pillClass, String id) {
        ToggleButton b = new ToggleButton(text);
        b.getStyleClass().add(pillClass);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Two pills that always show the model's choice; clicking the chosen one keeps it chosen. */
    private static void bindChoice(ToggleGroup group, ToggleButton first, ToggleButton second,
            java.util.function.BooleanSupplier firstChosen, Consumer<Boolean> choose,
            javafx.beans.Observable model) {
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        Runnable sync = () -> group.selectToggle(firstChosen.getAsBoolean() ? first : second);
        sync.run();
        model.addListener(o -> sync.run());
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                sync.run();
            } else {
                choose.accept(is == first);
            }
        });
    }

    private static Node withUnit(Node control, javafx.beans.value.ObservableStringValue unit) {
        Node box = withUnit(control, unit.get());
        Label l = (Label) ((HBox) box).getChildren().get(1);
        l.setId("follow-up-time");
        l.textProperty().bind(unit);
        return box;
    }

    private static Node withUnit(Node control, String unit) {
        Label l = Layouts.wrapping(unit, "muted");
        HBox box = new HBox(10, control, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label formLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
