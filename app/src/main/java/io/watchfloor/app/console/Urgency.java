package io.watchfloor.app.console;

import io.watchfloor.core.Priority;
import io.watchfloor.core.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How urgent a console row is, comparable across alerts and incidents: an alert's severity and an incident's
 * priority share one scale of five levels (critical = P1 ... info = P5). Sorting ascending puts the most urgent
 * first; within a level, rows that still need someone come before the ones being handled, and open ones before
 * resolved ones. Immutable.
 *
 * @param level     0 (critical / P1) to 4 (info / P5)
 * @param label     what the cell shows: {@code CRITICAL} or {@code P1}
 * @param styleClass the theme's class for the level: {@code wf-sev-critical} or {@code wf-priority-p1}
 * @param attention whether nobody has taken it on yet (unacknowledged and firing / open)
 * @param open      firing alert or open incident
 */
record Urgency(int level, String label, String styleClass, boolean attention, boolean open)
        implements Comparable<Urgency> {
    /** The five levels as the severity filter lists them, most urgent first. */
    static final List<String> LEVEL_NAMES =
            List.of("Critical \u00b7 P1", "Major \u00b7 P2", "Minor \u00b7 P3", "Warning \u00b7 P4", "Info \u00b7 P5");

    private static final Comparator<Urgency> ORDER = Comparator.comparingInt(Urgency::level)
            .thenComparing(u -> !u.attention())
            .thenComparing(u -> !u.open());

    static Urgency of(Severity severity, boolean attention, boolean open) {
        return new Urgency(severity.ordinal(), severity.label().toUpperCase(Locale.ROOT),
                "wf-sev-" + severity.label(), attention, open);
    }

    static Urgency of(Priority priority, boolean attention, boolean open) {
        return new Urgency(priority.ordinal(), priority.name(), "wf-priority-"
                + priority.name().toLowerCase(Locale.ROOT),
                attention, open);
    }

    /** The level as the filter names it. */
    String levelName() {
        return LEVEL_NAMES.get(level);
    }

    @Override
    public int compareTo(Urgency other) {
        return ORDER.compare(this, other);
    }
}
