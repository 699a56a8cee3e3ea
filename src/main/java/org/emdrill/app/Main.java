package org.emdrill.app;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import org.emdrill.audio.SpeechCommand;
import org.emdrill.bank.ValidateCommand;

/**
 * The plain entry point (not an Application subclass) so {@code java -jar} works on the class path.
 * Commands that need no window run here without starting JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit code, or -1 when the window was opened and owns the process. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return runParsed(args, out, err);
        } catch (InvalidPathException e) {
            // With a non-UTF-8 locale (LANG=C) Java cannot spell non-ASCII file names; nothing in the app can
            // work around that, so say so plainly instead of ending with a trace.
            String message = unspellablePath(e.getInput());
            err.println("em-drill: " + message);
            boolean window = args.length == 0 || !("validate".equals(args[0]) || "speech".equals(args[0]));
            return window ? showInsteadOfTheApp(message) : 2;
        }
    }

    static String unspellablePath(String path) {
        String locale = firstSet("LC_ALL", "LC_CTYPE", "LANG");
        return "EM Drill cannot use the folder " + path + ": its name has characters that this system's language"
                + " setting (" + locale + ", character set " + System.getProperty("sun.jnu.encoding", "unknown")
                + ") cannot spell. Start EM Drill with a UTF-8 language setting (for example LANG=C.UTF-8), or use"
                + " --data-dir with a folder whose name has only plain letters and digits.";
    }

    private static String firstSet(String... names) {
        for (String name : names) {
            String value = System.getenv(name);
            if (value != null && !value.isEmpty()) {
                return name + "=" + value;
            }
        }
        return "no LANG set";
    }

    private static int showInsteadOfTheApp(String message) {
        try {
            int status = EmDrillApp.launchFailure(new StartupFailure(StartupFailure.Kind.CANNOT_START, message));
            return status == 0 ? 2 : status;
        } catch (RuntimeException noDisplay) {
            return 2; // the message is on stderr already
        }
    }

    private static int runParsed(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = CommandLine.parse(args);
        switch (cl.action()) {
            case HELP -> {
                out.print(CommandLine.usage());
                return 0;
            }
            case VERSION -> {
                out.println("EM Drill " + version());
                return 0;
            }
            case USAGE_ERROR -> {
                err.println("em-drill: " + cl.error());
                err.println("Run em-drill --help for usage.");
                return 2;
            }
            case VALIDATE -> {
                return new ValidateCommand().run(cl.files(), out, err);
            }
            case SPEECH -> {
                return new SpeechCommand().run(cl.files(), out, err);
            }
            default -> {
                AppPaths paths = cl.dataDir().map(p -> new AppPaths(p.toAbsolutePath())).orElseGet(AppPaths::defaults)
                        .followingMove();
                int status = EmDrillApp.launchWith(paths);
                return status == 0 ? -1 : status;
            }
        }
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
