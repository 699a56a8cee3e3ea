package org.emdrill.ui.progress;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Progress screen: what to work on next, then the charts (scores over time, strengths, banks by
 * dimension, time against target, the practice calendar, typed-answer analytics) as a scrolling page
 * of cards that arrange themselves in one or two columns by width.
 */
public final class ProgressView extends BorderPane {

    private static final String CSS = Objects.requireNonNull(
            ProgressView.class.getResource("/org/emdrill/ui/progress/progress.css")).toExternalForm();

    private final ProgressViewModel model;
    private final FocusCards focus;
    private final TrendCard trend = new TrendCard();
    private final RadarCard radar = new RadarCard();
    private final HeatMapCard heatMap = new HeatMapCard();
    private final TimeCard time = new TimeCard();
    private final CalendarCard calendar = new CalendarCard();
    private final TypedAnswersCard typed = new TypedAnswersCard();
    private final DeliveryCard delivery = new DeliveryCard();

    private final StoriesCard stories;
    private final org.emdrill.ui.practice.TodaysPlan today;

    public ProgressView(ProgressViewModel model) {
        this(model, null, null, null);
    }

    /** With the spoken-delivery card below the typed-answer analytics, when {@code deliveryModel} is given. */
    public ProgressView(ProgressViewModel model, DeliveryTrendModel deliveryModel) {
        this(model, deliveryModel, null, null);
    }

    /**
     * @param stories the "Stories" card's data, shown at the end of the page; null leaves the card out
     * @param today   Practice's plan for today, which the empty page offers to start; null offers only the hint
     */
    public ProgressView(ProgressViewModel model, DeliveryTrendModel deliveryModel, StoriesCardModel stories,
            org.emdrill.ui.practice.TodaysPlan today) {
        this.model = Objects.requireNonNull(model, "model");
        this.today = today;
        this.stories = stories == null ? null : new StoriesCard(stories);
        this.focus = new FocusCards(model);
        setId("progress-view");
        getStylesheets().add(CSS);
        getStyleClass().addAll(Styles.SCREEN, "progress-screen");

        setTop(header());
        StackPane center = new StackPane(page(deliveryModel != null), emptyState(), loadingState());
        BorderPane.setMargin(center, new Insets(16, 0, 0, 0));
        setCenter(center);

        model.snapshotProperty().addListener((obs, old, snapshot) -> {
            if (snapshot != null) {
                show(snapshot);
            }
        });
        model.typedMonthsProperty().addListener((obs, old, months) -> typed.show(months));
        // The app prepares the statistics in the background before the screen is first opened; draw those
        // at once, and only compute here when nobody has yet.
        if (model.snapshotProperty().get() != null) {
            show(model.snapshotProperty().get());
            if (model.typedMonthsProperty().get() != null) {
                typed.show(model.typedMonthsProperty().get());
            }
        } else if (!model.loadingProperty().get()) {
            model.refresh();
        }
        if (deliveryModel != null) {
            deliveryModel.trendProperty().addListener((obs, old, t) -> delivery.show(t, deliveryModel.zone()));
            if (deliveryModel.trendProperty().get() != null) {
                delivery.show(deliveryModel.trendProperty().get(), deliveryModel.zone());
            } else {
                deliveryModel.refresh();
            }
        }
    }

    private void show(ProgressSnapshot s) {
        focus.show(s);
        trend.show(s.report().trends(), model.zone());
        radar.show(s.report().radar());
        heatMap.show(s.report().heatMap());
        time.show(s.report().time(), model.zone());
        calendar.show(s.report().calendar(), s.today());
    }

    private Node header() {
        Label title = new Label("Progress");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label summary = new Label();
        summary.setId("progress-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(model.summaryProperty());
        return new VBox(2, title, summary);
    }

    private Node page(boolean withDelivery) {
        Label error = new Label();
        error.setId("progress-error");
        error.getStyleClass().add("progress-error");
        error.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label focusTitle = new Label("What to work on");
        focusTitle.getStyleClass().addAll(Styles.SECTION_TITLE, "page-section");
        Label chartsTitle = new Label("How you are doing");
        chartsTitle.getStyleClass().addAll(Styles.SECTION_TITLE, "page-section");

        VBox content = new VBox(14, error, focusTitle, focus, chartsTitle, trend,
                new ResponsiveColumns(440, 2, 16, radar, time),
                heatMap,
                new ResponsiveColumns(440, 2, 16, calendar, typed));
        if (withDelivery) {
            content.getChildren().add(delivery);
        }
        if (stories != null) {
            content.getChildren().add(stories);
        }
        content.getStyleClass().add("progress-page");
        VBox.setMargin(chartsTitle, new Insets(10, 0, 0, 0));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("progress-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("progress-scroll", "edge-to-edge");
        scroll.visibleProperty().bind(model.snapshotProperty().isNotNull().and(model.emptyProperty().not()));
        return scroll;
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.TRENDING_UP);
        icon.getStyleClass().add("empty-icon");
        Label heading = new Label("Your progress shows up here");
        heading.getStyleClass().add("empty-heading");
        heading.setWrapText(true); // whole words on a narrow window or with large text
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label text = new Label();
        text.getStyleClass().addAll(Styles.MUTED, "empty-text");
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.snapshotProperty().get() == null
                ? "" : emptyText(model.snapshotProperty().get().attemptCount()), model.snapshotProperty()));
        Label hint = new Label("Open Practice in the sidebar (Ctrl+1) to answer a question.");
        hint.getStyleClass().add("kbd-hint");
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(10, icon, heading, text);
        if (today != null) {
            Node start = startButton(today);
            box.getChildren().add(start);
            hint.textProperty().bind(javafx.beans.binding.Bindings.when(start.visibleProperty())
                    .then("Or choose the banks and how to answer in Practice (Ctrl+1).")
                    .otherwise(hint.getText()));
        }
        box.getChildren().add(hint);
        box.setId("progress-empty");
        box.getStyleClass().add("progress-empty");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(480, Region.USE_PREF_SIZE);
        box.visibleProperty().bind(model.emptyProperty());
        return box;
    }

    /** Starts what Practice's Today card would: the due questions, else today's new ones. */
    private static Node startButton(org.emdrill.ui.practice.TodaysPlan today) {
        Button start = new Button("", new FontIcon(Feather.PLAY));
        start.setId("progress-empty-start");
        start.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        var plan = today.overviewProperty();
        start.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> plan.get() == null
                ? "" : org.emdrill.ui.practice.TodaysPlan.startLabel(plan.get().plan()), plan));
        start.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> plan.get() != null && !plan.get().plan().queue().isEmpty(), plan));
        start.managedProperty().bind(start.visibleProperty());
        start.setOnAction(e -> today.practiseDue());
        VBox.setMargin(start, new Insets(6, 0, 2, 0));
        return start;
    }

    static String emptyText(int attempts) {
        int more = ProgressViewModel.MIN_ATTEMPTS - attempts;
        String done = attempts == 0 ? "" : attempts == 1 ? "You have answered one question so far. "
                : "You have answered " + attempts + " questions so far. ";
        return done + "Answer and score " + (attempts == 0 ? "a few questions" : more + " more")
                + " and you will see your scores over time, your strongest and weakest dimensions, "
                + "your practice streak and what to work on next.";
    }

    private Node loadingState() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label text = new Label("Working out your progress\u2026");
        text.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(10, spinner, text);
        box.setId("progress-loading");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.snapshotProperty().isNull());
        return box;
    }

    /** The cards, for tests that look at what is drawn. */
    List<Node> chartCards() {
        return List.of(trend, radar, heatMap, time, calendar, typed);
    }
}
