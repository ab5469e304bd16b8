package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.sla.SlaLevel;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One SLA clock on the timer tile, as of one tick. Immutable; any thread.
 *
 * @param incidentNumber the desk's human number (INC0010001)
 * @param title          the incident's short description
 * @param priority       the incident's priority
 * @param service        the affected service
 * @param clockName      the policy's name ("P1 resolution (4h)")
 * @param kind           response or resolution
 * @param origin         the desk's own clock or one Watchfloor computed
 * @param state          the clock's state at the tick (a running clock past its breach reads BREACHED)
 * @param remaining      time left at the tick; negative once breached
 * @param percent        elapsed share of the target, above 100 after a breach
 * @param level          how urgent it is by its policy's thresholds: colour, icon and word of the row
 * @param breachTime     the breach instant as a wall-clock time ("14:32", "28 Nov 09:00")
 */
public record SlaTimerRow(String incidentNumber, String title, Priority priority, String service, String clockName,
                          SlaKind kind, ClockOrigin origin, ClockState state, Duration remaining, double percent,
                          SlaLevel level, String breachTime) {
    public SlaTimerRow {
        Objects.requireNonNull(incidentNumber, "incidentNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(clockName, "clockName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(breachTime, "breachTime");
    }

    /** "01:23:45" while time is left; "BREACHED +12:34" once breached; "PAUSED 01:23:45" while paused. */
    public String remainingText() {
        if (level == SlaLevel.BREACHED) {
            return "BREACHED " + DurationFormat.overdue(remaining);
        }
        if (level == SlaLevel.PAUSED) {
            return "PAUSED " + DurationFormat.countdown(remaining);
        }
        return DurationFormat.countdown(remaining);
    }

    /**
     * The level in words with the breach forecast, so the row never relies on colour: "WARN · breaches 14:32",
     * "BREACHED · at 14:02", "PAUSED · 62% used".
     */
    public String forecastText() {
        String word = level.name();
        return switch (level) {
            case BREACHED -> word + " \u00b7 at " + breachTime;
            case PAUSED -> word + " \u00b7 " + Math.round(percent) + "% used";
            default -> word + " \u00b7 breaches " + breachTime;
        };
    }

    /** "DESK" for the desk's own clock, "COMPUTED" for one Watchfloor computed from its policy. */
    public String originText() {
        return origin.name();
    }

    /** The style-class suffix of the level: {@code ok}, {@code warn}, {@code critical}, ... */
    public String levelStyle() {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
