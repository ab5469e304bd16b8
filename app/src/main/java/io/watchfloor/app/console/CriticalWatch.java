package io.watchfloor.app.console;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * FX-thread confined. Decides which critical alerts deserve a desktop notification: one that appears on the board
 * (by key) firing and needing attention gets exactly one, on the snapshot where it first appears, never again
 * while it stays on the board (acknowledged and later un-acknowledged, or re-published every pulse). It is
 * announced again only if it leaves the board's firing criticals and comes back (a new episode).
 *
 * <p>The first snapshot with data (version above 0: the engine's empty board before its first read has version
 * 0) only seeds what is already there: opening the console does not raise a notification per existing alert, the
 * header shows those.
 */
final class CriticalWatch {
    /** A new critical alert to announce, and how long it has been firing (from the injected clock). */
    record Notice(Alert alert, Duration firingFor) {
        String title() {
            return "CRITICAL \u00b7 " + alert.name();
        }

        String text() {
            return alert.summary() + "\n" + alert.service() + " \u00b7 " + alert.source().value()
                    + " \u00b7 firing for "
                    + DurationFormat.age(firingFor) + "  (click to select, then A to acknowledge)";
        }
    }

    private final Clock clock;
    private final Set<String> known = new HashSet<>();
    private boolean seeded;

    CriticalWatch(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The critical alerts new on {@code board} that need someone, newest first. */
    List<Notice> observe(BoardState board) {
        if (board.version() <= 0) {
            return List.of();
        }
        Set<String> present = new HashSet<>();
        List<Notice> notices = new ArrayList<>();
        Instant now = clock.instant();
        for (Alert a : board.alerts()) {
            if (a.severity() == Severity.CRITICAL && a.firing()) {
                present.add(a.key());
                if (seeded && !known.contains(a.key()) && board.needsAttention(a)) {
                    Duration firing = now.isBefore(a.startsAt()) ? Duration.ZERO : Duration.between(a.startsAt(), now);
                    notices.add(new Notice(a, firing));
                }
            }
        }
        known.retainAll(present);
        known.addAll(present);
        seeded = true;
        notices.sort(Comparator.comparing((Notice n) -> n.alert().startsAt()).reversed());
        return notices;
    }
}
