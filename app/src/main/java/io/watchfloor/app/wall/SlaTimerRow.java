package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
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
 * @param urgency        how the row is coloured
 */
public record SlaTimerRow(String incidentNumber, String title, Priority priority, String service, String clockName,
                          SlaKind kind, ClockOrigin origin, ClockState state, Duration remaining, double percent,
                          SlaUrgency urgency) {
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
        Objects.requireNonNull(urgency, "urgency");
    }

    /** "01:23:45" while time is left; "BREACHED +12:34" once breached. */
    public String remainingText() {
        if (urgency == SlaUrgency.BREACHED) {
            return "BREACHED " + DurationFormat.overdue(remaining);
        }
        return DurationFormat.countdown(remaining);
    }

    /** "DESK" for the desk's own clock, "COMPUTED" for one Watchfloor computed from its policy. */
    public String originText() {
        return origin.name();
    }
}
