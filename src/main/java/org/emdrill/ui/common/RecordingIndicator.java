package org.emdrill.ui.common;

import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.emdrill.audio.Recorder;

/**
 * What the running answer shows of its recording: a red dot with the time recorded, a live level meter,
 * the hint when nothing is heard, and why the answer is timed only when the microphone failed. While a
 * recording runs a {@link ScreenTicks} tick reads the recorder {@value #FPS} times a second into the
 * {@link SegmentedLevel}, which is drawn again only when what it shows changed. Not an animation: that
 * would make the whole window pulse sixty times a second while the answer records.
 */
public final class RecordingIndicator extends VBox {

    /** How often the meter reads the level: a voice shows on it within a twentieth of a second. */
    static final int FPS = 20;

    private final AnswerCapture capture;
    private final Label stateText = new Label();
    /** The time recorded changes every second; the fence keeps that from laying out the page. */
    private final LayoutFence stateSlot = new LayoutFence(stateText);
    private final SegmentedLevel meter;
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
        meter = new SegmentedLevel(idPrefix + "recording-level");
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
        reads++;
        if (meter.show(level)) {
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

    /** The meter shown; for tests. */
    public SegmentedLevel meter() {
        return meter;
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
