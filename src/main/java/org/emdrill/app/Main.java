package org.emdrill.app;

import java.io.PrintStream;
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
            default -> {
                AppPaths paths = cl.dataDir().map(p -> new AppPaths(p.toAbsolutePath())).orElseGet(AppPaths::defaults);
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
