package org.emdrill.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.emdrill.audio.RealTimeSource;
import org.emdrill.audio.playback.WaveformSource;
import org.emdrill.practice.Ticker;
import org.emdrill.store.recording.RecordingFolder;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.common.RecordingIndicator;
import org.emdrill.ui.common.SpokenAudio;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app while an answer runs on the Practice screen, headless (Monocle, software rendering), with
 * the real clocks: first a typed answer (the baseline), then a spoken one recorded from a source that
 * delivers speech-like audio at a real microphone's pace. For each, after a warm-up and a first window
 * (printed in one line: the JIT is still busy in it), it prints the CPU of the whole process and of its
 * busy threads (share of one core; goal for recording under 5%), the collector's time, the screen's
 * pulses per second, how often the level meter reads the level (goal 15 or more a second) and how often it
 * changed (each change a repaint). Run with {@code ./mvnw -B -o -Pbench test -Dtest=SpokenAnswerBenchTest}; it asserts no timing.
 * The installed app runs with the client compiler only and the serial collector
 * ({@code packaging/jpackage/common.args}); to measure it so, add
 * {@code "-Dtest.jvm.options=-Xmx2g -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}. The first line printed
 * names the options the figures were taken with.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class SpokenAnswerBenchTest {

    private static final long WARM_UP_SECONDS = Long.getLong("bench.warmup", 10);
    private static final long MEASURE_SECONDS = Long.getLong("bench.seconds", 30);

    @TempDir
    static Path dataDir;
    private AppWindow window;
    private final AtomicLong pulses = new AtomicLong();
    private volatile Thread fxThread;

    @Start
    void start(Stage stage) {
        Listening listening = new Listening(FakePlayback::new, WaveformSource.NONE);
        window = AppWindow.open(stage, dataDir, InstantSource.system(), Ticker.system(), 1280, 820,
                folder -> new SpokenAudio(new RecordingFolder(folder), RealTimeSource::new, System::nanoTime, listening,
                        true));
        // Counts the toolkit's pulses that reach the window: 60 a second while anything animates.
        stage.getScene().addPreLayoutPulseListener(pulses::incrementAndGet);
        fxThread = Thread.currentThread();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void cpuWhileAnAnswerIsTypedAndWhileOneIsRecorded(FxRobot robot) throws Exception {
        String load0 = loadAverage();
        press(robot, "#mode-typed");
        press(robot, "#start-practice");
        press(robot, "#primary-action");
        press(robot, "#skip-prep");
        Phase[] typed = measure(null);
        press(robot, "#primary-action"); // the answer is over: scoring, then back to the set-up
        press(robot, "#end-practice");

        press(robot, "#mode-spoken");
        press(robot, "#start-practice");
        press(robot, "#primary-action");
        press(robot, "#skip-prep");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recording-state").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Recording")).orElse(false));
        RecordingIndicator indicator = robot.lookup("#recording-indicator").queryAs(RecordingIndicator.class);
        int[] nodes = new int[2];
        robot.interact(() -> count(indicator.getScene().getRoot(), true, nodes));
        Phase[] spoken = measure(indicator);
        press(robot, "#primary-action");

        System.out.printf(Locale.ROOT, "BENCH spoken_answer_jvm %s%n", java.lang.management.ManagementFactory
                .getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList());
        System.out.printf(Locale.ROOT, "BENCH spoken_answer load average before %s, after %s (2 shared cores)%n",
                load0, loadAverage());
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_scene %d nodes, %d of them shown%n", nodes[0], nodes[1]);
        for (String name : new String[] {"typed_answer", "spoken_answer"}) {
            Phase[] p = name.startsWith("typed") ? typed : spoken;
            System.out.printf(Locale.ROOT, "BENCH %s_first_window %.2f%% of one core, of which the JIT compiler %.2f%%"
                    + " (from %d s to %d s into the answer; the figures below are the next %d s)%n", name,
                    p[0].cpu.processPercent(), p[0].cpu.compiler(), WARM_UP_SECONDS, WARM_UP_SECONDS + MEASURE_SECONDS,
                    MEASURE_SECONDS);
            p[1].print(name);
        }
        Phase t = typed[1];
        Phase r = spoken[1];
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_process_cpu %.2f%% of one core (goal < 5%%; typed answer on"
                + " the same screen %.2f%%, so recording adds %.2f points)%n", r.cpu.processPercent(),
                t.cpu.processPercent(), r.cpu.processPercent() - t.cpu.processPercent());
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_meter_fps %.1f reads/s (goal >= 15), %.1f of them changed"
                + " the meter%n", r.meterReads, r.meterFps);
        assertTrue(r.meterFps > 0, "the meter was drawn");
    }

    /** One answer measured: CPU, pulses and meter frames over the measuring window after the warm-up. */
    private record Phase(ProcessCpu.Window cpu, double pulsesPerSecond, double meterReads, double meterFps) {

        void print(String name) {
            ProcessCpu.Window w = cpu;
            System.out.printf(Locale.ROOT, "BENCH %s_process_cpu %.2f%% of one core over %.0f s%n", name,
                    w.processPercent(), w.seconds());
            System.out.printf(Locale.ROOT, "BENCH %s_threads fx %.2f%%, render %.2f%%, capture %.2f%%, collector"
                    + " %.2f%%, compiler %.2f%%, VM %.2f%%%n", name, w.threads("JavaFX Applicat"),
                    w.threads("QuantumRenderer"), w.threads("audio-capture"), w.collector(), w.compiler(),
                    w.threads("VM Thread") + w.threads("VM Periodic"));
            System.out.printf(Locale.ROOT, "BENCH %s_gc %d collections, %d ms paused; the FX thread allocated %.2f MB/s%n",
                    name, w.gcCount(), w.gcMillis(), w.fxAllocatedMegabytesPerSecond());
            System.out.printf(Locale.ROOT, "BENCH %s_pulses %.1f /s; meter read %.1f /s, changed %.1f /s%n", name,
                    pulsesPerSecond, meterReads, meterFps);
            System.out.printf(Locale.ROOT, "BENCH %s_busiest_threads %s%n", name, ProcessCpu.busiest(w, 0.05));
        }
    }

    /**
     * Two windows one after the other, after the warm-up: a screen that changes twenty times a second runs
     * its code slowly enough that the JIT is still compiling it in the first.
     */
    private Phase[] measure(RecordingIndicator indicator) throws InterruptedException {
        Thread.sleep(WARM_UP_SECONDS * 1000); // the answer settles, the first collections pass
        return new Phase[] {window(indicator), window(indicator)};
    }

    private Phase window(RecordingIndicator indicator) throws InterruptedException {
        ProcessCpu.Sample a = ProcessCpu.sample(fxThread);
        long pulses0 = pulses.get();
        long frames0 = indicator == null ? 0 : indicator.frames();
        long reads0 = indicator == null ? 0 : indicator.reads();
        Thread.sleep(MEASURE_SECONDS * 1000);
        ProcessCpu.Sample b = ProcessCpu.sample(fxThread);
        ProcessCpu.Window w = ProcessCpu.between(a, b);
        long frames = indicator == null ? 0 : indicator.frames() - frames0;
        long reads = indicator == null ? 0 : indicator.reads() - reads0;
        return new Phase(w, (pulses.get() - pulses0) / w.seconds(), reads / w.seconds(), frames / w.seconds());
    }

    /** Presses a control as a click does, without moving the pointer over the screen (no hover effects). */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> {
            javafx.scene.Node n = robot.lookup(id).query();
            if (n instanceof javafx.scene.control.ButtonBase b) {
                b.fire();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Counts the window's nodes, all and shown: each pulse walks all of them to update their bounds. */
    private static void count(javafx.scene.Node n, boolean shown, int[] c) {
        c[0]++;
        boolean s = shown && n.isVisible();
        if (s) {
            c[1]++;
        }
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node k : p.getChildrenUnmodifiable()) {
                count(k, s, c);
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
