package org.emdrill.ui.common;

import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small layout helpers shared by the screens. */
public final class Layouts {

    private Layouts() {
    }

    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    public static Label wrapping(String text, String... styleClasses) {
        Label l = label(text, styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public static Region hSpacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public static VBox card(Node... children) {
        VBox box = new VBox(12, children);
        box.getStyleClass().add("card");
        return box;
    }

    /** A vertical scroller whose content keeps to a readable width, centred. */
    public static ScrollPane scroller(Region content, double maxWidth) {
        content.setMaxWidth(maxWidth);
        VBox centre = new VBox(content);
        centre.setFillWidth(true);
        centre.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        centre.getStyleClass().add("screen");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return uncached(scroll);
    }

    /**
     * Turns off the bitmap cache JavaFX's scroll pane keeps of its viewport, for a scroller whose content
     * changes while the user watches (a clock, a level meter, a playhead). With the cache, each such frame
     * first re-renders the whole visible content into the cache and then draws the few changed pixels:
     * under software rendering (no GPU) that was most of the CPU a running answer used. Scrolling then
     * repaints the content rather than moving a picture of it, which costs about the same.
     */
    public static ScrollPane uncached(ScrollPane scroll) {
        scroll.skinProperty().addListener((obs, was, skin) -> {
            for (Node child : scroll.getChildrenUnmodifiable()) {
                if (child.getStyleClass().contains("viewport")) {
                    child.setCache(false);
                }
            }
        });
        return scroll;
    }

    /** An editable spinner kept in step with an integer property both ways. */
    public static Spinner<Integer> spinner(IntegerProperty property, int min, int max, int step, String id) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, property.get())), step);
        s.setId(id);
        s.setEditable(true);
        s.getStyleClass().add("number-spinner"); // width in em (app.css), so it grows with the text
        s.getValueFactory().valueProperty().addListener((obs, was, is) -> {
            if (is != null) {
                property.set(is);
            }
        });
        property.addListener((obs, was, is) -> s.getValueFactory().setValue(is.intValue()));
        return s;
    }

    /**
     * Keeps {@code page} as {@code parent}'s first child only while {@code when} holds, and out of the
     * scene otherwise: every repaint walks every node in the scene, shown or not, and a set-up page left
     * hidden behind a running answer is half of the window's nodes. The caller holds {@code when}: a
     * binding nothing else refers to is collected, and its listener with it.
     */
    public static void firstChildWhile(javafx.scene.layout.Pane parent, Node page,
                                       javafx.beans.value.ObservableBooleanValue when) {
        Runnable place = () -> {
            if (when.get() && page.getParent() == null) {
                parent.getChildren().add(0, page);
            } else if (!when.get()) {
                parent.getChildren().remove(page);
            }
        };
        when.addListener((obs, was, is) -> place.run());
        place.run();
    }

    public static void toggleClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    public static <T> StringConverter<T> converter(Function<T, String> name) {
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
