package org.emdrill.audio;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Settings' "Test microphone": a few seconds recorded through the same {@link Recorder} answers use, into a
 * temporary WAV that {@link #discard()} deletes once it has been played back. The recorder's messages speak
 * of an answer ("the answer is timed only"); here they are reworded for someone testing their input.
 * {@link #start()}, {@link #finish()} and {@link #discard()} touch the disk or the device: call them off the
 * FX thread. {@link #status()} only reads fields and may be polled every frame.
 */
public final class MicrophoneTrial {

    public static final double SECONDS = 3;
    /** The meter level (0..1 over -60..0 dBFS) of -50 dBFS: below it the input sent only hiss or silence. */
    static final double HEARD_LEVEL = (LevelMeter.HEARD_DB - LevelMeter.FLOOR_DB) / -LevelMeter.FLOOR_DB;
    private static final System.Logger LOG = System.getLogger(MicrophoneTrial.class.getName());

    /** What the test recorded: the WAV to play (absent when nothing was), and why it failed, if it did. */
    public record Result(Optional<Path> file, double seconds, Optional<String> failure, boolean heardSomething) {
    }

    private final AudioSource source;
    private final Path folder;
    private final LongSupplier ticker;
    private volatile Recorder recorder;
    private volatile Path file;
    private volatile double loudest;

    /** @param folder where the temporary WAV goes (the system's temp folder in the app) */
    public MicrophoneTrial(AudioSource source, Path folder, LongSupplier ticker) {
        this.source = source;
        this.folder = folder;
        this.ticker = ticker;
    }

    /** Creates the temporary WAV and starts recording into it; returns at once. */
    public void start() throws IOException {
        Files.createDirectories(folder);
        Path f = Files.createTempFile(folder, "em-drill-mic-test-", ".wav");
        f.toFile().deleteOnExit(); // should the app close mid-test, the file still goes
        file = f;
        Recorder r = new Recorder(source, f, ticker);
        recorder = r;
        r.start();
    }

    /** The recorder's state and level now, its failure reworded; STARTING before {@link #start()}. */
    public Recorder.Status status() {
        Recorder r = recorder;
        if (r == null) {
            return new Recorder.Status(Recorder.State.STARTING, 0, false, 0, Optional.empty());
        }
        Recorder.Status s = r.status();
        loudest = Math.max(loudest, s.level());
        return new Recorder.Status(s.state(), s.level(), s.heardNothing(), s.seconds(), s.failure().map(MicrophoneTrial::plain));
    }

    /** True once the test has recorded its seconds, or cannot go on. */
    public boolean isOver() {
        Recorder.Status s = status();
        return s.seconds() >= SECONDS || s.state() == Recorder.State.FAILED || s.state() == Recorder.State.STOPPED;
    }

    /** Stops recording and says what there is to play. */
    public Result finish() {
        Recorder r = recorder;
        if (r == null) {
            return new Result(Optional.empty(), 0, Optional.of("The microphone test did not start."), false);
        }
        status(); // the last level counts too
        Recorder.Recording rec = r.stop();
        Optional<Path> wav = rec.seconds() > 0 ? rec.file() : Optional.empty();
        return new Result(wav, rec.seconds(), rec.failure().map(MicrophoneTrial::plain), loudest >= HEARD_LEVEL);
    }

    /** Deletes the temporary WAV; a file that cannot be deleted is logged (it lies in the temp folder). */
    public void discard() {
        Path f = file;
        if (f == null) {
            return;
        }
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the microphone test " + f + ": " + e.getMessage());
        }
    }

    /** The temporary WAV, once {@link #start()} has made it. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The recorder's sentence for an answer, said for a test in Settings. */
    static String plain(String message) {
        if (message.equals(MicrophoneSource.NO_MICROPHONE)) {
            return "No microphone was found on this computer. Connect one, choose it above and test again.";
        }
        if (message.equals(MicrophoneSource.BUSY)) {
            return "The microphone is in use by another program or cannot be opened. Close the other program, or"
                    + " choose another input above, and test again.";
        }
        if (message.equals(MicrophoneSource.DENIED)) {
            return "EM Drill is not allowed to use the microphone. Allow microphone access in the system's privacy"
                    + " settings and test again.";
        }
        if (message.equals(MicrophoneSource.LOST)) {
            return "The microphone sent no sound (is it unplugged or switched off?). Check it and test again.";
        }
        if (message.startsWith("The input \"")) {
            int end = message.indexOf('"', "The input \"".length());
            String name = end > 0 ? message.substring("The input \"".length(), end) : "chosen";
            return "The input \"" + name + "\" is not connected. Connect it, or choose another input above.";
        }
        return message.replace(" The answer is timed only.", "");
    }
}
