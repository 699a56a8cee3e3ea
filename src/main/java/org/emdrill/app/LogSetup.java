package org.emdrill.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the app's System.Logger output to rotating files in the data folder. */
final class LogSetup {

    private static final int FILE_BYTES = 1024 * 1024;
    private static final int FILES = 5;

    /** JUL's root logger is global by nature; remember our handler so a second set-up replaces it. */
    private static FileHandler current;

    private LogSetup() {
    }

    /** Level, logger, message and the error's own words, without its stack trace. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            String error = r.getThrown() == null ? ""
                    : " (" + r.getThrown().getClass().getSimpleName() + ": " + r.getThrown().getMessage() + ")";
            return r.getLevel() + " " + r.getLoggerName() + ": " + formatMessage(r) + error + System.lineSeparator();
        }
    }

    static synchronized Path configure(Path logsDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Path pattern = logsDir.resolve("em-drill-%g.log");
        try {
            FileHandler handler = new FileHandler(pattern.toString(), FILE_BYTES, FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            if (current != null) {
                root.removeHandler(current);
                current.close();
            }
            root.addHandler(handler);
            current = handler;
            // Stack traces belong in the file; a terminal gets one line per problem.
            for (Handler h : root.getHandlers()) {
                if (h instanceof ConsoleHandler) {
                    h.setFormatter(new OneLine());
                }
            }
        } catch (IOException e) {
            Logger.getLogger("").warning("could not open the log file in " + logsDir + ": " + e.getMessage());
        }
        return logsDir.resolve("em-drill-0.log");
    }
}
