package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One open incident on the incident ticker, as of one tick. Immutable; any thread.
 *
 * @param number   the desk's human number
 * @param title    short description
 * @param priority the desk's priority
 * @param service  the affected service
 * @param state    the desk's state
 * @param owner    assignee, else assignment group; empty when nobody has it
 * @param tier     escalation tier, 0 for first line
 * @param open     how long it has been open
 */
public record TickerRow(String number, String title, Priority priority, String service, IncidentState state,
                        Optional<String> owner, int tier, Duration open) {
    public TickerRow {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(open, "open");
    }

    /** "IN PROGRESS · j.devries · open 1h12m" (with "tier 2" once escalated, "UNASSIGNED" without owner). */
    public String detail() {
        StringBuilder s = new StringBuilder(service).append(" \u00b7 ").append(state.name().replace('_', ' '))
                .append(" \u00b7 ").append(owner.orElse("UNASSIGNED"));
        if (tier > 0) {
            s.append(" \u00b7 tier ").append(tier);
        }
        return s.append(" \u00b7 open ").append(DurationFormat.age(open)).toString();
    }
}
