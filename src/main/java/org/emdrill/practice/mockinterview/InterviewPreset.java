package org.emdrill.practice.mockinterview;

import java.util.Objects;

/** A named mock-interview configuration, built in or saved by the user. */
public record InterviewPreset(String name, InterviewConfig config) {
    public InterviewPreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
    }
}
