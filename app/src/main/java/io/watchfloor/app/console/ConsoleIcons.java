package io.watchfloor.app.console;

import io.watchfloor.core.Freshness;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Material Design icons (Ikonli {@code mdi2} pack) the console shows, so that no state is told by colour alone,
 * and the factory for them. The icons keep the style class {@code wf-icon} (and any given ones): their colour and
 * size come from the theme ({@code console.css}). Nodes it creates are FX-thread confined like any node.
 */
final class ConsoleIcons {
    static final String CONSOLE = "mdi2m-monitor-dashboard";
    static final String INCIDENT = "mdi2t-ticket-outline";
    static final String ALERT = "mdi2b-bell-ring-outline";
    static final String SEARCH = "mdi2m-magnify";
    static final String OPERATOR = "mdi2a-account-circle-outline";
    static final String SLA = "mdi2t-timer-outline";
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

    /** Severity (level 0..4 as in {@link Urgency}) of an alert. */
    static String severity(int level) {
        return switch (level) {
            case 0 -> "mdi2a-alert-octagon";
            case 1 -> "mdi2a-alert";
            case 2 -> "mdi2a-alert-circle";
            case 3 -> "mdi2a-alert-rhombus";
            default -> "mdi2i-information";
        };
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

    static String sla(String level) {
        return switch (level) {
            case "breached" -> "mdi2t-timer-alert-outline";
            case "warning" -> "mdi2t-timer-sand";
            case "paused" -> "mdi2p-pause-circle-outline";
            default -> "mdi2t-timer-outline";
        };
    }

    static String freshness(Freshness f) {
        return switch (f) {
            case LIVE -> "mdi2c-check-network";
            case DELAYED -> "mdi2c-clock-alert-outline";
            case STALE -> "mdi2t-timer-sand";
            case OFFLINE -> "mdi2l-lan-disconnect";
            case PENDING -> "mdi2d-dots-horizontal-circle";
        };
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
