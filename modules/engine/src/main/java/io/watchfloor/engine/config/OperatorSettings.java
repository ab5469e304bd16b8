package io.watchfloor.engine.config;

import io.watchfloor.core.Role;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code operator:} section: who acts from this machine, with which role, and how long an alert
 * acknowledgement lasts. Name and role fall back to the OS user and {@code operator} (command-line
 * options override both).
 */
public record OperatorSettings(Optional<String> name, Optional<Role> role, Duration ackDuration) {
    public static final OperatorSettings DEFAULT = new OperatorSettings(Optional.empty(), Optional.empty(), Duration.ofHours(4));

    public OperatorSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ackDuration, "ackDuration");
    }
}
