package io.watchfloor.core;

import java.util.Objects;

/**
 * One matcher of a silence: {@code name="value"}, {@code name=~"regex"}, or their negations.
 */
public record LabelMatcher(String name, String value, boolean regex, boolean equal) {
    public LabelMatcher {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("matcher label name must not be blank");
        }
        Objects.requireNonNull(value, "value");
    }

    public static LabelMatcher exact(String name, String value) {
        return new LabelMatcher(name, value, false, true);
    }

    @Override
    public String toString() {
        return name + (equal ? "" : "!") + (regex ? "=~" : "=") + '"' + value + '"';
    }
}
