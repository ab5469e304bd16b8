package io.watchfloor.connectors.rt;

import io.watchfloor.core.Priority;
import java.util.Locale;
import java.util.Optional;

/**
 * RT's numeric priority (0..100; RT 5 shows 0/50/100 as Low/Medium/High) and Watchfloor's P1..P5.
 * Reading: 90+ P1, 65+ P2, 40+ P3, 15+ P4, below P5; the words High/Medium/Low read as 100/50/0.
 * Writing: P1 100, P2 75, P3 50, P4 25, P5 0, so a written priority reads back as itself. Stateless.
 */
final class RtPriority {
    private RtPriority() {
    }

    static Priority read(String value) {
        return fromNumber(number(value).orElse(50));
    }

    static Priority fromNumber(int n) {
        if (n >= 90) {
            return Priority.P1;
        }
        if (n >= 65) {
            return Priority.P2;
        }
        if (n >= 40) {
            return Priority.P3;
        }
        return n >= 15 ? Priority.P4 : Priority.P5;
    }

    static int write(Priority p) {
        return (5 - p.code()) * 25;
    }

    private static Optional<Integer> number(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "high":
                return Optional.of(100);
            case "medium":
                return Optional.of(50);
            case "low":
                return Optional.of(0);
            default:
                try {
                    return Optional.of(Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
        }
    }
}
