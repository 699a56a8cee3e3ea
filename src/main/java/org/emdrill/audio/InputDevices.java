package org.emdrill.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The inputs Settings can choose from, by name; the system default is chosen by choosing none. */
public final class InputDevices {

    private InputDevices() {
    }

    /** Names of the mixers that can capture; empty when there is no sound system at all. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        try {
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                if (canCapture(AudioSystem.getMixer(info))) {
                    names.add(info.getName());
                }
            }
        } catch (RuntimeException noSoundSystem) {
            // Some systems throw from the provider lookup itself; Settings then offers only the default.
            return List.of();
        }
        return List.copyOf(names);
    }

    static Optional<Mixer> find(String name) {
        try {
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                if (info.getName().equals(name)) {
                    Mixer mixer = AudioSystem.getMixer(info);
                    if (canCapture(mixer)) {
                        return Optional.of(mixer);
                    }
                }
            }
        } catch (RuntimeException noSoundSystem) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean canCapture(Mixer mixer) {
        for (Line.Info line : mixer.getTargetLineInfo()) {
            if (TargetDataLine.class.isAssignableFrom(line.getLineClass())) {
                return true;
            }
        }
        return false;
    }
}
