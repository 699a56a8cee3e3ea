package org.emdrill.settings;

import java.util.Optional;

/**
 * The input spoken answers are recorded from, as chosen in Settings → Microphone. Whoever opens a
 * microphone reads it from {@link Settings#microphone()}: {@code new MicrophoneSource(settings.microphone().device())}.
 *
 * @param deviceName the input's name as {@code audio.InputDevices.names()} lists it; null for the system default
 */
public record MicrophoneChoice(String deviceName) {

    /** What the choice is called when no particular input is chosen. */
    public static final String SYSTEM_DEFAULT_LABEL = "System default";
    public static final MicrophoneChoice SYSTEM_DEFAULT = new MicrophoneChoice(null);

    public MicrophoneChoice {
        deviceName = deviceName == null || deviceName.isBlank() ? null : deviceName;
    }

    /** The named input, or empty for the system's default input. */
    public Optional<String> device() {
        return Optional.ofNullable(deviceName);
    }

    public boolean isSystemDefault() {
        return deviceName == null;
    }

    /** The name shown in the Settings list. */
    public String label() {
        return deviceName == null ? SYSTEM_DEFAULT_LABEL : deviceName;
    }
}
