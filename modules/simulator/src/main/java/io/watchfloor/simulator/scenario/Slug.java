package io.watchfloor.simulator.scenario;

import java.util.Locale;
import java.util.regex.Pattern;

/** Service-name slugs: lower case, every run of non-alphanumerics becomes one {@code -} (ADR 0004). */
public final class Slug {
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slug() {
    }

    /** The slug of a display name: "Payments Gateway" becomes "payments-gateway". */
    public static String of(String displayName) {
        String dashed = NON_ALPHANUMERIC.matcher(displayName.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASHES.matcher(dashed).replaceAll("");
    }
}
