package org.emdrill.audio;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Records one answer: captures on its own thread and streams to a WAV, so the screen never waits for the
 * device. Pause and resume follow the answer timer (audio heard while paused is metered but not kept).
 * Failure is a value: {@link #status()} and {@link #stop()} carry the message, nothing is thrown to the
 * caller, and what was recorded before the failure stays in the file with a correct header.
 */
public final class Recorder {

    public enum State {
        /** the device is opening, or opened but has not sent its first audio yet */
        STARTING, RECORDING, PAUSED, STOPPED, FAILED
    }

    /** What a screen shows while recording; {@code heardNothing} asks it to hint at checking the input. */
    public record Status(State state, double level, boolean heardNothing, double seconds, Optional<String> failure) {
    }

    /** The outcome: the file (absent when nothing was recorded), its length, and why it ended early, if it did. */
    public record Recording(Optional<Path> file, double seconds, Optional<String> failure) {
    }

    static final double HEARD_NOTHING_AFTER_SECONDS = 5;
    /** A device that delivers nothing for this long is gone (unplugged, driver died). */
    static final long STALL_NANOS = 2_000_000_000L;
    /** Before its first audio a device may take longer: PulseAudio through ALSA takes a second or two. */
    static final long FIRST_AUDIO_NANOS = 6_000_000_000L;
    private static final System.Logger LOG = System.getLogger(Recorder.class.getName());

    private final AudioSource source;
    private final Path file;
    private final LongSupplier ticker;
    private final LevelMeter meter = new LevelMeter(WavFormat.RECORDING.sampleRate());
    private final Thread thread;
    private volatile State state = State.STARTING;
    private volatile boolean paused;
    private volatile boolean stopRequested;
    private volatile String failure;
    private volatile long recordedBytes;
    private volatile boolean kept;

    /** @param ticker monotonic nanoseconds, to tell a silent device from a dead one */
    public Recorder(AudioSource source, Path file, LongSupplier ticker) {
        this.source = source;
        this.file = file;
        this.ticker = ticker;
        this.thread = new Thread(this::capture, "audio-capture");
        thread.setDaemon(true);
    }

    /** Starts capturing and returns at once; a device that cannot be opened shows up as {@link State#FAILED}. */
    public void start() {
        thread.start();
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public Status status() {
        double seconds = WavFormat.RECORDING.seconds(recordedBytes);
        boolean heardNothing = seconds >= HEARD_NOTHING_AFTER_SECONDS && !meter.heardAnything();
        State now = state;
        if (now == State.RECORDING && paused) {
            now = State.PAUSED; // derived here, so a pause racing the capture thread's start is never lost
        }
        return new Status(now, meter.level(), heardNothing, seconds, Optional.ofNullable(failure));
    }

    /** Ends the recording and waits (briefly) for the file to be finished. */
    public Recording stop() {
        stopRequested = true;
        try {
            thread.join(2000);
            if (thread.isAlive()) {
                source.close(); // a read stuck in a driver: closing the line releases it
                thread.join(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = WavFormat.RECORDING.seconds(recordedBytes);
        return new Recording(kept ? Optional.of(file) : Optional.empty(), seconds, Optional.ofNullable(failure));
    }

    private void capture() {
        WavWriter writer;
        try {
            writer = new WavWriter(file, WavFormat.RECORDING);
        } catch (IOException e) {
            fail("The recording could not be saved to " + file + " (" + e.getMessage() + "). The answer is timed only.");
            return;
        }
        try {
            source.open();
        } catch (CaptureException e) {
            fail(e.getMessage());
            discard(writer);
            return;
        }
        try {
            loop(writer);
        } finally {
            source.close();
            finish(writer);
        }
    }

    private void loop(WavWriter writer) {
        byte[] buffer = new byte[WavFormat.RECORDING.bytesPerSecond() / 10];
        long lastAudio = ticker.getAsLong();
        long lastFlush = 0;
        boolean started = false;
        while (!stopRequested) {
            int n;
            try {
                n = source.read(buffer);
            } catch (CaptureException e) {
                fail(e.getMessage());
                return;
            }
            long now = ticker.getAsLong();
            if (n < 0) {
                return;
            }
            if (n == 0) {
                if (now - lastAudio > (started ? STALL_NANOS : FIRST_AUDIO_NANOS)) {
                    fail(MicrophoneSource.LOST);
                    return;
                }
                continue;
            }
            if (!started) {
                // Only now is the microphone really heard: the screen's "recording" indicator waits for this.
                started = true;
                state = State.RECORDING;
            }
            lastAudio = now;
            meter.measure(buffer, n);
            if (paused) {
                continue;
            }
            try {
                writer.write(buffer, 0, n);
                recordedBytes = writer.dataBytes();
                if (recordedBytes - lastFlush >= WavFormat.RECORDING.bytesPerSecond()) {
                    writer.flush(); // a crash then loses at most the last second
                    lastFlush = recordedBytes;
                }
            } catch (IOException e) {
                fail("The recording could not be written to " + file + " (" + e.getMessage()
                        + "). What was recorded until then is kept; the answer goes on timed only.");
                return;
            }
        }
    }

    private void finish(WavWriter writer) {
        try {
            writer.close();
            kept = true;
        } catch (IOException e) {
            // The header could not be fixed; the next start repairs the file from its length.
            LOG.log(Level.WARNING, "could not finish the recording " + file, e);
            kept = Files.exists(file);
        }
        if (state != State.FAILED) {
            state = State.STOPPED;
        }
    }

    private void discard(WavWriter writer) {
        try {
            writer.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the empty recording " + file, e);
        }
    }

    private void fail(String message) {
        failure = message;
        state = State.FAILED;
        LOG.log(Level.INFO, "recording ended: " + message);
    }
}
