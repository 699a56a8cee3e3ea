package org.emdrill.audio;

import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * The microphone through {@code javax.sound}. Every way it can fail becomes a {@link CaptureException} with a
 * message for the user: no sound card ({@code AudioSystem.getTargetDataLine} then throws
 * {@link IllegalArgumentException}, not {@link LineUnavailableException}), device busy, access denied, the
 * chosen input gone, and the line closing mid-answer (unplugged).
 */
public final class MicrophoneSource implements AudioSource {

    /** Finds a line; replaced in tests to simulate each failure. */
    @FunctionalInterface
    interface LineProvider {
        TargetDataLine line(Optional<String> device, AudioFormat format) throws LineUnavailableException;
    }

    static final String NO_MICROPHONE = "No microphone was found on this computer. The answer is timed only;"
            + " connect a microphone and choose it in Settings.";
    static final String BUSY = "The microphone is in use by another program or cannot be opened. The answer is timed"
            + " only; close the other program or choose another input in Settings.";
    static final String DENIED = "EM Drill is not allowed to use the microphone. The answer is timed only; allow"
            + " microphone access in the system's privacy settings.";
    static final String LOST = "The microphone stopped sending sound (was it unplugged?). What was recorded until then"
            + " is kept; the answer goes on timed only.";

    private static final AudioFormat FORMAT = new AudioFormat(WavFormat.RECORDING.sampleRate(), 16, 1, true, false);
    /**
     * How long a read waits for audio before returning 0, so the recorder can notice a device that went quiet.
     * Each wait is a wake-up of the capture thread; 40 ms keeps the meter's level fresher than its own
     * twentieth of a second while waking half as often as 20 ms would.
     */
    static final long WAIT_MILLIS = 40;

    private final Optional<String> device;
    private final LineProvider provider;
    private volatile TargetDataLine line;

    /** @param device an input named by {@link InputDevices#names()}, or empty for the system's default */
    public MicrophoneSource(Optional<String> device) {
        this(device, MicrophoneSource::systemLine);
    }

    MicrophoneSource(Optional<String> device, LineProvider provider) {
        this.device = device;
        this.provider = provider;
    }

    private static TargetDataLine systemLine(Optional<String> device, AudioFormat format) throws LineUnavailableException {
        if (device.isEmpty()) {
            return AudioSystem.getTargetDataLine(format);
        }
        var mixer = InputDevices.find(device.get()).orElseThrow(() -> new MissingDevice(device.get()));
        return (TargetDataLine) mixer.getLine(new DataLine.Info(TargetDataLine.class, format));
    }

    /** The input chosen in Settings is not there any more. */
    private static final class MissingDevice extends RuntimeException {
        MissingDevice(String name) {
            super(name);
        }
    }

    @Override
    public void open() throws CaptureException {
        TargetDataLine l;
        try {
            l = provider.line(device, FORMAT);
            // A buffer of half a second: the capture thread drains it every WAIT_MILLIS, so it never overflows.
            l.open(FORMAT, WavFormat.RECORDING.bytesPerSecond() / 2);
            l.start();
        } catch (MissingDevice e) {
            throw new CaptureException("The input \"" + e.getMessage() + "\" chosen in Settings is not connected. The"
                    + " answer is timed only; choose another input in Settings.", e);
        } catch (IllegalArgumentException e) {
            throw new CaptureException(NO_MICROPHONE, e);
        } catch (LineUnavailableException e) {
            throw new CaptureException(BUSY, e);
        } catch (SecurityException e) {
            throw new CaptureException(DENIED, e);
        }
        line = l;
    }

    @Override
    public int read(byte[] buffer) throws CaptureException {
        TargetDataLine l = line;
        if (l == null) {
            return -1;
        }
        if (!l.isOpen()) {
            throw new CaptureException(LOST);
        }
        int frame = WavFormat.RECORDING.frameBytes();
        int available = l.available();
        if (available < frame) {
            sleep();
            return 0;
        }
        int wanted = Math.min(buffer.length, available);
        try {
            return l.read(buffer, 0, wanted - wanted % frame);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CaptureException(LOST, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        TargetDataLine l = line;
        line = null;
        if (l != null) {
            l.stop();
            l.close();
        }
    }
}
