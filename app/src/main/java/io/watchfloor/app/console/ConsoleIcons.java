package io.watchfloor.app.console;

import io.watchfloor.app.ui.StateIcons;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.Severity;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Material Design icons (Ikonli {@code mdi2} pack) the console shows, so that no state is told by colour alone,
 * and the factory for them. The icons keep the style class {@code wf-icon} (and any given ones): their colour and
 * size come from the theme ({@code console.css}). The icons of severities, SLA clocks and freshness are the wall's
 * ({@link StateIcons}). Nodes it creates are FX-thread confined like any node.
 */
final class ConsoleIcons {
    static final String CONSOLE = "mdi2m-monitor-dashboard";
    static final String INCIDENT = StateIcons.INCIDENT;
    static final String ESCALATION = StateIcons.ESCALATION;
    static final String ALERT = "mdi2b-bell-ring-outline";
    static final String SEARCH = "mdi2m-magnify";
    static final String OPERATOR = "mdi2a-account-circle-outline";
    static final String SLA = StateIcons.SLA;
    static final String TIMELINE = "mdi2h-history";
    static final String LINK = "mdi2l-link-variant";
    static final String LABELS = "mdi2t-tag-outline";
    static final String FILTER = "mdi2f-filter-variant";
    static final String NOTICE = "mdi2b-bell-alert-outline";
    static final String LOCK = "mdi2l-lock-outline";

    private ConsoleIcons() {
    }

    /** A themed icon. */
    static FontIcon icon(String literal, String... styleClasses) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("wf-icon");
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }

    /** Severity (level 0..4 as in {@link Urgency}: {@link Severity}'s order) of an alert; past the scale, info. */
    static String severity(int level) {
        Severity[] scale = Severity.values();
        return StateIcons.severity(level >= 0 && level < scale.length ? scale[level] : Severity.INFO);
    }

    /** The marker of an action's state. */
    static String marker(RowMarker.State state) {
        return switch (state) {
            case PENDING -> "mdi2t-timer-sand";
            case ACCEPTED -> "mdi2c-check";
            case REJECTED -> "mdi2c-close-octagon-outline";
            case FAILED -> "mdi2a-alert-outline";
            case NONE -> "mdi2c-circle-small";
        };
    }

    /** An SLA cell's level ({@code breached}, {@code warning}, {@code paused}, {@code ok}). */
    static String sla(String level) {
        return StateIcons.sla(level);
    }

    /** A source's freshness, with the same icons as on the wall. */
    static String freshness(Freshness f) {
        return StateIcons.freshness(f);
    }

    static String status(StatusLog.Level level) {
        return switch (level) {
            case OK -> "mdi2c-check-circle-outline";
            case WARN -> "mdi2a-alert-outline";
            case ERROR -> "mdi2c-close-octagon-outline";
            case INFO -> "mdi2i-information-outline";
        };
    }
}
