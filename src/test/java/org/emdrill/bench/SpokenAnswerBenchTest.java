package org.emdrill.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.emdrill.audio.AudioSource;
import org.emdrill.audio.WavFormat;
import org.emdrill.store.recording.RecordingFolder;
import org.emdrill.ui.common.AnswerCapture;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.common.RecordingIndicator;
import org.emdrill.ui.common.SpokenAudio;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A spoken answer as the screen records it: the capture thread, the indicator's pulse reading the
 * recorder and drawing the level meter, for 10 s of audio arriving in real time. Prints the CPU used
 * (share of one core; goal under 5%) and the meter's frames per second (goal 15-30). Run with
 * {@code ./mvnw -B -Pbench test -Dtest=SpokenAnswerBenchTest}; it asserts no timing.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class SpokenAnswerBenchTest {

    private static final long RUN_MILLIS = 10_000;

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Speech-like audio (a tone swelling four times a second) delivered at a real microphone's pace. */
    private static final class RealTime implements AudioSource {
        private long openedAt;
        private long delivered;

        @Override
        public void open() {
            openedAt = System.nanoTime();
        }

        @Override
        public int read(byte[] buffer) {
            long due = (System.nanoTime() - openedAt) * WavFormat.RECORDING.bytesPerSecond() / 1_000_000_000L;
            int n = (int) Math.min(buffer.length, due - delivered - (due - delivered) % 2);
            if (n <= 0) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }
            for (int i = 0; i < n; i += 2) {
                long s = (delivered + i) / 2;
                double t = s / 16_000.0;
                int v = (int) (12_000 * Math.abs(Math.sin(Math.PI * 4 * t)) * Math.sin(2 * Math.PI * 180 * t));
                buffer[i] = (byte) v;
                buffer[i + 1] = (byte) (v >> 8);
            }
            delivered += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void cpuAndMeterFramesWhileRecording(FxRobot robot) throws Exception {
        var worker = Executors.newSingleThreadExecutor();
        SpokenAudio audio = new SpokenAudio(new RecordingFolder(dir), RealTime::new, System::nanoTime,
                new Listening(FakePlayback::new, wav -> java.util.Optional.empty()));
        AnswerCapture capture = new AnswerCapture(audio, new BackgroundRunner(worker), InstantSource.system());
        RecordingIndicator[] indicator = new RecordingIndicator[1];
        Object answer = new Object();
        robot.interact(() -> {
            indicator[0] = new RecordingIndicator(capture, "");
            stage.setScene(new Scene(new StackPane(indicator[0]), 600, 200));
            stage.setWidth(600);
            stage.setHeight(200);
            stage.show();
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // The same window before anything is recorded, with a clock ticking ten times a second as a running
        // answer's does (any running animation makes the toolkit pulse at 60 Hz): what answering costs alone.
        javafx.animation.Timeline clock = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.millis(100), e -> { }));
        clock.setCycleCount(javafx.animation.Animation.INDEFINITE);
        robot.interact(clock::play);
        Thread.sleep(3000);
        long idleWall0 = System.nanoTime();
        long idle0 = os.getProcessCpuTime();
        Thread.sleep(RUN_MILLIS / 2);
        double idle = 100.0 * (os.getProcessCpuTime() - idle0) / (System.nanoTime() - idleWall0);
        robot.interact(() -> capture.follow(answer, true, false, null));
        Thread.sleep(5000); // the device opens, the pulse starts and the JIT has compiled the loop
        java.util.Map<Long, Long> before = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            before.put(id, threads.getThreadCpuTime(id));
        }
        long frames0 = indicator[0].frames();
        long wall0 = System.nanoTime();
        long process0 = os.getProcessCpuTime();
        long capture0 = cpuOf(threads, "audio-capture");
        long fx0 = cpuOf(threads, "JavaFX Application Thread");
        long render0 = cpuOf(threads, "QuantumRenderer-0");
        Thread.sleep(RUN_MILLIS);
        long wall = System.nanoTime() - wall0;
        long process = os.getProcessCpuTime() - process0;
        long captureCpu = cpuOf(threads, "audio-capture") - capture0;
        long fxCpu = cpuOf(threads, "JavaFX Application Thread") - fx0;
        long renderCpu = cpuOf(threads, "QuantumRenderer-0") - render0;
        long frames = indicator[0].frames() - frames0;
        for (long id : threads.getAllThreadIds()) {
            long d = threads.getThreadCpuTime(id) - before.getOrDefault(id, 0L);
            if (d > wall / 200) {
                System.out.printf(Locale.ROOT, "BENCH-THREAD %s %.2f%%%n", threads.getThreadInfo(id).getThreadName(), 100.0 * d / wall);
            }
        }
        robot.interact(() -> capture.follow(answer, false, false, null));
        robot.interact(clock::stop);
        worker.shutdown();

        double fps = frames / (wall / 1e9);
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_capture_thread_cpu %.2f%% of one core (goal < 5%%)%n",
                100.0 * captureCpu / wall);
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_fx_thread_cpu %.2f%% of one core (meter pulse and drawing)%n",
                100.0 * fxCpu / wall);
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_render_thread_cpu %.2f%% of one core (software rendering"
                + " under Monocle; a GPU does this in the app)%n", 100.0 * renderCpu / wall);
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_process_cpu %.2f%% of one core (goal < 5%%; includes"
                + " headless rendering)%n", 100.0 * process / wall);
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_process_cpu_over_answering %.2f%% of one core (the same window"
                + " with only an answer's clock running: %.2f%%)%n", 100.0 * process / wall - idle, idle);
        System.out.printf(Locale.ROOT, "BENCH spoken_answer_meter_fps %.1f frames/s (goal 15-30)%n", fps);
        assertTrue(frames > 0, "the meter was drawn");
    }

    private static long cpuOf(ThreadMXBean threads, String name) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }
}
