package org.emdrill.practice.drill;

import java.util.Objects;

/** A named drill configuration, built in or saved by the user. */
public record DrillPreset(String name, DrillConfig config) {
    public DrillPreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
    }
}
