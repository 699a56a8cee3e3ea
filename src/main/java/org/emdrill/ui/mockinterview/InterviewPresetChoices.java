package org.emdrill.ui.mockinterview;

import java.util.List;
import java.util.function.Consumer;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewPreset;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.store.PresetRepository;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The user's own presets on the set-up: read in the background, saved under a name, and the last
 * interview's set-up kept (under a reserved name that is never listed) so the next start of the app
 * fills it in again.
 */
final class InterviewPresetChoices {

    private static final System.Logger LOG = System.getLogger(InterviewPresetChoices.class.getName());

    private final PresetRepository presets;
    private final BackgroundRunner runner;
    private final InterviewSetup setup;
    private final Consumer<String> status;

    InterviewPresetChoices(PresetRepository presets, BackgroundRunner runner, InterviewSetup setup,
            Consumer<String> status) {
        this.presets = presets;
        this.runner = runner;
        this.setup = setup;
        this.status = status;
    }

    /** Reads the presets in the background and fills the last set-up in again. */
    void load() {
        runner.run(presets::all, this::use,
                error -> status.accept("Your saved presets could not be read (" + error.getMessage() + ")."));
    }

    private void use(List<InterviewPreset> all) {
        setup.setUserPresets(all.stream().filter(p -> !p.name().equals(InterviewPresets.LAST_SETUP)).toList());
        all.stream().filter(p -> p.name().equals(InterviewPresets.LAST_SETUP)).findFirst()
                .ifPresent(p -> setup.restore(p.config()));
    }

    /** Keeps the set-up for the next start of the app; an interview still starts when that cannot be written. Background thread. */
    void remember(InterviewConfig config) {
        try {
            presets.save(InterviewPresets.LAST_SETUP, config);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remember the interview's set-up", e);
        }
    }

    /** Saves the current set-up under {@code name}, replacing a user preset of that name. */
    void save(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            status.accept("A preset needs a name.");
            return;
        }
        if (InterviewPresets.isBuiltInName(trimmed) || trimmed.equalsIgnoreCase(InterviewPresets.LAST_SETUP)) {
            status.accept("\u201c" + trimmed + "\u201d is a built-in preset; pick another name.");
            return;
        }
        InterviewConfig config = setup.config();
        runner.run(() -> {
            presets.save(trimmed, config);
            return presets.all();
        }, all -> {
            setup.setUserPresets(all.stream().filter(p -> !p.name().equals(InterviewPresets.LAST_SETUP)).toList());
            setup.presets().stream().filter(p -> p.name().equals(trimmed)).findFirst()
                    .ifPresent(p -> setup.presetProperty().set(p));
            status.accept("Saved the preset \u201c" + trimmed + "\u201d.");
        }, error -> status.accept("Could not save the preset (" + error.getMessage() + ")."));
    }
}
