package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app in its own process is killed in the middle of a mock-interview answer; the next start
 * offers the interview in the window whichever screen opens, and resuming puts back what was typed.
 */
class MockInterviewCrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anInterviewKilledMidAnswerIsOfferedAndResumedWithItsText() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        Process app = start("answer", seen);
        try {
            await(seen, "TYPED", 120);
            // Poll for the autosave rather than sleeping a fixed time: the snapshot holds the first part.
            Path snapshot = dataDir.resolve("drafts").resolve("interview.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(snapshot) && Files.readString(snapshot).contains(InterviewKillProbe.FIRST_PART))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.readString(snapshot).contains(InterviewKillProbe.FIRST_PART), "autosaved before the kill");
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hooks, no chance to save
            app.waitFor(20, TimeUnit.SECONDS);
        }

        Process again = start("offer", seen);
        try {
            String offer = await(seen, "OFFERED", 120);
            assertTrue(offer.contains("question 1 of"), "the banner says where it stopped: " + offer);
            String resumed = await(seen, "RESUMED", 120);
            assertTrue(resumed.startsWith(InterviewKillProbe.FIRST_PART), "resumed: " + resumed);
        } finally {
            again.destroyForcibly();
            again.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process start(String mode, Map<String, String> seen) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", InterviewKillProbe.class.getName(), dataDir.toString(), mode));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    int space = line.indexOf(' ');
                    if (space > 0 && line.substring(0, space).matches("TYPED|OFFERED|RESUMED")) {
                        seen.put(line.substring(0, space), line.substring(space + 1));
                    }
                }
            } catch (java.io.IOException ignored) {
                // The process was killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private static String await(Map<String, String> seen, String key, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!seen.containsKey(key) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String value = seen.get(key);
        assertNotNull(value, "the app printed " + key);
        return value;
    }
}
