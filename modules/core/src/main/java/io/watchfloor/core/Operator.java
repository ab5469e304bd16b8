package io.watchfloor.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who takes an action: the name written upstream (silence creator, work-note author) and the role
 * the engine checks before anything is sent.
 */
public record Operator(String name, Role role) {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@ -]{1,64}");

    public Operator {
        if (name == null || !NAME.matcher(name).matches() || name.isBlank()) {
            throw new IllegalArgumentException(
                    "operator name must be 1-64 letters, digits, space, '.', '_', '@' or '-', was '" + name + "'");
        }
        Objects.requireNonNull(role, "role");
    }
}
