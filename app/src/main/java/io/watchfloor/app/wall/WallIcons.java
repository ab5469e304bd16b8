package io.watchfloor.app.wall;

import io.watchfloor.core.Freshness;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;

/**
 * The Material Design icon (Ikonli {@code mdi2} pack) for each state the wall shows, so that no state is told by
 * colour alone. Icons are {@link Glyph}s: their size and colour come from the theme. Nodes it creates are
 * FX-thread confined like any node.
 */
final class WallIcons {
    static final String SERVICES = "mdi2v-view-grid";
    static final String ALERTS = "mdi2b-bell-ring";
    static final String AVAILABILITY = "mdi2c-chart-line";
    static final String SLA = "mdi2t-timer-outline";
    static final String SOURCES = "mdi2l-lan-connect";
    static final String BELOW_SLO = "mdi2a-arrow-down-bold";
    static final String PARTIAL = "mdi2c-chart-timeline-variant";
    static final String COST = "mdi2c-cash-multiple";
    static final String INCIDENTS = "mdi2t-ticket-outline";
    static final String ACKS = "mdi2a-account-check";
    static final String ACKNOWLEDGED = "mdi2a-account-check";
    static final String EXPIRING = "mdi2t-timer-sand";
    static final String ON_CALL_TILE = "mdi2a-account-group";
    static final String ON_CALL = "mdi2p-phone-in-talk";
    static final String ALARM = "mdi2a-alarm-light";
    static final String MUTED = "mdi2v-volume-off";
    static final String PAUSED = "mdi2p-pause-circle";

    private WallIcons() {
    }

    /** A themed icon ({@link Glyph}) with any further style classes on the glyph. */
    static Glyph icon(String literal, String... styleClasses) {
        Glyph glyph = new Glyph(literal);
        glyph.getStyleClass().addAll(styleClasses);
        return glyph;
    }

    static String severity(Severity s) {
        return switch (s) {
            case CRITICAL -> "mdi2a-alert-octagon";
            case MAJOR -> "mdi2a-alert";
            case MINOR -> "mdi2a-alert-circle";
            case WARNING -> "mdi2a-alert-rhombus";
            case INFO -> "mdi2i-information";
        };
    }

    static String status(ServiceStatus s) {
        return switch (s) {
            case DOWN -> "mdi2c-close-octagon";
            case DEGRADED -> "mdi2a-alert";
            case UNKNOWN -> "mdi2h-help-circle";
            case UP -> "mdi2c-check-circle";
        };
    }

    static String freshness(Freshness f) {
        return switch (f) {
            case LIVE -> "mdi2c-check-network";
            case DELAYED -> "mdi2c-clock-alert-outline";
            case STALE -> "mdi2t-timer-sand";
            case OFFLINE -> "mdi2l-lan-disconnect";
            case PENDING -> "mdi2d-dots-horizontal-circle-outline";
        };
    }

    static String sla(SlaUrgency u) {
        return switch (u) {
            case BREACHED -> "mdi2t-timer-alert-outline";
            case WARNING -> "mdi2t-timer-sand";
            case PAUSED -> "mdi2p-pause-circle-outline";
            case OK -> "mdi2t-timer-outline";
        };
    }
}
