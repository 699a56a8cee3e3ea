package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import org.emdrill.audio.Span;
import org.emdrill.audio.Waveform;
import org.emdrill.audio.playback.PlaybackSpeed;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A recording player: the waveform with its pauses marked and a cursor where playback is, play/pause,
 * the time, and 1×/1.25×/1.5×. A click on the waveform moves playback there; with the waveform focused,
 * Space plays or pauses and the arrow keys move five seconds. Colours come from the theme (app.css).
 */
public final class WaveformPlayer extends VBox {

    public static final String STYLE = "waveform-player";
    private static final double WAVE_HEIGHT = 64;
    private static final double KEY_STEP_SECONDS = 5;

    private final PlayerModel model;
    private final Pane wave = new Pane();
    private final Path peaks = new Path();
    private final Rectangle played = new Rectangle();
    private final Line cursor = new Line();
    private final List<Rectangle> pauseMarks = new ArrayList<>();
    private final Button play = new Button();
    private final Label time = new Label();
    private final Label message = new Label();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.tick();
        }
    };

    public WaveformPlayer(PlayerModel model, String idPrefix) {
        this.model = model;
        getStyleClass().add(STYLE);
        setId(idPrefix + "-player");
        setSpacing(6);

        wave.setId(idPrefix + "-waveform");
        wave.getStyleClass().add("waveform");
        wave.setMinHeight(WAVE_HEIGHT);
        wave.setPrefHeight(WAVE_HEIGHT);
        wave.setMaxHeight(WAVE_HEIGHT);
        wave.setMinWidth(120);
        wave.setFocusTraversable(true);
        wave.setAccessibleRole(AccessibleRole.TEXT);
        peaks.getStyleClass().add("wave-peaks");
        played.getStyleClass().add("wave-played");
        played.setMouseTransparent(true);
        cursor.getStyleClass().add("wave-cursor");
        cursor.setMouseTransparent(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(wave.widthProperty());
        clip.heightProperty().bind(wave.heightProperty());
        wave.setClip(clip);
        wave.setOnMouseClicked(e -> {
            wave.requestFocus();
            if (wave.getWidth() > 0) {
                model.seekToShare(e.getX() / wave.getWidth());
            }
        });
        wave.setOnKeyPressed(e -> {
            double at = model.positionProperty().get();
            if (e.getCode() == KeyCode.SPACE) {
                model.togglePlay();
            } else if (e.getCode() == KeyCode.RIGHT) {
                model.seek(at + KEY_STEP_SECONDS);
            } else if (e.getCode() == KeyCode.LEFT) {
                model.seek(at - KEY_STEP_SECONDS);
            } else if (e.getCode() == KeyCode.HOME) {
                model.seek(0);
            } else {
                return;
            }
            e.consume();
        });
        wave.widthProperty().addListener((obs, old, now) -> redraw());
        wave.heightProperty().addListener((obs, old, now) -> redraw());

        play.setId(idPrefix + "-play");
        play.getStyleClass().addAll("player-play", atlantafx.base.theme.Styles.BUTTON_CIRCLE,
                atlantafx.base.theme.Styles.ACCENT);
        play.setOnAction(e -> model.togglePlay());
        play.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        HBox top = new HBox(10, play, wave);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(wave, Priority.ALWAYS);

        time.setId(idPrefix + "-time");
        time.getStyleClass().add("player-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, time, spacer, speeds(idPrefix));
        bottom.setAlignment(Pos.CENTER_LEFT);

        message.setId(idPrefix + "-message");
        message.getStyleClass().addAll("player-message", Styles.MUTED);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setGraphic(new FontIcon(Feather.VOLUME_X));
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        getChildren().addAll(top, bottom, message);
        model.waveformProperty().addListener((obs, old, now) -> redraw());
        model.positionProperty().addListener((obs, old, now) -> moveCursor());
        model.playingProperty().addListener((obs, old, now) -> {
            showPlaying(now);
            if (now) {
                frames.start();
            } else {
                frames.stop();
            }
        });
        // A player taken off the screen stops: nothing plays from a view the user has left.
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null && model.playingProperty().get()) {
                model.togglePlay();
            }
        });
        showPlaying(false);
        redraw();
    }

    private Node speeds(String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("player-speeds");
        for (PlaybackSpeed s : PlaybackSpeed.values()) {
            ToggleButton b = new ToggleButton(s.label());
            b.setId(idPrefix + "-speed-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(s);
            b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
            b.setAccessibleText("Play at " + s.label().replace("×", " times") + " speed");
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setSelected(model.speedProperty().get() == s);
            box.getChildren().add(b);
        }
        box.getChildren().get(0).getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        box.getChildren().get(1).getStyleClass().add(atlantafx.base.theme.Styles.CENTER_PILL);
        box.getChildren().get(2).getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one speed is always chosen
            } else {
                model.speedProperty().set((PlaybackSpeed) now.getUserData());
            }
        });
        return box;
    }

    private void showPlaying(boolean playing) {
        play.setGraphic(new FontIcon(playing ? Feather.PAUSE : Feather.PLAY));
        String what = playing ? "Pause" : "Play";
        play.setAccessibleText(what + " the recording");
        play.setTooltip(new Tooltip(what + " (Space on the waveform)"));
    }

    private void redraw() {
        Waveform w = model.waveformProperty().get();
        double width = wave.getWidth();
        double height = wave.getHeight() > 0 ? wave.getHeight() : WAVE_HEIGHT;
        wave.getChildren().removeAll(pauseMarks);
        pauseMarks.clear();
        peaks.getElements().setAll(envelope(w, width, height));
        if (w != null && w.durationSeconds() > 0 && width > 0) {
            for (Span p : w.pauses()) {
                Rectangle mark = new Rectangle(p.startSeconds() / w.durationSeconds() * width, 0,
                        Math.max(2, p.seconds() / w.durationSeconds() * width), height);
                mark.getStyleClass().add(p.seconds() > 2 ? "wave-pause-long" : "wave-pause");
                mark.setMouseTransparent(true);
                pauseMarks.add(mark);
            }
        }
        List<Node> layers = new ArrayList<>(pauseMarks);
        layers.add(peaks);
        layers.add(played);
        layers.add(cursor);
        wave.getChildren().setAll(layers);
        long longPauses = w == null ? 0 : w.pauses().stream().filter(p -> p.seconds() > 2).count();
        wave.setAccessibleText(w == null ? "No recording"
                : "Waveform of the recording, " + clock(w.durationSeconds()) + " long, " + w.pauses().size()
                        + (w.pauses().size() == 1 ? " pause" : " pauses") + " marked (" + longPauses
                        + " over 2 seconds). Click to play from there; Space plays or pauses.");
        moveCursor();
    }

    /** A mirrored outline of the peaks around the middle line; a flat line when there are none yet. */
    private static List<PathElement> envelope(Waveform w, double width, double height) {
        List<PathElement> out = new ArrayList<>();
        double mid = height / 2;
        if (w == null || width <= 0) {
            return out;
        }
        float[] p = w.peaks();
        if (p.length == 0) {
            out.add(new MoveTo(0, mid));
            out.add(new LineTo(width, mid));
            return out;
        }
        double step = width / p.length;
        double half = (height - 6) / 2;
        out.add(new MoveTo(0, mid));
        for (int i = 0; i < p.length; i++) {
            out.add(new LineTo(i * step + step / 2, mid - Math.max(0.5, Math.min(1, p[i]) * half)));
        }
        out.add(new LineTo(width, mid));
        for (int i = p.length - 1; i >= 0; i--) {
            out.add(new LineTo(i * step + step / 2, mid + Math.max(0.5, Math.min(1, p[i]) * half)));
        }
        out.add(new LineTo(0, mid));
        return out;
    }

    private void moveCursor() {
        double duration = model.duration();
        double at = model.positionProperty().get();
        double width = wave.getWidth();
        double x = duration > 0 ? Math.min(1, at / duration) * width : 0;
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(0);
        cursor.setEndY(wave.getHeight() > 0 ? wave.getHeight() : WAVE_HEIGHT);
        played.setWidth(x);
        played.setHeight(wave.getHeight() > 0 ? wave.getHeight() : WAVE_HEIGHT);
        cursor.setVisible(model.waveformProperty().get() != null);
        time.setText(clock(at) + " / " + clock(duration));
        time.setAccessibleText("Played " + clock(at) + " of " + clock(duration));
    }

    static String clock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", s % 60);
    }
}
