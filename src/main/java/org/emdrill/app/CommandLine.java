package org.emdrill.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed command line: what to do and with which data folder. */
record CommandLine(Action action, Optional<Path> dataDir, List<Path> files, String error) {

    enum Action {
        RUN_APP, VALIDATE, SPEECH, HELP, VERSION, USAGE_ERROR
    }

    static CommandLine parse(String[] args) {
        Optional<Path> dataDir = Optional.empty();
        List<Path> files = new ArrayList<>();
        Action action = Action.RUN_APP;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return new CommandLine(Action.HELP, dataDir, files, null);
                }
                case "--version", "-V" -> {
                    return new CommandLine(Action.VERSION, dataDir, files, null);
                }
                case "--data-dir" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        return error("--data-dir needs a folder, e.g. --data-dir ~/em-drill-data");
                    }
                    dataDir = Optional.of(Path.of(args[++i]));
                }
                case "validate", "speech" -> {
                    if (action == Action.RUN_APP && files.isEmpty()) {
                        action = a.equals("validate") ? Action.VALIDATE : Action.SPEECH;
                    } else {
                        files.add(Path.of(a));
                    }
                }
                default -> {
                    if (a.startsWith("--data-dir=")) {
                        dataDir = Optional.of(Path.of(a.substring("--data-dir=".length())));
                    } else if ((action == Action.VALIDATE || action == Action.SPEECH) && !a.startsWith("-")) {
                        files.add(Path.of(a));
                    } else {
                        return error("unknown option or command: " + a);
                    }
                }
            }
        }
        return new CommandLine(action, dataDir, files, null);
    }

    private static CommandLine error(String message) {
        return new CommandLine(Action.USAGE_ERROR, Optional.empty(), List.of(), message);
    }

    static String usage() {
        return """
                Usage: em-drill [--data-dir DIR]            open the app
                       em-drill validate FILE...            check question-bank files, no window
                       em-drill speech FILE.wav             delivery figures of a recording as JSON
                       em-drill --help | --version

                Options:
                  --data-dir DIR   keep all user data (history, banks, settings, backups, logs) in DIR
                                   (default: the per-user data folder, e.g. ~/.local/share/em-drill)

                validate prints one line per problem as file:line:column: message
                and exits with 1 if any file has a problem, 0 if all are valid.

                speech prints one JSON object (durationSeconds, talkSeconds, firstWordSeconds,
                pausesOver2s, longestPauseSeconds, syllablesPerSecond, pauses) for a 16-bit PCM WAV
                of 8 to 48 kHz, mono or stereo; any other file gets a message and exit code 1.
                """;
    }
}
