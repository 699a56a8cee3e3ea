package org.emdrill.audio;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Records the system microphone (or a named input) for some seconds through the same {@link Recorder} the
 * app uses, printing the meter once a second: {@code java -cp em-drill.jar org.emdrill.audio.MicrophoneCheck
 * OUT.wav SECONDS [INPUT]}. For packaging/linux/mic-check.sh and for checking a machine's microphone by hand.
 * Exit 0 when the whole time was recorded, 1 with the recorder's message otherwise.
 */
public final class MicrophoneCheck {

    private MicrophoneCheck() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: MicrophoneCheck OUT.wav SECONDS [INPUT]   inputs: " + InputDevices.names());
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        Optional<String> input = args.length > 2 ? Optional.of(args[2]) : Optional.empty();
        Recorder recorder = new Recorder(new MicrophoneSource(input), out, System::nanoTime);
        recorder.start();
        // Opening a device can take a second or two (PulseAudio through ALSA); the seconds count from then.
        while (recorder.status().state() == Recorder.State.STARTING) {
            Thread.sleep(10);
        }
        System.out.println("recording started");
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end && recorder.status().failure().isEmpty()) {
            Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            Recorder.Status s = recorder.status();
            System.out.printf(Locale.ROOT, "%s %.1f s recorded, level %.2f%s%n", s.state(), s.seconds(), s.level(),
                    s.heardNothing() ? ", hearing nothing" : "");
        }
        Recorder.Recording r = recorder.stop();
        System.out.printf(Locale.ROOT, "recorded %.2f s to %s%n", r.seconds(), r.file().map(Path::toString).orElse("(nothing)"));
        if (r.failure().isPresent()) {
            System.err.println(r.failure().get());
            System.exit(1);
        }
        System.exit(0);
    }
}
