package org.emdrill.audio.playback;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Plays a recording through {@code javax.sound.sampled} on a thread of its own: the samples are read
 * once (a spoken answer is a few megabytes), then fed to a {@link SourceDataLine} one hop at a time
 * through {@link TimeStretch}. The position is the source sample written last, less what the device
 * still holds in its buffer, so it follows what is heard. See
 * docs/decisions/0016-recording-playback-and-storage.md for why not JavaFX's MediaPlayer.
 */
public final class SoundPlayback implements Playback {

    private static final System.Logger LOG = System.getLogger(SoundPlayback.class.getName());
    static final String NO_DEVICE = "No sound output is available, so the recording cannot be played here. "
            + "Connect speakers or headphones (or check the system's sound settings) and try again.";
    /** A quarter second of buffer: seeks and pauses answer at once, and a busy machine does not stutter. */
    private static final double BUFFER_SECONDS = 0.25;

    private final Object lock = new Object();
    private volatile Listener listener = new Listener() {
        @Override
        public void ended() {
        }

        @Override
        public void failed(String message) {
        }
    };
    private Path file;
    private double duration;
    private volatile double position;
    private volatile double speed = 1.0;
    private volatile boolean playing;
    /** The running worker; a new play, a seek or a pause retires it. */
    private Worker worker;
    private Samples samples;

    @Override
    public void load(Path wav, double durationSeconds) {
        synchronized (lock) {
            stopWorker();
            file = Objects.requireNonNull(wav, "wav");
            duration = Math.max(0, durationSeconds);
            samples = null;
            position = 0;
        }
    }

    @Override
    public void play() {
        synchronized (lock) {
            if (file == null || playing) {
                return;
            }
            if (position >= duration - 0.05) {
                position = 0;
            }
            playing = true;
            worker = new Worker(position);
            Thread t = new Thread(worker, "emdrill-playback");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public void pause() {
        synchronized (lock) {
            stopWorker();
        }
    }

    @Override
    public void seek(double seconds) {
        synchronized (lock) {
            boolean was = playing;
            stopWorker();
            position = Math.max(0, Math.min(seconds, duration));
            if (was) {
                play();
            }
        }
    }

    @Override
    public void speed(PlaybackSpeed newSpeed) {
        speed = newSpeed.factor();
    }

    @Override
    public double positionSeconds() {
        Worker w = worker;
        return w != null && playing ? w.heardPosition() : position;
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void listener(Listener newListener) {
        listener = Objects.requireNonNull(newListener, "listener");
    }

    @Override
    public void close() {
        synchronized (lock) {
            stopWorker();
            samples = null;
        }
    }

    /** Under the lock: the worker stops writing and the position freezes where it was heard. */
    private void stopWorker() {
        if (worker != null) {
            position = worker.heardPosition();
            worker.retire();
            worker = null;
        }
        playing = false;
    }

    /** The decoded recording: mono samples in -1..1 and their rate. */
    record Samples(float[] mono, int rate) {
    }

    private Samples samples() throws IOException, UnsupportedAudioFileException {
        synchronized (lock) {
            if (samples == null) {
                samples = decode(file);
            }
            return samples;
        }
    }

    /** 16-bit PCM, mono or stereo (mixed down), any rate; the JDK's own reader parses the file. */
    static Samples decode(Path wav) throws IOException, UnsupportedAudioFileException {
        try (var in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            if (f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || f.getSampleSizeInBits() != 16) {
                throw new UnsupportedAudioFileException("not 16-bit PCM");
            }
            byte[] bytes = in.readAllBytes();
            int channels = Math.max(1, f.getChannels());
            int frames = bytes.length / (2 * channels);
            float[] mono = new float[frames];
            boolean big = f.isBigEndian();
            for (int i = 0; i < frames; i++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    int at = (i * channels + c) * 2;
                    int lo = bytes[at + (big ? 1 : 0)] & 0xff;
                    int hi = bytes[at + (big ? 0 : 1)];
                    sum += (short) ((hi << 8) | lo) / 32768f;
                }
                mono[i] = sum / channels;
            }
            return new Samples(mono, Math.round(f.getSampleRate()));
        }
    }

    /** One run of playing from a position until the end, a pause or a seek. */
    private final class Worker implements Runnable {
        private final double from;
        private volatile boolean retired;
        private volatile SourceDataLine line;
        private volatile double writtenSource = -1;
        private volatile long writtenFrames;
        private volatile int rate = 16_000;

        Worker(double from) {
            this.from = from;
        }

        void retire() {
            retired = true;
            SourceDataLine l = line;
            if (l != null) {
                l.stop();
                l.flush();
            }
        }

        /** What is being heard: the source written so far, less what still waits in the device. */
        double heardPosition() {
            SourceDataLine l = line;
            if (l == null || writtenSource < 0) {
                return from;
            }
            long waiting = Math.max(0, writtenFrames - l.getLongFramePosition());
            double seconds = (writtenSource - waiting * speed) / rate;
            return Math.max(from, Math.min(seconds, duration));
        }

        @Override
        public void run() {
            try {
                Samples s = samples();
                rate = s.rate();
                play(s);
            } catch (UnsupportedAudioFileException e) {
                fail(file.getFileName() + " is not a recording EM Drill can play (16-bit PCM WAV): " + e.getMessage());
            } catch (IOException e) {
                fail("Could not read the recording " + file.getFileName() + ": " + e.getMessage());
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                // No sound card: getSourceDataLine throws IllegalArgumentException, not LineUnavailable.
                LOG.log(Level.INFO, "No sound output: " + e);
                fail(NO_DEVICE);
            }
        }

        private void play(Samples s) throws LineUnavailableException {
            AudioFormat format = new AudioFormat(s.rate(), 16, 1, true, false);
            SourceDataLine l = AudioSystem.getSourceDataLine(format);
            int hopBytes;
            TimeStretch stretch = new TimeStretch(s.mono(), s.rate(), 0.04);
            hopBytes = stretch.hop() * 2;
            l.open(format, Math.max(hopBytes * 4, (int) (s.rate() * BUFFER_SECONDS) * 2));
            try {
                line = l;
                stretch.seek((int) Math.round(from * s.rate()));
                float[] out = new float[stretch.hop()];
                byte[] bytes = new byte[hopBytes];
                l.start();
                while (!retired && !stretch.finished()) {
                    stretch.next(out, speed);
                    for (int i = 0; i < out.length; i++) {
                        int v = Math.max(-32768, Math.min(32767, Math.round(out[i] * 32767)));
                        bytes[2 * i] = (byte) v;
                        bytes[2 * i + 1] = (byte) (v >> 8);
                    }
                    l.write(bytes, 0, bytes.length);
                    writtenFrames += out.length;
                    writtenSource = stretch.sourcePosition();
                }
                if (!retired) {
                    l.drain();
                    finish();
                }
            } finally {
                l.close();
            }
        }

        private void finish() {
            synchronized (lock) {
                if (worker == this) {
                    worker = null;
                    playing = false;
                    position = duration;
                }
            }
            listener.ended();
        }

        private void fail(String message) {
            synchronized (lock) {
                if (worker == this) {
                    worker = null;
                    playing = false;
                    position = from;
                }
            }
            if (!retired) {
                listener.failed(message);
            }
        }
    }
}
