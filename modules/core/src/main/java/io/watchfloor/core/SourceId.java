package io.watchfloor.core;

import java.util.regex.Pattern;

/** The configured identifier of one upstream source ({@code am}, {@code snow-prod}). */
public record SourceId(String value) implements Comparable<SourceId> {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    public SourceId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "source id must be 1-63 letters, digits, '.', '_' or '-' starting with a letter or digit, was '"
                            + value + "'");
        }
    }

    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public int compareTo(SourceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
