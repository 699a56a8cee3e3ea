package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A microphone opened before the answer lends itself to the answer's recording, open and delivering, and
 * only what comes after the hand-over reaches the recording; it stays open from one recording to the next
 * until cooled, and a device that fails, before or during a recording, is opened afresh next time.
 */
class WarmMicrophoneTest {

    private final List<MarkedSource> made = new CopyOnWriteArrayList<>();
    private volatile String nextOpenFailure;
    private final WarmMicrophone warm = new WarmMicrophone(() -> {
        MarkedSource s = new MarkedSource(nextOpenFailure);
        made.add(s);
        return s;
    });

    @Test
    void aRecordingBorrowsTheOpenMicrophoneAndGetsOnlyWhatComesAfterTheHandOver() throws Exception {
        warm.warm();
        waitFor(() -> made.size() == 1 && made.get(0).reads.get() > 3);
        MarkedSource device = made.get(0);
        device.marker = 2; // what the candidate says from now on

        AudioSource loan = warm.lend();
        loan.open();
        byte[] buffer = new byte[640];
        for (int i = 0; i < 5; i++) {
            int n = loan.read(buffer);
            for (int b = 0; b < n; b++) {
                assertEquals(2, buffer[b], "nothing from before the hand-over reaches the recording");
            }
        }
        assertEquals(1, made.size(), "the recording did not open a device of its own");
        assertEquals(1, device.opens.get());
        assertEquals(0, device.closes.get());
    }

    @Test
    void theMicrophoneStaysOpenFromOneRecordingToTheNextAndClosesWhenCooled() throws Exception {
        warm.warm();
        AudioSource first = warm.lend();
        first.open();
        first.read(new byte[640]);
        first.close();
        first.close(); // the recorder may close twice
        waitFor(() -> made.get(0).reads.get() > 2); // drained again between the two answers

        AudioSource second = warm.lend();
        second.open();
        assertTrue(second.read(new byte[640]) > 0);
        second.close();
        assertEquals(1, made.size());
        assertEquals(0, made.get(0).closes.get(), "kept open while wanted");

        warm.cool();
        waitFor(() -> made.get(0).closes.get() == 1);
        assertFalse(warm.isWarm());
    }

    @Test
    void cooledWhileARecordingHoldsItTheMicrophoneClosesWhenTheRecordingIsDone() throws Exception {
        warm.warm();
        AudioSource loan = warm.lend();
        loan.open();
        warm.cool();
        assertTrue(loan.read(new byte[640]) > 0, "the recording goes on");
        assertEquals(0, made.get(0).closes.get());
        loan.close();
        assertEquals(1, made.get(0).closes.get());
    }

    @Test
    void aMicrophoneThatWillNotOpenIsNotRetriedAtEveryTickAndTheRecordingSaysWhy() throws Exception {
        nextOpenFailure = "No microphone was found on this computer.";
        for (int i = 0; i < 10; i++) {
            warm.warm();
            Thread.sleep(5);
        }
        waitFor(() -> !warm.isWarm());
        assertEquals(1, made.size(), "one attempt while warming, not one per tick");

        AudioSource loan = warm.lend();
        CaptureException e = assertThrows(CaptureException.class, loan::open);
        assertEquals("No microphone was found on this computer.", e.getMessage());
        assertEquals(2, made.size(), "the recording tried the device itself");
        loan.close();
    }

    @Test
    void unpluggedDuringARecordingTheNextRecordingOpensAfresh() throws Exception {
        warm.warm();
        AudioSource loan = warm.lend();
        loan.open();
        made.get(0).unplugged = true;
        assertThrows(CaptureException.class, () -> loan.read(new byte[640]));
        loan.close();
        assertEquals(1, made.get(0).closes.get(), "a device that failed is closed, not kept warm");

        warm.warm();
        AudioSource next = warm.lend();
        next.open();
        assertTrue(next.read(new byte[640]) > 0);
        assertEquals(2, made.size());
        next.close();
    }

    @Test
    void withoutWarmingEachRecordingOpensAndClosesItsOwn() throws Exception {
        AudioSource loan = warm.lend();
        loan.open();
        assertTrue(loan.read(new byte[640]) > 0);
        loan.close();
        assertEquals(1, made.size());
        assertEquals(1, made.get(0).closes.get());
    }

    @Test
    void aRecordingWaitsForTheLastOneToHandTheMicrophoneBack() throws Exception {
        warm.warm();
        AudioSource first = warm.lend();
        first.open();
        AudioSource second = warm.lend();
        CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> {
            try {
                second.open();
            } catch (CaptureException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertFalse(opening.isDone(), "the next question's recording waits while the last one closes");
        first.close();
        opening.get(2, TimeUnit.SECONDS);
        assertTrue(second.read(new byte[640]) > 0);
        assertEquals(1, made.size(), "and then takes the same open device");
        second.close();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }

    /** Delivers 10 ms chunks filled with the current marker, at about a real device's pace. */
    private static final class MarkedSource implements AudioSource {
        final AtomicInteger opens = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();
        private final String openFailure;
        volatile byte marker = 1;
        volatile boolean unplugged;

        MarkedSource(String openFailure) {
            this.openFailure = openFailure;
        }

        @Override
        public void open() throws CaptureException {
            if (openFailure != null) {
                throw new CaptureException(openFailure);
            }
            opens.incrementAndGet();
        }

        @Override
        public int read(byte[] buffer) throws CaptureException {
            if (unplugged) {
                throw new CaptureException(MicrophoneSource.LOST);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = Math.min(buffer.length, 320);
            java.util.Arrays.fill(buffer, 0, n, marker);
            reads.incrementAndGet();
            return n;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
