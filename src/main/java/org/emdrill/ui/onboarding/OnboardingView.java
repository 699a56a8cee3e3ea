package org.emdrill.ui.onboarding;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The welcome guide, page by page, in a calm centred card. Only layout and bindings; every action is a
 * call into the view model.
 */
public final class OnboardingView extends BorderPane {

    static final String CSS = Objects.requireNonNull(
            OnboardingView.class.getResource("/org/emdrill/ui/onboarding/onboarding.css")).toExternalForm();

    private final OnboardingViewModel vm;
    private final VBox body = new VBox();
    private final HBox dots = new HBox(8);

    public OnboardingView(OnboardingViewModel vm) {
        this.vm = vm;
        setId("welcome");
        getStylesheets().add(CSS);
        getStyleClass().add("welcome");

        Label step = new Label();
        step.setId("welcome-step");
        step.getStyleClass().add(Styles.MUTED);
        step.textProperty().bind(vm.stepTextProperty());
        dots.setAlignment(Pos.CENTER_LEFT);
        HBox top = new HBox(14, dots, step);
        top.setAlignment(Pos.CENTER_LEFT);

        body.getStyleClass().add("welcome-body");
        StackPane pageArea = new StackPane(tallestPage(), body);
        pageArea.setAlignment(Pos.TOP_LEFT);
        VBox card = new VBox(22, top, pageArea, footer());
        card.getStyleClass().addAll(Styles.CARD, "welcome-card");
        card.setMaxWidth(760);
        card.setMinHeight(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane centred = new StackPane(card);
        centred.getStyleClass().add("welcome-backdrop");
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        vm.pageProperty().addListener((obs, was, is) -> render());
        render();
    }

    private Node footer() {
        Button skip = new Button("Skip the guide");
        skip.setId("welcome-skip");
        skip.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        skip.setTooltip(new Tooltip("Close the guide; Welcome guide (the ? at the foot of the sidebar) opens it again (Esc)"));
        skip.setCancelButton(true);
        skip.setOnAction(e -> vm.skip());
        skip.visibleProperty().bind(vm.lastPageProperty().not());
        skip.managedProperty().bind(skip.visibleProperty());

        Button back = new Button("Back", new FontIcon(Feather.CHEVRON_LEFT));
        back.setId("welcome-back");
        back.disableProperty().bind(vm.firstPageProperty());
        back.setOnAction(e -> vm.back());

        Button next = new Button("Next", new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("welcome-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        next.setDefaultButton(true);
        next.setOnAction(e -> vm.next());
        next.visibleProperty().bind(vm.lastPageProperty().not());
        next.managedProperty().bind(next.visibleProperty());
        for (Button b : new Button[] {skip, back, next}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        HBox footer = new HBox(10, skip, Layouts.hSpacer(), back, next);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private void render() {
        body.getChildren().setAll(pageContent(vm.pageProperty().get()).getChildren());
        body.setSpacing(14);
        renderDots();
    }

    private VBox pageContent(WelcomePage page) {
        Label title = new Label(page.title());
        title.setId("welcome-title");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setWrapText(true);
        Label intro = new Label(page.intro());
        intro.setId("welcome-intro");
        intro.getStyleClass().add("welcome-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox points = new VBox(14);
        for (WelcomePage.Point p : page.points()) {
            points.getChildren().add("Folder".equals(p.heading()) && "data".equals(page.id())
                    ? folderRow(p.text()) : point(p));
        }
        VBox content = new VBox(14, title, intro, points);
        if ("first".equals(page.id())) {
            content.getChildren().add(firstQuestion());
        }
        return content;
    }

    /**
     * Every page laid out unseen under the one shown, so the card is as tall as the tallest page and
     * Back and Next stay in one place from page to page.
     */
    private Node tallestPage() {
        StackPane sizer = new StackPane();
        for (WelcomePage page : vm.pages()) {
            VBox content = pageContent(page);
            content.setVisible(false);
            content.setMouseTransparent(true);
            withoutIds(content);
            sizer.getChildren().add(content);
        }
        return sizer;
    }

    private static void withoutIds(Node node) {
        node.setId(null);
        node.setFocusTraversable(false);
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(OnboardingView::withoutIds);
        }
    }

    private static Node point(WelcomePage.Point p) {
        Label heading = new Label(p.heading());
        heading.getStyleClass().add("welcome-point-heading");
        heading.setWrapText(true);
        Label text = new Label(p.text());
        text.getStyleClass().add("welcome-point-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, heading, text);
        box.getStyleClass().add("welcome-point");
        return box;
    }

    private static Node folderRow(String folder) {
        // A read-only field rather than a label, so the path can be selected and copied.
        TextField path = new TextField(folder);
        path.setId("welcome-data-folder");
        path.setEditable(false);
        path.getStyleClass().add("welcome-path");
        path.setAccessibleText("Data folder: " + folder);
        path.setTooltip(new Tooltip("Select the path to copy it"));
        HBox.setHgrow(path, Priority.ALWAYS);
        FontIcon icon = new FontIcon(Feather.FOLDER);
        HBox row = new HBox(10, icon, path);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node firstQuestion() {
        Button later = new Button("Close the guide");
        later.setId("welcome-later");
        later.setMinWidth(Region.USE_PREF_SIZE);
        later.setOnAction(e -> vm.skip());
        if (vm.firstQuestion().isEmpty()) {
            Label none = new Label("No question banks are loaded yet. The Banks screen shows what went wrong and "
                    + "how to add one.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.MUTED);
            return new VBox(14, none, later);
        }
        QueuedQuestion q = vm.firstQuestion().get();
        Label from = new Label("From \u201c" + q.bank().title() + "\u201d");
        from.getStyleClass().add(Styles.MUTED);
        Label prompt = new Label(q.question().prompt());
        prompt.setId("welcome-first-prompt");
        prompt.getStyleClass().add("welcome-first-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        VBox question = new VBox(6, from, prompt);
        question.getStyleClass().add("welcome-question");

        Button start = new Button("Answer this question", new FontIcon(Feather.PLAY));
        start.setId("welcome-start");
        start.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        start.setDefaultButton(true);
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> vm.startFirstQuestion());
        HBox buttons = new HBox(10, start, later);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(16, question, buttons);
    }

    private void renderDots() {
        dots.getChildren().clear();
        for (int i = 0; i < vm.pages().size(); i++) {
            Circle dot = new Circle(4);
            dot.getStyleClass().add(i == vm.indexProperty().get() ? "welcome-dot-current" : "welcome-dot");
            dots.getChildren().add(dot);
        }
    }
}
