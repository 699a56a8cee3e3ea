package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPU while recording from a source that delivers audio in real time, as a percentage of one core (goal
 * under 5%). Run with {@code ./mvnw -B -Pbench test -Dtest=RecordingCpuBenchTest}; it prints {@code BENCH}
 * lines and asserts no timing. Two figures: the capture thread alone, and the whole process (which also
 * includes the JVM's own housekeeping and the synthesis of the audio), each the median of three 10 s runs.
 */
@Tag("bench")
class RecordingCpuBenchTest {

    private static final int RUNS = 3;
    private static final long RUN_MILLIS = 10_000;

    @TempDir
    Path dir;

    @Test
    void cpuOfOneCoreWhileRecording() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] capture = new double[RUNS];
        double[] process = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            Recorder r = new Recorder(new RealTimeSource(), dir.resolve("bench" + run + ".wav"), System::nanoTime);
            long wall0 = System.nanoTime();
            long process0 = os.getProcessCpuTime();
            r.start();
            Thread.sleep(RUN_MILLIS / 2);
            long captureHalf = captureCpu(threads);
            Thread.sleep(RUN_MILLIS / 2);
            long captureEnd = captureCpu(threads);
            long process1 = os.getProcessCpuTime();
            long wall1 = System.nanoTime();
            Recorder.Recording rec = r.stop();
            assertEquals(RUN_MILLIS / 1000.0, rec.seconds(), 0.5, "the source kept real time");
            // The first half includes the thread's start and warm-up; the total is what a user's answer costs.
            capture[run] = 100.0 * captureEnd / (wall1 - wall0);
            process[run] = 100.0 * (process1 - process0) / (wall1 - wall0);
            System.out.printf(Locale.ROOT, "BENCH recording_run%d capture %.2f%% (second half %.2f%%) process %.2f%%%n",
                    run, capture[run], 100.0 * (captureEnd - captureHalf) / ((wall1 - wall0) / 2.0), process[run]);
        }
        System.out.printf(Locale.ROOT, "BENCH recording_capture_thread_cpu %.2f%% of one core (median of %d) goal < 5%%%n",
                median(capture), RUNS);
        System.out.printf(Locale.ROOT, "BENCH recording_process_cpu %.2f%% of one core (median of %d) goal < 5%%%n",
                median(process), RUNS);
    }

    private static long captureCpu(ThreadMXBean threads) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("audio-capture")) {
                return threads.getThreadCpuTime(t.getId());
            }
        }
        return 0;
    }

    private static double median(double[] runs) {
        double[] s = runs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
