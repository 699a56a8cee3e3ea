package org.emdrill.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.Notice;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.AutosavedWork;
import org.emdrill.ui.common.UnsavedWork;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's frame: a sidebar to move between screens, a banner for notices, and the current screen.
 * Screens are built on first visit and kept, so a practice in progress survives a look at History.
 */
public final class MainWindow extends BorderPane {

    /** Below this window width the sidebar shows only its icons (each with a tooltip), giving the screen room. */
    public static final double COMPACT_WIDTH = 1100;

    private final Map<Screen, Supplier<Node>> factories;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final VBox banners = new VBox();
    private final AppState state;
    private Screen current = Screen.PRACTICE;
    /** The window's title: the app and the screen showing ("EM Drill — History"), for the task bar and docks. */
    private final javafx.beans.property.ReadOnlyStringWrapper windowTitle =
            new javafx.beans.property.ReadOnlyStringWrapper(titleFor(Screen.PRACTICE));
    private java.util.function.Function<Runnable, Node> welcomeFactory;
    private Node shortcutSheet;
    private final java.util.List<javafx.scene.control.Labeled> sidebarEntries = new java.util.ArrayList<>();
    private VBox sidebar;

    public MainWindow(AppState state, Map<Screen, Supplier<Node>> factories) {
        this(state, factories, java.util.List.of());
    }

