package org.emdrill.ui.practice;

import org.emdrill.ui.common.BankChoice;
import org.emdrill.ui.common.BankChoiceCell;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.QuestionOrder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.ui.common.Layouts;

/** The Practice screen before a question: unfinished answer, today's spaced practice, banks and options. */
final class PracticeSetupPane extends VBox {

    private final PracticeViewModel vm;

    PracticeSetupPane(PracticeViewModel vm) {
        super(14);
        this.vm = vm;
        getStyleClass().add("screen");
        build();
    }

    private void build() {
        Label title = new Label("Practice");
        title.getStyleClass().add("screen-title");
        Label intro = new Label("Pick the banks to draw questions from, then answer them one at a time "
                + "as you would in the interview.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Label banksTitle = new Label("Question banks");
        banksTitle.getStyleClass().add("section-title");
        banksTitle.setMinWidth(Region.USE_PREF_SIZE);
        ListView<BankChoice> bankList = new ListView<>(vm.choices().banks());
        bankList.setId("bank-choices");
        bankList.setAccessibleText("Question banks to practise from");
        bankList.setCellFactory(lv -> new BankChoiceCell());
        bankList.setPrefHeight(360);
        bankList.setMinHeight(150);
        VBox.setVgrow(bankList, Priority.ALWAYS);
        Button all = new Button("Select all");
        all.getStyleClass().add(Styles.FLAT);
        all.setOnAction(e -> vm.choices().selectAllBanks(true));
        Button none = new Button("Select none");
        none.getStyleClass().add(Styles.FLAT);
        none.setOnAction(e -> vm.choices().selectAllBanks(false));
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.setId("practice-question-count");
        count.textProperty().bind(vm.choices().countTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);
        none.setMinWidth(Region.USE_PREF_SIZE);
        // The count sits beside the title, so the buttons' row stays narrow enough for large text.
        HBox banksHeading = new HBox(8, banksTitle, Layouts.hSpacer(), count);
        banksHeading.setAlignment(Pos.BASELINE_LEFT);
        HBox bankTools = new HBox(8, all, none);
        bankTools.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane filterBar = org.emdrill.ui.common.KindLevelFilter.bar(vm.choices().filter(), "practice");
        // The per-bank counts follow the kind and level.
        vm.choices().selectedQuestionCountProperty().addListener((obs, was, is) -> bankList.refresh());
        vm.choices().filter().kindProperty().addListener((obs, was, is) -> bankList.refresh());
        vm.choices().filter().levelProperty().addListener((obs, was, is) -> bankList.refresh());
        VBox banksCard = new VBox(10, banksHeading, filterBar, bankList, bankTools);
        banksCard.getStyleClass().add("card");
        HBox.setHgrow(banksCard, Priority.ALWAYS);

        Label optionsTitle = new Label("How to practise");
        optionsTitle.getStyleClass().add("section-title");
        ChoiceBox<QuestionOrder> orderBox = new ChoiceBox<>();
        orderBox.setId("order");
        orderBox.setAccessibleText("Question order");
        orderBox.getItems().setAll(QuestionOrder.values());
        orderBox.setConverter(Layouts.converter(QuestionOrder::displayName));
        orderBox.valueProperty().bindBidirectional(vm.choices().orderProperty());
        orderBox.setMaxWidth(Double.MAX_VALUE);

        HBox modeButtons = modeToggle();

        Spinner<Integer> prep = new Spinner<>(0, 300, vm.choices().prepSecondsProperty().get(), 5);
        prep.setId("prep-seconds");
        prep.setAccessibleText("Prep time in seconds");
        prep.setEditable(true);
        prep.getValueFactory().valueProperty().addListener((obs, was, is) -> {
            if (is != null) {
                vm.choices().prepSecondsProperty().set(is);
            }
        });
        vm.choices().prepSecondsProperty().addListener((obs, was, is) -> prep.getValueFactory().setValue(is.intValue()));
        prep.setMaxWidth(Double.MAX_VALUE);
        Label prepHint = new Label("0 = start answering at once");
        prepHint.getStyleClass().add("kbd-hint");
        prepHint.setWrapText(true);
        prepHint.setMinHeight(Region.USE_PREF_SIZE);

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
        start.disableProperty().bind(vm.choices().selectedQuestionCountProperty().isEqualTo(0)
                .or(vm.cannotSaveProperty().isNotEmpty()));
        start.setOnAction(e -> vm.startPractice());
        Label startHint = new Label();
        startHint.setId("start-hint"); // read-only history: why Start is off, instead of the keys
        startHint.textProperty().bind(Bindings.when(vm.cannotSaveProperty().isEmpty())
                .then("Ctrl+Enter starts and stops answers · Ctrl+P pauses · Ctrl+N next question")
                .otherwise(vm.cannotSaveProperty()));
        startHint.getStyleClass().add("kbd-hint");
        startHint.setWrapText(true);
        startHint.setMinHeight(Region.USE_PREF_SIZE);

        VBox optionsCard = new VBox(14, optionsTitle, form, spacerV(), start, startHint);
        optionsCard.getStyleClass().add("card");
        // In em, so the card grows with the text size (Settings) instead of pushing its fields past its edge.
        optionsCard.setStyle("-fx-pref-width: 25.71em; -fx-min-width: 21.43em;");

        HBox cards = new HBox(18, banksCard, optionsCard);
        VBox.setVgrow(cards, Priority.ALWAYS);
        Label status = PracticeView.statusLabel(vm);
        getChildren().addAll(title, intro, resumeCard(), todayCard(), cards, status);
    }

    private Node resumeCard() {
        return org.emdrill.ui.common.ResumeCard.of(Feather.EDIT_3,
                new javafx.beans.property.SimpleStringProperty("You have an unfinished answer"),
                Bindings.createStringBinding(() -> vm.pendingDraftProperty().get() == null ? ""
                        : PendingDraftText.of(vm.pendingDraftProperty().get()), vm.pendingDraftProperty()),
                "draft", vm::resumeDraft, vm::discardDraft,
                vm.pendingDraftProperty().isNotNull());
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
            var o = vm.todaysPlan().overviewProperty().get();
            if (o == null) {
                return "Working out what is due…";
            }
            String weakest = TodaysPlan.weakestLine(o.weakest());
            int leeches = o.plan().leeches().size();
            // Questions that keep failing ("leeches" in SM-2) deserve a different approach, not more repeats.
            String slipping = leeches == 0 ? ""
                    : " · " + leeches + (leeches == 1 ? " question keeps" : " questions keep") + " slipping";
            // Spaced review follows every question answered, so it draws on all banks, not the ticked ones.
            return "From all your banks: " + o.plan().summary() + slipping + " · " + weakest;
        }, vm.todaysPlan().overviewProperty()));
        VBox text = new VBox(4, heading, plan);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button due = new Button("Practise due questions", new FontIcon(Feather.REPEAT));
        due.setId("practise-due");
        due.setMinWidth(Region.USE_PREF_SIZE);
        due.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.todaysPlan().overviewProperty().get() == null
                || vm.todaysPlan().overviewProperty().get().plan().queue().isEmpty(), vm.todaysPlan().overviewProperty()));
        due.setOnAction(e -> vm.todaysPlan().practiseDue());
        Button weakest = new Button("Practise my weakest dimension", new FontIcon(Feather.TARGET));
        weakest.setId("practise-weakest");
        weakest.setMinWidth(Region.USE_PREF_SIZE);
        weakest.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.todaysPlan().overviewProperty().get() == null
                || vm.todaysPlan().overviewProperty().get().weakest().questions().isEmpty(), vm.todaysPlan().overviewProperty()));
        weakest.setOnAction(e -> vm.todaysPlan().practiseWeakest());
        // The main button only while something is due; otherwise it says what it starts instead.
        java.util.function.Consumer<org.emdrill.insights.SpacedPractice.Overview> label = o -> {
            if (o != null) {
                due.setText(TodaysPlan.startLabel(o.plan()));
                weakest.setText(TodaysPlan.weakestButton(o.weakest()));
                due.getStyleClass().remove(Styles.ACCENT);
                if (o.plan().dueCount() > 0) {
                    due.getStyleClass().add(Styles.ACCENT);
                }
            }
        };
        vm.todaysPlan().overviewProperty().addListener((obs, was, o) -> label.accept(o));
        label.accept(vm.todaysPlan().overviewProperty().get());
        // Buttons wrap under the text in a narrow window instead of squeezing it.
        FlowPane buttons = new FlowPane(10, 8, due, weakest);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPrefWrapLength(500);
        plan.setMinWidth(200);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        HBox card = new HBox(14, icon, text, buttons);
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
        typed.setMinWidth(Region.USE_PREF_SIZE);
        spoken.setMinWidth(Region.USE_PREF_SIZE);
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

    private static Label formLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region spacerV() {
        Region r = new Region();
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

}
