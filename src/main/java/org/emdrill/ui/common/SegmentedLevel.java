package org.emdrill.ui.common;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * A microphone level as a row of {@value #SEGMENTS} segments, green, with the top ones red when the voice
 * is near clipping: the running answer's meter and the Settings microphone test show the same one. It is
 * drawn again only when the number lit changes. A drawn frame costs a repaint of the window, which on a
 * machine without a GPU (software rendering) copies the whole window and is most of what recording
 * costs; whole segments keep the frames to the changes a user can see (the level itself sinks smoothly,
 * see {@code audio.LevelMeter}). Lit segments lie over a track of unlit ones, two plain rectangles, so a
 * frame redraws a strip and nothing else.
 */
public final class SegmentedLevel extends Pane {

    static final int SEGMENTS = 12;
    /** One segment with its gap, in pixels; {@code app.css} draws the segments with the same period. */
    static final double SEGMENT_WIDTH = 12;
    /** Segments past this many show in the danger colour: within 7.5 dB of full scale (RMS), where peaks clip. */
    static final int LOUD_FROM = 10;

    private final Rectangle fill = new Rectangle(0, 8);
    /** Drawn over the top segments of {@link #fill} when they are lit. */
    private final Rectangle loud = new Rectangle(LOUD_FROM * SEGMENT_WIDTH, 0, 0, 8);
    private int shown = -1;

    public SegmentedLevel(String id) {
        setId(id);
        getStyleClass().add("level-meter");
        double width = SEGMENTS * SEGMENT_WIDTH;
        setMinSize(width, 8); // a fixed width: a segment cut off at the end would look like a fault
        setPrefSize(width, 8);
        setMaxSize(width, 8);
        setAccessibleText("Microphone level");
        fill.getStyleClass().add("level-fill");
        fill.setManaged(false);
        loud.getStyleClass().add("level-loud");
        loud.setManaged(false);
        getChildren().addAll(fill, loud);
        show(0);
    }

    /** Shows {@code level} (0..1); true when that changed what is drawn. */
    public boolean show(double level) {
        int segments = (int) Math.round(Math.max(0, Math.min(1, level)) * SEGMENTS);
        if (segments == shown) {
            return false;
        }
        shown = segments;
        fill.setWidth(segments * SEGMENT_WIDTH);
        loud.setWidth(Math.max(0, segments - LOUD_FROM) * SEGMENT_WIDTH);
        return true;
    }

    /** The share lit now, 0..1 in steps of one segment. */
    public double shownLevel() {
        return fill.getWidth() / (SEGMENTS * SEGMENT_WIDTH);
    }

    /** Whether the top segments show the voice as too loud. */
    public boolean showsTooLoud() {
        return loud.getWidth() > 0;
    }
}
