package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** What the idle clean-up changes in a JVM started without memory options (as java -jar is). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first needs the JVM's own, untouched ratios
class IdleMemoryTest {

    private static final HotSpotDiagnosticMXBean VM = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    @Order(1)
    void lowersTheHeapFreeRatiosNobodyChose() {
        VMOption before = VM.getVMOption("MaxHeapFreeRatio");
        assumeTrue(before.getOrigin() == VMOption.Origin.DEFAULT, "this test JVM was given heap-free ratios");
        String min = VM.getVMOption("MinHeapFreeRatio").getValue();
        try {
            IdleMemory.giveBack();

            assertEquals("30", VM.getVMOption("MaxHeapFreeRatio").getValue());
            assertEquals("10", VM.getVMOption("MinHeapFreeRatio").getValue());
        } finally { // the rest of the suite runs with the JVM's own choice
            VM.setVMOption("MaxHeapFreeRatio", before.getValue());
            VM.setVMOption("MinHeapFreeRatio", min);
        }
    }

    @Test
    @Order(2)
    void keepsRatiosSetByTheLauncherOrTheUser() {
        // Once set through the management interface the origin is no longer DEFAULT, as for -XX options.
        String max = VM.getVMOption("MaxHeapFreeRatio").getValue();
        String min = VM.getVMOption("MinHeapFreeRatio").getValue();
        VM.setVMOption("MaxHeapFreeRatio", max);
        assumeTrue(VM.getVMOption("MaxHeapFreeRatio").getOrigin() != VMOption.Origin.DEFAULT);

        IdleMemory.giveBack();

        assertEquals(max, VM.getVMOption("MaxHeapFreeRatio").getValue());
        assertEquals(min, VM.getVMOption("MinHeapFreeRatio").getValue());
    }
}
