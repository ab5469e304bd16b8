package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StateIcons;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import io.watchfloor.core.sla.SlaLevel;
import java.util.Locale;

/**
 * The Material Design icon (Ikonli {@code mdi2} pack) for each state the wall shows, so that no state is told by
 * colour alone. Icons are {@link Glyph}s: their size and colour come from the theme. The icons of severities, SLA
 * clocks and freshness are the console's ({@link StateIcons}). Nodes it creates are FX-thread confined like any
 * node.
 */
final class WallIcons {
    static final String SERVICES = "mdi2v-view-grid";
    static final String ALERTS = "mdi2b-bell-ring";
    static final String AVAILABILITY = "mdi2c-chart-line";
    static final String SLA = StateIcons.SLA;
    static final String SOURCES = "mdi2l-lan-connect";
    static final String BELOW_SLO = "mdi2a-arrow-down-bold";
    static final String PARTIAL = "mdi2c-chart-timeline-variant";
    static final String COST = "mdi2c-cash-multiple";
    static final String INCIDENTS = StateIcons.INCIDENT;
    static final String ACKS = "mdi2a-account-check";
    static final String ACKNOWLEDGED = "mdi2a-account-check";
    static final String EXPIRING = "mdi2t-timer-sand";
    static final String ON_CALL_TILE = "mdi2a-account-group";
    static final String ON_CALL = "mdi2p-phone-in-talk";
    static final String ALARM = "mdi2a-alarm-light";
    static final String MUTED = "mdi2v-volume-off";
    static final String PAUSED = "mdi2p-pause-circle";
    static final String ESCALATIONS = StateIcons.ESCALATION;
    static final String ESCALATED = "mdi2a-arrow-up-bold-circle";
    static final String UPCOMING = "mdi2c-clock-outline";
    static final String METRICS = "mdi2c-chart-box-outline";
    static final String WITHIN_TARGET = "mdi2c-check-circle-outline";
    static final String OVER_TARGET = "mdi2a-alert-circle-outline";
    static final String PEAK = "mdi2f-fire";

    private WallIcons() {
    }

    /** A themed icon ({@link Glyph}) with any further style classes on the glyph. */
    static Glyph icon(String literal, String... styleClasses) {
        Glyph glyph = new Glyph(literal);
        glyph.getStyleClass().addAll(styleClasses);
        return glyph;
    }

    static String severity(Severity s) {
        return StateIcons.severity(s);
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
        return StateIcons.freshness(f);
    }

    static String sla(SlaLevel level) {
        return StateIcons.sla(level.name().toLowerCase(Locale.ROOT));
    }
}
