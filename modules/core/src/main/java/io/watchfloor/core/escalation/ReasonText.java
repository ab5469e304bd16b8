package io.watchfloor.core.escalation;

import io.watchfloor.core.Priority;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Durations, percentages and priority sets as escalation reasons write them. */
final class ReasonText {
    private ReasonText() {
    }

    /** A rule's wait, exactly: "15 min", "1 h 30 min", "1 min 30 s". */
    static String exact(Duration d) {
        long seconds = d.getSeconds();
        StringBuilder b = new StringBuilder();
        append(b, seconds / 3600, "h");
        append(b, seconds % 3600 / 60, "min");
        append(b, seconds % 60, "s");
        return b.length() == 0 ? "0 s" : b.toString();
    }

    /** An elapsed time, to whole minutes once past a minute: "16 min", "2 h 5 min", "40 s". */
    static String minutes(Duration d) {
        if (d.getSeconds() < 60) {
            return Math.max(0, d.getSeconds()) + " s";
        }
        return exact(Duration.ofMinutes(d.toMinutes()));
    }

    /** "80%", "53.3%". */
    static String percent(double p) {
        if (p == Math.rint(p)) {
            return (long) p + "%";
        }
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** A percentage reached, floored: "82%". */
    static String reached(double p) {
        return (long) Math.floor(p) + "%";
    }

    /** "P1", "P1/P2". */
    static String priorities(Set<Priority> priorities) {
        return priorities.stream().sorted().map(Priority::name).collect(Collectors.joining("/"));
    }

    private static void append(StringBuilder b, long value, String unit) {
        if (value > 0) {
            b.append(b.length() == 0 ? "" : " ").append(value).append(' ').append(unit);
        }
    }
}
