package org.emdrill.audio;

import java.util.function.Supplier;

/**
 * A microphone kept open while a spoken answer is about to start, its audio read and dropped, so that the
 * answer's recording has sound from its first second. A device can take two seconds from opening to its
 * first audio (PulseAudio through ALSA on Linux, measured), and the answer's clock would already have run
 * through the candidate's first words. Each recording borrows the open device ({@link #lend()}); closing
 * what was lent hands it back to be kept open, or closes it once nobody wants it warm.
 *
 * <p>{@link #warm()} and {@link #cool()} come from the FX thread and return at once: the opening, the
 * reading and the closing happen on a thread of its own and on the recorder's capture thread. Nothing
 * read while warm is kept or measured.
 */
public final class WarmMicrophone {

    /** How long a recording waits for the device: the last recording handing it back, or its opening. */
    static final long HANDOVER_NANOS = 3_000_000_000L;

    private final Supplier<AudioSource> devices;
    private final Object lock = new Object();
    // All below guarded by lock.
    private boolean wanted;
    /** The last opening failed; not tried again until cooled and warmed again (ticks call warm() often). */
    private boolean failed;
    /** Open and not lent, or lent; null when closed. */
    private AudioSource device;
    /** The thread opening or draining the device, or null. */
    private Thread drainer;
    /** A recording holds the device, or is taking it. */
    private boolean lent;

    public WarmMicrophone(Supplier<AudioSource> devices) {
        this.devices = devices;
    }

    /** Opens the microphone in the background unless it is open already (or just failed to open). */
    public void warm() {
        synchronized (lock) {
            wanted = true;
            if (!lent && drainer == null && !failed) {
                startDrainer();
            }
        }
    }

    /** Closes the microphone, at once or when the recording that holds it is done with it. */
    public void cool() {
        synchronized (lock) {
            wanted = false;
            failed = false;
            if (!lent && drainer == null && device != null) {
                startDrainer(); // it sees nobody wants the device and closes it, off the caller's (FX) thread
            }
            lock.notifyAll();
        }
    }

    /** Whether the microphone is kept open now; for the screen and tests. */
    public boolean isWarm() {
        synchronized (lock) {
            return wanted && !failed;
        }
    }

    /** A source for one recording: the warm device if there is one, else a device opened for it alone. */
    public AudioSource lend() {
        return new Loan();
    }

    private void startDrainer() {
        AudioSource open = device;
        drainer = new Thread(() -> drain(open), "microphone-warm");
        drainer.setDaemon(true);
        drainer.start();
    }

    /** On the drainer thread: opens the device if need be, then reads and drops until lent or cooled. */
    private void drain(AudioSource open) {
        AudioSource d = open;
        if (d == null) {
            d = devices.get();
            try {
                d.open();
            } catch (CaptureException | RuntimeException e) {
                closeQuietly(d); // the recording opens its own and reports why that fails
                synchronized (lock) {
                    failed = true;
                    drainer = null;
                    lock.notifyAll();
                }
                return;
            }
            synchronized (lock) {
                device = d;
            }
        }
        byte[] buffer = new byte[WavFormat.RECORDING.bytesPerSecond() / 10];
        while (true) {
            synchronized (lock) {
                if (lent || !wanted) {
                    if (!lent) {
                        device = null;
                        closeQuietly(d);
                    }
                    drainer = null;
                    lock.notifyAll();
                    return;
                }
            }
            boolean broken;
            try {
                broken = d.read(buffer) < 0;
            } catch (CaptureException e) {
                broken = true;
            }
            if (broken) { // unplugged while warm: the next recording opens afresh and says what is wrong
                closeQuietly(d);
                synchronized (lock) {
                    if (device == d) {
                        device = null;
                    }
                    drainer = null;
                    lock.notifyAll();
                }
                return;
            }
        }
    }

    private static void closeQuietly(AudioSource d) {
        try {
            d.close();
        } catch (RuntimeException ignored) {
            // a device that fails to close is gone anyway
        }
    }

    /** One recording's use of the microphone. Opened and read on its capture thread. */
    private final class Loan implements AudioSource {
        private AudioSource d;
        /** Opened for this recording alone: closed with it, never handed back. */
        private boolean own;
        private boolean broken;
        private boolean returned;
        private volatile boolean reading;

        @Override
        public void open() throws CaptureException {
            d = take();
            if (d == null) {
                own = true;
                d = devices.get();
                d.open();
            }
        }

        /** The warm device, once the last recording handed it back and the drainer let go; or null. */
        private AudioSource take() throws CaptureException {
            synchronized (lock) {
                long end = System.nanoTime() + HANDOVER_NANOS;
                try {
                    while (lent && waitUntil(end)) {
                        // the last recording is still closing
                    }
                    if (lent) {
                        return null;
                    }
                    lent = true; // the drainer stops at its next read
                    while (drainer != null && waitUntil(end)) {
                        // a read of a few tens of milliseconds, or an opening of up to a few seconds
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    lent = false;
                    throw new CaptureException("The microphone could not be opened: the app is closing.");
                }
                if (drainer != null || device == null) {
                    lent = false; // still opening, or failed: the drainer goes on without this recording
                    lock.notifyAll();
                    return null;
                }
                return device;
            }
        }

        /** Waits on the lock until {@code end}; false once it has passed. */
        private boolean waitUntil(long end) throws InterruptedException {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            lock.wait(Math.max(1, left / 1_000_000));
            return true;
        }

        @Override
        public int read(byte[] buffer) throws CaptureException {
            reading = true;
            try {
                int n = d.read(buffer);
                if (n < 0) {
                    broken = true;
                }
                return n;
            } catch (CaptureException e) {
                broken = true;
                throw e;
            } finally {
                reading = false;
            }
        }

        @Override
        public void close() {
            AudioSource mine;
            synchronized (lock) {
                if (returned || d == null) {
                    returned = true;
                    return;
                }
                returned = true;
                mine = d;
                if (!own) {
                    // A close while a read is stuck comes from another thread: the device must really close.
                    boolean keep = wanted && !broken && !reading;
                    lent = false;
                    if (keep) {
                        if (drainer == null) {
                            startDrainer();
                        }
                        lock.notifyAll();
                        return;
                    }
                    device = null;
                    lock.notifyAll();
                }
            }
            closeQuietly(mine);
        }
    }
}
