package io.watchfloor.core;

import java.util.Locale;

/** How much the business depends on a service; tier 1 first. */
public enum Criticality {
    TIER_1,
    TIER_2,
    TIER_3;

    /** Parses {@code tier1}, {@code tier-1}, {@code TIER_1} or {@code 1}. */
    public static Criticality parse(String text) {
        String digits = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^0-9]", "");
        return switch (digits) {
            case "1" -> TIER_1;
            case "2" -> TIER_2;
            case "3" -> TIER_3;
            default -> throw new IllegalArgumentException("criticality must be tier1, tier2 or tier3, was '" + text + "'");
        };
    }
}
