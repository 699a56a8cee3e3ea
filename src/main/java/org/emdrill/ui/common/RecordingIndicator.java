package org.emdrill.ui.common;

import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.emdrill.audio.Recorder;

/**
 * What the running answer shows of its recording: a red dot with the time recorded, a live level meter,
 * the hint when nothing is heard, and why the answer is timed only when the microphone failed. While a
 * recording runs a {@link ScreenTicks} tick reads the recorder {@value #FPS} times a second; the meter is
 * a row of {@value #SEGMENTS} segments and is drawn again only when the number lit changes. Not an
 * animation: that would make the whole window pulse sixty times a second while the answer records.
 */
public final class RecordingIndicator extends VBox {

    /** How often the meter reads the level: a voice shows on it within a twentieth of a second. */
    static final int FPS = 20;
    /**
     * The meter's resolution. A drawn frame costs a repaint of the window, which on a machine without a
     * GPU (software rendering) copies the whole window and is most of what recording costs; whole
     * segments keep the frames to the changes a user can see (the level itself sinks smoothly, see
     * {@code audio.LevelMeter}).
     */
    static final int SEGMENTS = 12;
    /** One segment with its gap, in pixels; {@code app.css} draws the segments with the same period. */
    static final double SEGMENT_WIDTH = 12;
    /** Segments past this many show in the danger colour: within 7.5 dB of full scale (RMS), where peaks clip. */
    static final int LOUD_FROM = 10;

    private final AnswerCapture capture;
    private final Label stateText = new Label();
    /** The time recorded changes every second; the fence keeps that from laying out the page. */
    private final LayoutFence stateSlot = new LayoutFence(stateText);
    /** The meter: lit segments in a track of unlit ones, so a frame redraws a rectangle and nothing else. */
    private final javafx.scene.layout.Pane meter = new javafx.scene.layout.Pane();
    private final Rectangle fill = new Rectangle(0, 8);
    /** Drawn over the top segments of {@link #fill} when they are lit. */
    private final Rectangle loud = new Rectangle(LOUD_FROM * SEGMENT_WIDTH, 0, 0, 8);
    private int shownSegments = -1;
    private Recorder.State shownState;
    private long shownSecond = -1;
    private final Circle dot = new Circle(6);
    /** Times the level was read and times the meter changed; read by the benchmark from its own thread. */
    private volatile long reads;
    private volatile long frames;

    /** @param idPrefix keeps ids apart where two screens show one ("" or "interview-") */
    public RecordingIndicator(AnswerCapture capture, String idPrefix) {
        super(6);
        this.capture = capture;
        setId(idPrefix + "recording-indicator");
        getStyleClass().add("recording-indicator");
        dot.getStyleClass().add("recording-dot");
        stateText.setId(idPrefix + "recording-state");
        stateText.getStyleClass().add("recording-state");
        stateText.setMinWidth(Region.USE_PREF_SIZE);
        meter.setId(idPrefix + "recording-level");
        meter.getStyleClass().add("level-meter");
        double width = SEGMENTS * SEGMENT_WIDTH;
        meter.setMinSize(width, 8); // a fixed width: a segment cut off at the end would look like a fault
        meter.setPrefSize(width, 8);
        meter.setMaxSize(width, 8);
        meter.setAccessibleText("Microphone level");
        fill.getStyleClass().add("level-fill");
        fill.setManaged(false);
        loud.getStyleClass().add("level-loud");
        loud.setManaged(false);
        meter.getChildren().addAll(fill, loud);
        // The meter before the words, so it stays in place while they change ("Starting…", "Recording paused").
        HBox line = new HBox(10, dot, meter, stateSlot);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(capture.stateProperty().isNotNull());
        line.managedProperty().bind(line.visibleProperty());

        Label hint = Layouts.wrapping(AnswerCapture.HEARD_NOTHING, "recording-hint");
        hint.setId(idPrefix + "recording-hint");
        hint.visibleProperty().bind(capture.heardNothingProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        Label problem = Layouts.wrapping("", "recording-problem");
        problem.setId(idPrefix + "recording-problem");
        problem.textProperty().bind(capture.messageProperty());
        problem.visibleProperty().bind(capture.messageProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label waiting = Layouts.wrapping("Microphone on \u00b7 not recording yet", "muted");
        waiting.setId(idPrefix + "recording-waiting");
        waiting.visibleProperty().bind(capture.waitingProperty().and(line.visibleProperty().not()));
        waiting.managedProperty().bind(waiting.visibleProperty());
        getChildren().addAll(waiting, line, hint, problem);
        visibleProperty().bind(line.visibleProperty().or(problem.visibleProperty()).or(waiting.visibleProperty()));
        managedProperty().bind(visibleProperty());

        ScreenTicks.Tick pulse = ScreenTicks.shared().every(Duration.ofMillis(1000 / FPS), () -> {
            capture.poll();
            draw();
        });
        capture.stateProperty().addListener((obs, was, is) -> {
            draw();
            if (is == null) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });
        if (capture.stateProperty().get() != null) {
            pulse.start();
        }
        draw();
    }

    private void draw() {
        Recorder.State s = capture.stateProperty().get();
        double level = s == Recorder.State.RECORDING ? capture.levelProperty().get() : 0;
        int segments = (int) Math.round(Math.max(0, Math.min(1, level)) * SEGMENTS);
        reads++;
        if (segments != shownSegments) {
            shownSegments = segments;
            fill.setWidth(segments * SEGMENT_WIDTH);
            loud.setWidth(Math.max(0, segments - LOUD_FROM) * SEGMENT_WIDTH);
            frames++;
        }
        long second = (long) capture.secondsProperty().get();
        if (s == shownState && second == shownSecond) {
            return; // the text would be the same: not even a string is made
        }
        if (s != shownState) {
            stateSlot.requestLayout(); // a new state's words may be shorter: the fence gives back the room
        }
        shownState = s;
        shownSecond = second;
        String time = Formats.clock(Duration.ofSeconds(second));
        String text = s == null ? "" : switch (s) {
            case STARTING -> "Starting the microphone\u2026";
            case RECORDING -> "Recording " + time;
            case PAUSED -> "Recording paused " + time;
            case STOPPED -> "Recorded " + time;
            case FAILED -> "Not recording";
        };
        if (!text.equals(stateText.getText())) {
            stateText.setText(text); // a new string every frame would lay the label out every frame
        }
        Layouts.toggleClass(dot, "live", s == Recorder.State.RECORDING);
    }

    /** The share of the meter lit now, 0..1 in steps of one segment; for tests. */
    public double shownLevel() {
        return fill.getWidth() / (SEGMENTS * SEGMENT_WIDTH);
    }

    /** Whether the top segments show the level as too loud; for tests. */
    public boolean showsTooLoud() {
        return loud.getWidth() > 0;
    }

    /** How many times the level was read; the benchmark divides it by the time to get the meter's rate. */
    public long reads() {
        return reads;
    }

    /** How many times the meter changed, each a repaint. */
    public long frames() {
        return frames;
    }
}
