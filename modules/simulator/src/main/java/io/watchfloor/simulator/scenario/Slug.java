package io.watchfloor.simulator.scenario;

import java.util.Locale;

/** Service-name slugs: lower case, every run of non-alphanumerics becomes one {@code -} (ADR 0004). */
public final class Slug {
    private Slug() {
    }

    /** The slug of a display name: "Payments Gateway" becomes "payments-gateway". */
    public static String of(String displayName) {
        String dashed = displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return dashed.replaceAll("^-+|-+$", "");
    }
}
