package org.emdrill.app;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * Gives memory back once start-up is over. Start-up is the busiest moment of the app's life: it parses 13
 * banks, builds the first screen and styles it, and the JVM keeps the heap and the native memory that
 * needed. A few seconds after the screens are in (nothing has been typed yet), one full collection shrinks
 * the heap and, where the JVM offers it, freed native memory goes back to the OS.
 *
 * <p>The packaged app sets these through its launcher (serial collector, heap-free ratios, periodic native
 * trim; see packaging/jpackage/common.args); a start from the jar cannot carry JVM options, so there the
 * heap-free ratios are set here when nobody set them, through the JVM's management interface.
 */
final class IdleMemory {

    static final long DELAY_MILLIS = 5_000;

    private static final System.Logger LOG = System.getLogger(IdleMemory.class.getName());

    private IdleMemory() {
    }

    /** Schedules the one clean-up, on a daemon thread of its own. */
    static void afterStartup() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            giveBack();
        }, "emdrill-idle-memory");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void giveBack() {
        boolean managed = ModuleLayer.boot().findModule("jdk.management").isPresent();
        if (managed) {
            lowerHeapFreeRatios();
        }
        System.gc(); // the one full collection: shrinks the heap down to the ratios in force
        if (managed) {
            trimNativeHeap();
        }
    }

    /** Keeps at most 30% of the heap free after a collection, unless the user or the launcher chose. */
    private static void lowerHeapFreeRatios() {
        try {
            var vm = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm.getVMOption("MaxHeapFreeRatio").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                vm.setVMOption("MinHeapFreeRatio", "10");
                vm.setVMOption("MaxHeapFreeRatio", "30");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "heap-free ratios unchanged: " + e.getMessage());
        }
    }

    /** Returns freed native memory to the OS (the JVM's System.trim_native_heap command, where it has one). */
    private static void trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {null}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "native heap not trimmed: " + e.getMessage());
        }
    }
}
