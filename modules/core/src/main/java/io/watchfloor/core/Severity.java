package io.watchfloor.core;

import java.util.Locale;

/**
 * How bad an alert is, most severe first. The order of the constants is the order of urgency:
 * {@code CRITICAL.compareTo(WARNING) < 0}.
 */
public enum Severity {
    CRITICAL("critical"),
    MAJOR("major"),
    MINOR("minor"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word shown next to the icon and used in JSON output. */
    public String label() {
        return label;
    }

    /** True when this severity is at least as urgent as {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /**
     * Reads the free-text severity that monitoring systems put in a label ({@code severity="page"}).
     * Unknown words map to {@link #WARNING}: an operator must see an alert whose severity we cannot
     * read, rather than have it sink to the bottom as "info".
     */
    public static Severity fromLabel(String value) {
        if (value == null || value.isBlank()) {
            return WARNING;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "critical", "crit", "page", "emergency", "alert", "fatal", "disaster", "p1", "sev1" -> CRITICAL;
            case "major", "high", "error", "err", "p2", "sev2" -> MAJOR;
            case "minor", "medium", "average", "p3", "sev3" -> MINOR;
            case "warning", "warn", "low", "p4", "sev4" -> WARNING;
            case "info", "informational", "information", "notice", "none", "ok", "p5", "sev5" -> INFO;
            default -> WARNING;
        };
    }
}
