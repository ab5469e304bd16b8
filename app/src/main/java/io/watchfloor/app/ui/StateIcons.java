package io.watchfloor.app.ui;

import io.watchfloor.core.Freshness;
import io.watchfloor.core.Severity;

/**
 * The Material Design icon literals (Ikonli {@code mdi2} pack) for the domain states that both the wall and the
 * console show, so that a severity, an SLA clock or a source's freshness wears the same icon in both windows and no
 * state is told by colour alone. Literals only: each window makes its own themed node from them. Pure functions;
 * any thread.
 */
public final class StateIcons {
    /** An incident. */
    public static final String INCIDENT = "mdi2t-ticket-outline";
    /** An SLA clock that is running with time to spare (also the icon of SLA clocks in general). */
    public static final String SLA = "mdi2t-timer-outline";

    private StateIcons() {
    }

    /** The icon of an alert's severity. */
    public static String severity(Severity s) {
        return switch (s) {
            case CRITICAL -> "mdi2a-alert-octagon";
            case MAJOR -> "mdi2a-alert";
            case MINOR -> "mdi2a-alert-circle";
            case WARNING -> "mdi2a-alert-rhombus";
            case INFO -> "mdi2i-information";
        };
    }

    /**
     * The icon of an SLA clock by its level as the themes name it: {@code breached}, {@code critical},
     * {@code warn} (or {@code warning}), {@code paused}, {@code met}; any other level (the running {@code ok}) is
     * {@link #SLA}.
     */
    public static String sla(String level) {
        return switch (level) {
            case "breached" -> "mdi2t-timer-alert-outline";
            case "critical" -> "mdi2t-timer-sand-complete";
            case "warn", "warning" -> "mdi2t-timer-sand";
            case "paused" -> "mdi2p-pause-circle-outline";
            case "met" -> "mdi2t-timer-check-outline";
            default -> SLA;
        };
    }

    /** An escalation proposed or due: a person moving up. */
    public static final String ESCALATION = "mdi2a-account-arrow-up";

    /** The icon of a source's freshness. */
    public static String freshness(Freshness f) {
        return switch (f) {
            case LIVE -> "mdi2c-check-network";
            case DELAYED -> "mdi2c-clock-alert-outline";
            case STALE -> "mdi2t-timer-sand";
            case OFFLINE -> "mdi2l-lan-disconnect";
            case PENDING -> "mdi2d-dots-horizontal-circle-outline";
        };
    }
}
