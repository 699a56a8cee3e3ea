package org.emdrill.ui.practice;

import org.emdrill.ui.common.BankChoice;
import org.emdrill.ui.common.DimensionScore;
import org.emdrill.ui.common.LevelPicker;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.QuestionOrder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Practice screen: a set-up card, then one question at a time with its timer, the answer and the
 * scoring card. Only layout and bindings here; every action is a call into the view model.
 */
public final class PracticeView extends StackPane {

    static final KeyCombination PRIMARY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SKIP_PREP = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final PracticeViewModel vm;
    private Node followUpsCard;
    private TextArea answerArea;
    private TextArea jotArea;

    public PracticeView(PracticeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("practice-view");
        Node setup = setupPane();
        Node session = sessionPane();
        setup.visibleProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SETUP));
        session.visibleProperty().bind(setup.visibleProperty().not());
        getChildren().addAll(setup, session);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Autosave also when the window loses focus or closes, not only after typing pauses.
        sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, was, focused) -> {
                            if (!focused) {
                                vm.flushDraft();
                            }
                        });
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> vm.flushDraft());
                    }
                });
            }
        });
    }

    private void onKey(KeyEvent e) {
        if (vm.stageProperty().get() == PracticeStage.SETUP) {
            if (PRIMARY.match(e)) {
                vm.startPractice();
                e.consume();
            }
            return;
        }
        if (PRIMARY.match(e)) {
            vm.primaryAction();
        } else if (PAUSE.match(e)) {
            vm.togglePause();
        } else if (NEXT.match(e)) {
            if (vm.stageProperty().get() != PracticeStage.RUNNING && vm.stageProperty().get() != PracticeStage.SCORING) {
                vm.nextQuestion();
            }
        } else if (SKIP_PREP.match(e)) {
            vm.skipPrep();
        } else if (SAVE.match(e)) {
            vm.save();
        } else {
            return;
        }
        e.consume();
    }

    // ---------------------------------------------------------------- set-up

    private Node setupPane() {
        Label title = new Label("Practice");
        title.getStyleClass().add("screen-title");
        Label intro = new Label("Pick the banks to draw questions from, then answer them one at a time "
                + "as you would in the interview.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        Label banksTitle = new Label("Question banks");
        banksTitle.getStyleClass().add("section-title");
        ListView<BankChoice> bankList = new ListView<>(vm.banks());
        bankList.setId("bank-choices");
        bankList.setCellFactory(CheckBoxListCell.forListView(BankChoice::selectedProperty));
        bankList.setPrefHeight(360);
        VBox.setVgrow(bankList, Priority.ALWAYS);
        Button all = new Button("Select all");
        all.getStyleClass().add(Styles.FLAT);
        all.setOnAction(e -> vm.selectAllBanks(true));
        Button none = new Button("Select none");
        none.getStyleClass().add(Styles.FLAT);
        none.setOnAction(e -> vm.selectAllBanks(false));
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.format("%d questions selected", vm.selectedQuestionCountProperty()));
        HBox bankTools = new HBox(8, all, none, spacer(), count);
        bankTools.setAlignment(Pos.CENTER_LEFT);
        VBox banksCard = new VBox(10, banksTitle, bankList, bankTools);
        banksCard.getStyleClass().add("card");
        HBox.setHgrow(banksCard, Priority.ALWAYS);

        Label optionsTitle = new Label("How to practise");
        optionsTitle.getStyleClass().add("section-title");
        ChoiceBox<QuestionOrder> orderBox = new ChoiceBox<>();
        orderBox.setId("order");
        orderBox.getItems().setAll(QuestionOrder.values());
        orderBox.setConverter(converter(QuestionOrder::displayName));
        orderBox.valueProperty().bindBidirectional(vm.orderProperty());
        orderBox.setMaxWidth(Double.MAX_VALUE);

        HBox modeButtons = modeToggle();

        Spinner<Integer> prep = new Spinner<>(0, 300, vm.prepSecondsProperty().get(), 5);
        prep.setId("prep-seconds");
        prep.setEditable(true);
        prep.getValueFactory().valueProperty().addListener((obs, was, is) -> {
            if (is != null) {
                vm.prepSecondsProperty().set(is);
            }
        });
        vm.prepSecondsProperty().addListener((obs, was, is) -> prep.getValueFactory().setValue(is.intValue()));
        prep.setMaxWidth(Double.MAX_VALUE);
        Label prepHint = new Label("0 = start answering at once");
        prepHint.getStyleClass().add("kbd-hint");

        GridPane form = new GridPane();
        form.setHgap(14);
        form.setVgap(14);
        form.addRow(0, formLabel("Order"), orderBox);
        form.addRow(1, formLabel("Answer"), modeButtons);
        form.addRow(2, formLabel("Prep time (s)"), new VBox(4, prep, prepHint));

        Button start = new Button("Start practice", new FontIcon(Feather.PLAY));
        start.setId("start-practice");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setDefaultButton(false);
        start.setMaxWidth(Double.MAX_VALUE);
        start.disableProperty().bind(vm.selectedQuestionCountProperty().isEqualTo(0));
        start.setOnAction(e -> vm.startPractice());
        Label startHint = new Label("Ctrl+Enter starts and stops answers · Ctrl+P pauses · Ctrl+N next question");
        startHint.getStyleClass().add("kbd-hint");
        startHint.setWrapText(true);

        VBox optionsCard = new VBox(14, optionsTitle, form, spacerV(), start, startHint);
        optionsCard.getStyleClass().add("card");
        optionsCard.setPrefWidth(360);
        optionsCard.setMinWidth(320);

        HBox cards = new HBox(18, banksCard, optionsCard);
        VBox.setVgrow(cards, Priority.ALWAYS);
        Label status = statusLabel();
        VBox box = new VBox(14, title, intro, resumeCard(), todayCard(), cards, status);
        box.getStyleClass().add("screen");
        return box;
    }

    private Node resumeCard() {
        FontIcon icon = new FontIcon(Feather.EDIT_3);
        icon.setIconSize(22);
        Label heading = new Label("You have an unfinished answer");
        heading.getStyleClass().add("section-title");
        Label detail = new Label();
        detail.setId("draft-detail");
        detail.setWrapText(true);
        detail.getStyleClass().add("muted");
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = vm.pendingDraftProperty().get();
            if (d == null) {
                return "";
            }
            String words = org.emdrill.practice.WordCounter.count(d.answerText()) + " words";
            return "\u201c" + d.prompt() + "\u201d · " + words + " · last saved "
                    + org.emdrill.ui.common.Formats.dateTime(d.savedAt());
        }, vm.pendingDraftProperty()));
        VBox text = new VBox(4, heading, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button resume = new Button("Resume", new FontIcon(Feather.PLAY));
        resume.setId("resume-draft");
        resume.getStyleClass().add(Styles.ACCENT);
        resume.setOnAction(e -> vm.resumeDraft());
        Button discard = new Button("Discard");
        discard.setId("discard-draft");
        discard.getStyleClass().add(Styles.DANGER);
        discard.setOnAction(e -> vm.discardDraft());
        resume.setMinWidth(Region.USE_PREF_SIZE);
        discard.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(14, icon, text, resume, discard);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().addAll("card", "resume-card");
        card.visibleProperty().bind(vm.pendingDraftProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** Spaced practice: what is due today, and the weakest dimension, each one click away. */
    private Node todayCard() {
        FontIcon icon = new FontIcon(Feather.CALENDAR);
        icon.setIconSize(22);
        Label heading = new Label("Today");
        heading.getStyleClass().add("section-title");
        Label plan = new Label();
        plan.setId("today-plan");
        plan.getStyleClass().add("muted");
        plan.setWrapText(true);
        plan.textProperty().bind(Bindings.createStringBinding(() -> {
            var o = vm.overviewProperty().get();
            if (o == null) {
                return "Working out what is due…";
            }
            var w = o.weakest();
            String weakest = w.average().isPresent()
                    ? "Weakest so far: " + w.dimension().displayName() + String.format(java.util.Locale.ROOT,
                            " (%.1f)", w.average().getAsDouble())
                    : "Not scored yet: " + w.dimension().displayName();
            return o.plan().summary() + " · " + weakest;
        }, vm.overviewProperty()));
        VBox text = new VBox(4, heading, plan);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button due = new Button("Practise due questions", new FontIcon(Feather.REPEAT));
        due.setId("practise-due");
        due.getStyleClass().add(Styles.ACCENT);
        due.setMinWidth(Region.USE_PREF_SIZE);
        due.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.overviewProperty().get() == null
                || vm.overviewProperty().get().plan().queue().isEmpty(), vm.overviewProperty()));
        due.setOnAction(e -> vm.practiseDue());
        Button weakest = new Button("Practise my weakest dimension", new FontIcon(Feather.TARGET));
        weakest.setId("practise-weakest");
        weakest.setMinWidth(Region.USE_PREF_SIZE);
        weakest.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.overviewProperty().get() == null
                || vm.overviewProperty().get().weakest().questions().isEmpty(), vm.overviewProperty()));
        weakest.setOnAction(e -> vm.practiseWeakest());
        HBox card = new HBox(14, icon, text, due, weakest);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("card");
        return card;
    }

    private HBox modeToggle() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton typed = new ToggleButton("Typed", new FontIcon(Feather.TYPE));
        typed.setId("mode-typed");
        ToggleButton spoken = new ToggleButton("Spoken", new FontIcon(Feather.MIC));
        spoken.setId("mode-spoken");
        typed.getStyleClass().add(Styles.LEFT_PILL);
        spoken.getStyleClass().add(Styles.RIGHT_PILL);
        typed.setToggleGroup(group);
        spoken.setToggleGroup(group);
        Runnable sync = () -> group.selectToggle(vm.modeProperty().get() == AnswerMode.SPOKEN ? spoken : typed);
        sync.run();
        vm.modeProperty().addListener((obs, was, is) -> sync.run());
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                sync.run();
            } else {
                vm.modeProperty().set(is == spoken ? AnswerMode.SPOKEN : AnswerMode.TYPED);
            }
        });
        return new HBox(0, typed, spoken);
    }

    // ---------------------------------------------------------------- one question

    private Node sessionPane() {
        Label bank = new Label();
        bank.getStyleClass().add("section-title");
        bank.textProperty().bind(vm.bankTitleProperty());
        Label progress = new Label();
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(vm.progressTextProperty());
        Button end = new Button("End practice", new FontIcon(Feather.X));
        end.setId("end-practice");
        end.getStyleClass().add(Styles.FLAT);
        end.setOnAction(e -> vm.endPractice());
        end.disableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.RUNNING));
        HBox header = new HBox(12, bank, progress, spacer(), end);
        header.setAlignment(Pos.CENTER_LEFT);

        Label prompt = new Label();
        prompt.setId("prompt");
        prompt.getStyleClass().add("prompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(vm.promptProperty());
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        Label target = new Label();
        target.getStyleClass().add("muted");
        target.textProperty().bind(vm.targetTextProperty());
        VBox promptCard = new VBox(10, prompt, target);
        promptCard.getStyleClass().add("card");

        Node answer = answerCard();
        followUpsCard = followUpsCard();
        VBox content = new VBox(16, header, promptCard, timerCard(), answer, followUpsCard, scoringCard());
        content.getStyleClass().add("screen");
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        vm.stageProperty().addListener((obs, was, is) -> {
            if (is == PracticeStage.SCORING) {
                // Bring the follow-ups and the scoring card into view once the answer is over.
                javafx.application.Platform.runLater(() -> {
                    scroll.applyCss();
                    scroll.layout();
                    scrollTo(scroll, content, followUpsCard);
                });
            } else if (is == PracticeStage.READY) {
                scroll.setVvalue(0);
            } else if (is == PracticeStage.RUNNING) {
                (vm.modeProperty().get() == AnswerMode.TYPED ? answerArea : jotArea).requestFocus();
            }
        });
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane pane = new BorderPane(scroll);
        pane.setBottom(statusBar());
        return pane;
    }

    private Node timerCard() {
        Label timer = new Label();
        timer.setId("timer");
        timer.getStyleClass().add("timer");
        timer.textProperty().bind(vm.timerTextProperty());
        vm.overTargetProperty().addListener((obs, was, is) -> toggleClass(timer, "over-target", is));
        vm.inPrepProperty().addListener((obs, was, is) -> toggleClass(timer, "prep", is));
        Label caption = new Label();
        caption.setId("timer-caption");
        caption.getStyleClass().add("phase-label");
        caption.textProperty().bind(vm.timerCaptionProperty());
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("target-progress");
        bar.progressProperty().bind(vm.targetProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        vm.overTargetProperty().addListener((obs, was, is) -> toggleClass(bar, "over-target", is));
        VBox readout = new VBox(4, timer, caption, bar);
        HBox.setHgrow(readout, Priority.ALWAYS);

        Button primary = new Button();
        primary.setId("primary-action");
        primary.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        primary.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stageProperty().get()) {
            case RUNNING -> "Stop answer";
            case SCORING -> "Save attempt";
            case SAVED -> "Next question";
            default -> "Start answer";
        }, vm.stageProperty()));
        primary.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(switch (vm.stageProperty().get()) {
            case RUNNING -> Feather.SQUARE;
            case SCORING -> Feather.CHECK;
            case SAVED -> Feather.SKIP_FORWARD;
            default -> Feather.PLAY;
        }), vm.stageProperty()));
        primary.disableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SCORING).and(vm.canSaveProperty().not()));
        primary.setOnAction(e -> vm.primaryAction());

        Button pause = new Button();
        pause.setId("pause");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(vm.pausedProperty().get() ? Feather.PLAY : Feather.PAUSE), vm.pausedProperty()));
        pause.disableProperty().bind(vm.stageProperty().isNotEqualTo(PracticeStage.RUNNING));
        pause.setOnAction(e -> vm.togglePause());

        Button skipPrep = new Button("Skip prep", new FontIcon(Feather.FAST_FORWARD));
        skipPrep.setId("skip-prep");
        skipPrep.disableProperty().bind(vm.inPrepProperty().not());
        skipPrep.setOnAction(e -> vm.skipPrep());

        Button skipQuestion = new Button("Skip question");
        skipQuestion.setId("skip-question");
        skipQuestion.getStyleClass().add(Styles.FLAT);
        skipQuestion.visibleProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.READY));
        skipQuestion.managedProperty().bind(skipQuestion.visibleProperty());
        skipQuestion.setOnAction(e -> vm.nextQuestion());

        HBox buttons = new HBox(10, primary, pause, skipPrep, skipQuestion);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label keys = new Label("Ctrl+Enter start/stop · Ctrl+P pause · Ctrl+K skip prep · Ctrl+N next");
        keys.getStyleClass().add("kbd-hint");
        VBox controls = new VBox(8, buttons, keys);
        controls.setAlignment(Pos.CENTER_RIGHT);

        HBox card = new HBox(24, readout, controls);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("card");
        return card;
    }

    private Node answerCard() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(AnswerMode.SPOKEN))
                .then("Speak your answer aloud · jot notes here if it helps").otherwise("Your answer"));

        TextArea answer = new TextArea();
        answerArea = answer;
        answer.setId("answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(10);
        answer.setPromptText("Type your answer here. Situation, task, action, result, and what you learned.");
        answer.textProperty().bindBidirectional(vm.answerTextProperty());
        Label words = new Label();
        words.setId("word-count");
        words.getStyleClass().add("muted");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> vm.wordCountProperty().get() == 1 ? "1 word" : vm.wordCountProperty().get() + " words",
                vm.wordCountProperty()));
        VBox typed = new VBox(6, answer, words);

        TextArea jot = new TextArea();
        jotArea = jot;
        jot.setId("spoken-notes");
        jot.setWrapText(true);
        jot.setPrefRowCount(5);
        jot.setPromptText("Notes while you speak (optional)");
        jot.textProperty().bindBidirectional(vm.notesProperty());

        typed.visibleProperty().bind(vm.modeProperty().isEqualTo(AnswerMode.TYPED));
        typed.managedProperty().bind(typed.visibleProperty());
        jot.visibleProperty().bind(typed.visibleProperty().not());
        jot.managedProperty().bind(jot.visibleProperty());
        // Typing is possible once the question is shown, but the saved attempt is fixed.
        answer.editableProperty().bind(vm.stageProperty().isNotEqualTo(PracticeStage.SAVED));
        jot.editableProperty().bind(answer.editableProperty());

        VBox card = new VBox(10, title, typed, jot);
        card.getStyleClass().add("card");
        return card;
    }

    private Node followUpsCard() {
        Label title = new Label("The interviewer would follow up with");
        title.getStyleClass().add("section-title");
        VBox list = new VBox(6);
        Runnable render = () -> {
            list.getChildren().clear();
            for (String f : vm.followUps()) {
                Label l = new Label("•  " + f);
                l.getStyleClass().add("follow-up");
                l.setWrapText(true);
                list.getChildren().add(l);
            }
        };
        vm.followUps().addListener((javafx.collections.ListChangeListener<String>) c -> render.run());
        render.run();
        Label hint = new Label("Think how you would answer each; they often reveal what the first answer missed.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox card = new VBox(10, title, list, hint);
        card.setId("follow-ups");
        card.getStyleClass().add("card");
        card.visibleProperty().bind(vm.answerOverBinding());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node scoringCard() {
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
        HBox footer = new HBox(16, overallBox, missing, spacer(), discard, save);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(missing, Priority.SOMETIMES);

        VBox card = new VBox(12, title, help, rows, starTitle, starBoxes, notesTitle, notes, footer);
        card.setId("scoring");
        card.getStyleClass().add("card");
        card.visibleProperty().bind(vm.answerOverBinding());
        card.managedProperty().bind(card.visibleProperty());
        card.disableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SAVED));
        return card;
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

    private Node statusBar() {
        Label status = statusLabel();
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(6, 28, 10, 28));
        bar.visibleProperty().bind(status.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Label statusLabel() {
        Label status = new Label();
        status.getStyleClass().add("status");
        status.textProperty().bind(vm.statusTextProperty());
        status.setWrapText(true);
        return status;
    }

    private static void scrollTo(ScrollPane scroll, Region content, Node target) {
        double contentHeight = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (contentHeight > 0) {
            double y = target.getBoundsInParent().getMinY() - 16;
            scroll.setVvalue(Math.max(0, Math.min(1, y / contentHeight)));
        }
    }

    private static void toggleClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private static Label formLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static Region spacerV() {
        Region r = new Region();
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
