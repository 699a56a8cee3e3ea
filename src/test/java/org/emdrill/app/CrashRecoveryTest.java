package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.Ticker;
import org.emdrill.store.DraftStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The real app in its own process is killed mid-answer; the next start still has what was typed. */
class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void answerTypedBeforeASigkillIsOfferedAgain() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", KillProbe.class.getName(), dataDir.toString()));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<String> typed = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("TYPED ")) {
                            typed.complete(line.substring(6));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // The process was killed.
                }
                typed.complete(null);
            });
            reader.setDaemon(true);
            reader.start();
            String firstPart = typed.get(120, TimeUnit.SECONDS);
            assertTrue(firstPart != null, "the app started and took the typing");
            Thread.sleep(2_500);
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hooks, no chance to save
            app.waitFor(20, TimeUnit.SECONDS);
        }

        // A new start on the same folder: the lock is free again and the draft is there.
        var context = Startup.open(new AppPaths(dataDir), InstantSource.system(), Ticker.system()).context();
        assertTrue(context.isPresent(), "a new start opens after the kill");
        context.get().close();
        AnswerDraft draft = DraftStore.practice(new AppPaths(dataDir).drafts(), InstantSource.system()).load().orElseThrow();
        assertTrue(draft.answerText().startsWith(KillProbe.FIRST_PART), "recovered: " + draft.answerText());
    }
}