    /**
     * @param autosaved work in progress on any screen, flushed when the window loses focus or closes,
     *                  whether its screen was opened or not
     */
    public MainWindow(AppState state, Map<Screen, Supplier<Node>> factories, java.util.List<AutosavedWork> autosaved) {
        this.state = state;
        this.factories = new EnumMap<>(factories);
        getStyleClass().add("main-window");
        if (!javafx.application.Platform.isSupported(javafx.application.ConditionalFeature.TRANSPARENT_WINDOW)) {
            // Without a compositor a popup's shadow is drawn as an opaque (white) frame around it: drop it.
            getStyleClass().add("no-window-transparency");
        }
        setLeft(sidebar());
        widthProperty().addListener((obs, was, is) -> compactSidebar(is.doubleValue() > 0 && is.doubleValue() < COMPACT_WIDTH));
        VBox center = new VBox(banners, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(center);
        state.notices().addListener((ListChangeListener<Notice>) c -> renderNotices());
        renderNotices();
        show(Screen.PRACTICE);
        // An invalidation listener, not a change listener: the Practice view model's change listener takes
        // the request and clears it while the change is being told, and JavaFX then tells later change
        // listeners the cleared value, so a change listener here could miss the request.
        state.practiceRequestProperty().addListener(obs -> {
            if (state.practiceRequestProperty().get() != null) {
                show(Screen.PRACTICE);
            }
        });
        // History's "Open story", in the same way: My stories' view model takes the request and clears it.
        state.storyRequestProperty().addListener(obs -> {
            if (state.storyRequestProperty().get() != null) {
                show(Screen.STORIES);
            }
        });
        // A mock interview summary's "Open in History", in the same way: History's view model takes it.
        state.attemptRequestProperty().addListener(obs -> {
            if (state.attemptRequestProperty().get() != null) {
                show(Screen.HISTORY);
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, was, focused) -> {
                            if (!focused) {
                                autosaved.forEach(AutosavedWork::flushDraft);
                            }
                        });
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING,
                                e -> autosaved.forEach(AutosavedWork::flushDraft));
                    }
                });
                for (Screen s : Screen.values()) {
                    scene.getAccelerators().put(Shortcuts.screenKey(s), () -> show(s));
                }
                scene.getAccelerators().put(Shortcuts.SHEET, this::showShortcuts);
                scene.getAccelerators().put(Shortcuts.SHEET_ALT, this::showShortcuts);
            }
        });
    }

    /**
     * A dot on the screen's sidebar entry, and a tooltip that says so, while its answer clock runs: the
     * clock goes on when the user looks at History mid-answer.
     */
    private static void markWhileRunning(ToggleButton entry, Screen screen, javafx.beans.value.ObservableBooleanValue running) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(4);
        dot.getStyleClass().add("nav-running-dot");
        dot.setId("nav-running-" + screen.name().toLowerCase());
        dot.setManaged(false);
        dot.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(running::get, running));
        StackPane icon = new StackPane(entry.getGraphic(), dot);
        dot.layoutXProperty().bind(icon.widthProperty().add(1));
        dot.setLayoutY(1);
        entry.setGraphic(icon);
        String idle = entry.getTooltip().getText();
        entry.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.when(dot.visibleProperty())
                .then(screen.title() + ": an answer is running (" + screen.shortcut() + ")").otherwise(idle));
        entry.accessibleTextProperty().bind(javafx.beans.binding.Bindings.when(dot.visibleProperty())
                .then(screen.title() + ", answer running").otherwise(screen.title()));
    }

    /** Work not yet saved on any screen opened so far, for the question before the window closes. */
    public java.util.List<String> unsavedWork() {
        return built.values().stream()
                .filter(UnsavedWork.class::isInstance)
                .map(n -> ((UnsavedWork) n).unsavedWork())
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    public void show(Screen screen) {
        Node node = built.computeIfAbsent(screen, s -> {
            Node made = factories.get(s).get();
            if (made instanceof org.emdrill.ui.common.AnswerRunning running) {
                markWhileRunning(navButtons.get(s), s, running.answerRunning());
            }
            return made;
        });
        content.getChildren().setAll(node);
        navButtons.get(screen).setSelected(true);
        current = screen;
        windowTitle.unbind();
        if (node instanceof org.emdrill.ui.common.TitledScreen titled) {
            // "EM Drill — Mock interview, question 2 of 5" while that screen says what it is doing.
            windowTitle.bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> titleFor(screen, titled.titleDetail().get()), titled.titleDetail()));
        } else {
            windowTitle.set(titleFor(screen));
        }
        // A pointer to this screen ("Open Mock interview") has done its job once the screen shows.
        state.notices().removeIf(n -> n.kind() == Notice.Kind.INFO && n.target().equalsIgnoreCase(screen.name()));
    }

    /** "EM Drill — History": what the window's title bar, task bar and docks show for this screen. */
    public static String titleFor(Screen screen) {
        return "EM Drill — " + screen.title();
    }

    /** The screen's title with what it is doing added, when it says: "EM Drill — Mock interview, question 2 of 5". */
    public static String titleFor(Screen screen, String detail) {
        return detail == null || detail.isBlank() ? titleFor(screen) : titleFor(screen) + ", " + detail;
    }

    /** The title for the window, following the screen showing. */
    public javafx.beans.property.ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /**
     * How the welcome guide is made: given what closes it, a fresh guide (starting at its first page).
     * Help in the sidebar offers the guide once this is set.
     */
    public void setWelcome(java.util.function.Function<Runnable, Node> factory) {
        this.welcomeFactory = factory;
    }

    /** Shows the welcome guide in place of the current screen; closing it brings that screen back. */
    public void showWelcome() {
        if (welcomeFactory == null) {
            return;
        }
        Screen back = current;
        content.getChildren().setAll(welcomeFactory.apply(() -> {
            if (content.getChildren().stream().anyMatch(n -> "welcome".equals(n.getId()))) {
                show(back);
            }
        }));
    }

    /** Sizes every text in the window: 1.0 is the normal size (see {@link org.emdrill.ui.common.TextScale}). */
    public void applyTextScale(double scale) {
        setStyle(org.emdrill.ui.common.TextScale.rootStyle(scale));
    }

    /** The keyboard-shortcut sheet, over whatever is showing. */
    public void showShortcuts() {
        if (shortcutSheet != null && content.getChildren().contains(shortcutSheet)) {
            return;
        }
        shortcutSheet = new ShortcutSheet(this::closeShortcuts);
        content.getChildren().add(shortcutSheet);
        shortcutSheet.lookup("#shortcut-sheet-close").requestFocus();
    }

    private void closeShortcuts() {
        content.getChildren().remove(shortcutSheet);
    }

    /** Icons only, or icons and names; the tooltips name every entry either way. */
    private void compactSidebar(boolean compact) {
        if (sidebar.getStyleClass().contains("compact") == compact) {
            return;
        }
        if (compact) {
            sidebar.getStyleClass().add("compact");
        } else {
            sidebar.getStyleClass().remove("compact");
        }
        for (javafx.scene.control.Labeled entry : sidebarEntries) {
            entry.setContentDisplay(compact ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT);
        }
    }

    private Node sidebar() {
        Label title = new Label("EM Drill");
        title.getStyleClass().add("app-title");
        var iconUrl = MainWindow.class.getResource("/org/emdrill/ui/icons/app-64.png");
        if (iconUrl != null) {
            ImageView logo = new ImageView(new Image(iconUrl.toExternalForm(), 28, 28, true, true));
            title.setGraphic(logo);
            title.setGraphicTextGap(10);
        }
        VBox box = new VBox(4);
        sidebar = box;
        sidebarEntries.add(title);
        title.setTooltip(new Tooltip("EM Drill"));
        box.getStyleClass().add(Styles.SIDEBAR);
        box.setPadding(new Insets(18, 12, 18, 12));
        box.getChildren().add(title);
        Region gap = new Region();
        gap.setMinHeight(18);
        box.getChildren().add(gap);
        ToggleGroup group = new ToggleGroup();
        for (Screen s : Screen.values()) {
            ToggleButton b = new ToggleButton(s.title(), new FontIcon(s.icon()));
            b.getStyleClass().add(Styles.NAV_BUTTON);
            b.setId("nav-" + s.name().toLowerCase());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setTooltip(new Tooltip(s.title() + " (" + s.shortcut() + ")"));
            b.setOnAction(e -> show(s));
            // A selected nav button stays selected when clicked again.
            b.selectedProperty().addListener((obs, was, is) -> {
                if (!is && group.getSelectedToggle() == null) {
                    b.setSelected(true);
                }
            });
            navButtons.put(s, b);
            sidebarEntries.add(b);
            box.getChildren().add(b);
        }
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        Button welcome = helpButton("Welcome guide", Feather.HELP_CIRCLE, "help-welcome",
                "Welcome guide: what EM Drill does and how a practice goes", this::showWelcome);
        Button shortcuts = helpButton("Shortcuts", Feather.COMMAND, "help-shortcuts",
                "Keyboard shortcuts (" + Shortcuts.SHEET.getDisplayText() + ")", this::showShortcuts);
        sidebarEntries.add(welcome);
        sidebarEntries.add(shortcuts);
        box.getChildren().addAll(push, welcome, shortcuts);
        // Wide enough for the longest entry in bold when selected ("Mock interview"); in em (app.css), so
        // it grows with the text.
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Button helpButton(String text, Feather icon, String id, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.NAV_BUTTON, "help-button");
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void renderNotices() {
        banners.getChildren().clear();
        for (Notice n : state.notices()) {
            banners.getChildren().add(banner(n));
        }
    }

    private Node banner(Notice n) {
        FontIcon icon = new FontIcon(n.kind() == Notice.Kind.INFO ? Feather.INFO : Feather.ALERT_TRIANGLE);
        Label text = new Label(n.text());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE); // wraps onto more lines rather than cutting the words
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, icon, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll(Styles.BANNER, n.kind().name().toLowerCase());
        row.setPadding(new Insets(10, 14, 10, 14));
        if (!n.target().isEmpty()) {
            Screen target = Screen.valueOf(n.target().toUpperCase());
            Button go = new Button("Open " + target.title());
            go.setMinWidth(Region.USE_PREF_SIZE); // the long message wraps; the button keeps its words
            go.setOnAction(e -> show(target));
            row.getChildren().add(go);
        }
        if (n.kind() == Notice.Kind.ERROR) {
            // An error (answers cannot be saved) stays until its cause is fixed: no dismiss button.
            row.setId("lasting-notice");
            return row;
        }
        Button close = new Button("", new FontIcon(Feather.X));
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setAccessibleText("Dismiss this message");
        close.setOnAction(e -> state.notices().remove(n));
        row.getChildren().add(close);
        return row;
    }
}
