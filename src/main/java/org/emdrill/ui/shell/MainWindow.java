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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

    private final Map<Screen, Supplier<Node>> factories;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final VBox banners = new VBox();
    private final AppState state;

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
        setLeft(sidebar());
        VBox center = new VBox(banners, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(center);
        state.notices().addListener((ListChangeListener<Notice>) c -> renderNotices());
        renderNotices();
        show(Screen.PRACTICE);
        state.practiceRequestProperty().addListener((obs, was, request) -> {
            if (request != null) {
                show(Screen.PRACTICE);
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
                    scene.getAccelerators().put(
                            new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (s.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN),
                            () -> show(s));
                }
            }
        });
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
        Node node = built.computeIfAbsent(screen, s -> factories.get(s).get());
        content.getChildren().setAll(node);
        navButtons.get(screen).setSelected(true);
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
            box.getChildren().add(b);
        }
        // Wide enough for the longest entry in bold when selected ("Mock interview").
        box.setPrefWidth(214);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
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
        close.setOnAction(e -> state.notices().remove(n));
        row.getChildren().add(close);
        return row;
    }
}
