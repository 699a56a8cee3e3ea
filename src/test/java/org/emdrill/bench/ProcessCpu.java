package org.emdrill.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a process's CPU goes over a stretch of time: the whole process (the JVM's own count), each native
 * thread (from {@code /proc/self/task}, so the collector's and the compiler's threads are counted too,
 * which the Java thread bean cannot see), and the collector's own pause time. All as a share of one core.
 */
final class ProcessCpu {

    /** Linux's clock ticks per second, the unit of {@code /proc} CPU times. */
    private static final double TICKS_PER_SECOND = 100;

    /** One reading; two readings make a {@link Window}. */
    record Sample(long wallNanos, long processNanos, Map<Integer, Task> tasks, long gcMillis, long gcCount,
                  long fxAllocatedBytes) {
    }

    /** A native thread: its name as Linux knows it (15 characters at most) and its CPU in clock ticks. */
    record Task(String name, long ticks) {
    }

    /** What happened between two samples. */
    record Window(double seconds, double processPercent, Map<String, Double> threadPercent, long gcMillis,
                  long gcCount, double fxAllocatedMegabytesPerSecond) {

        /** The summed share of the threads whose name starts with {@code prefix}. */
        double threads(String prefix) {
            return threadPercent.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        /** The collector's threads: G1's and the parallel or serial collector's workers. */
        double collector() {
            return threads("GC Thread") + threads("G1 ");
        }

        /** The JIT compilers. */
        double compiler() {
            return threads("C1 CompilerThre") + threads("C2 CompilerThre");
        }
    }

    private ProcessCpu() {
    }

    static Sample sample(Thread fxThread) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        long allocated = fxThread == null ? 0 : threads.getThreadAllocatedBytes(fxThread.getId());
        return new Sample(System.nanoTime(), os.getProcessCpuTime(), tasks(), gcMillis, gcCount, allocated);
    }

    static Window between(Sample a, Sample b) {
        double seconds = (b.wallNanos() - a.wallNanos()) / 1e9;
        Map<String, Double> byName = new TreeMap<>();
        for (Map.Entry<Integer, Task> e : b.tasks().entrySet()) {
            Task before = a.tasks().get(e.getKey());
            long ticks = e.getValue().ticks() - (before == null ? 0 : before.ticks());
            byName.merge(e.getValue().name(), 100.0 * ticks / TICKS_PER_SECOND / seconds, Double::sum);
        }
        return new Window(seconds, 100.0 * (b.processNanos() - a.processNanos()) / 1e9 / seconds, byName,
                b.gcMillis() - a.gcMillis(), b.gcCount() - a.gcCount(),
                (b.fxAllocatedBytes() - a.fxAllocatedBytes()) / 1e6 / seconds);
    }

    /** Every native thread's name and CPU so far; threads that ended in between are simply missing. */
    private static Map<Integer, Task> tasks() {
        Map<Integer, Task> out = new HashMap<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc/self/task"))) {
            dirs.forEach(dir -> {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    // After the name: state(3) ... utime(14) stime(15), counted from the line's first field.
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    out.put(Integer.parseInt(dir.getFileName().toString()), new Task(name, ticks));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while the folder was read
                }
            });
        } catch (IOException noProc) {
            // not Linux: only the process figure is known
        }
        return out;
    }

    /** The threads above {@code floor} percent, busiest first, as "name 1.23%". */
    static String busiest(Window w, double floor) {
        StringBuilder sb = new StringBuilder();
        w.threadPercent().entrySet().stream().filter(e -> e.getValue() >= floor)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.2f%%", e.getKey(), e.getValue())));
        return sb.toString();
    }
}
