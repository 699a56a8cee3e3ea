package org.emdrill.audio.playback;

/** The speeds a recording can be played at; faster keeps the voice's pitch. */
public enum PlaybackSpeed {
    NORMAL(1.0, "1×"),
    FASTER(1.25, "1.25×"),
    FASTEST(1.5, "1.5×");

    private final double factor;
    private final String label;

    PlaybackSpeed(double factor, String label) {
        this.factor = factor;
        this.label = label;
    }

    public double factor() {
        return factor;
    }

    public String label() {
        return label;
    }
}
