package io.watchfloor.app.console;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One SLA clock as a table cell or a detail line shows it at one instant: the countdown text, how urgent it is (a
 * style class suffix) and a sort key. Immutable; recomputed every second from the injected clock.
 *
 * @param text     {@code 01:23:45}, {@code BREACHED +12:07}, {@code PAUSED 14:19:00}, or empty for no clock
 * @param level    {@code breached}, {@code warning}, {@code ok}, {@code paused} or {@code none}
 * @param percent  elapsed share of the target (above 100 after a breach); 0 for none
 * @param sortKey  seconds left (negative when breached); {@link Long#MAX_VALUE} for none, so no clock sorts last
 */
record SlaCell(String text, String level, double percent, long sortKey) implements Comparable<SlaCell> {
    /** Share of the target from which a running clock shows as a warning (as on the wall). */
    static final double WARN_PERCENT = 75.0;
    static final SlaCell NONE = new SlaCell("", "none", 0, Long.MAX_VALUE);

    /** The cell for {@code clock} at {@code now}. */
    static SlaCell of(SlaClock clock, Instant now) {
        ClockState state = clock.stateAt(now);
        Duration remaining = clock.remainingAt(now);
        double percent = clock.percentAt(now);
        if (state == ClockState.BREACHED) {
            return new SlaCell("BREACHED " + DurationFormat.overdue(remaining), "breached", percent,
                    remaining.getSeconds());
        }
        if (state == ClockState.PAUSED) {
            return new SlaCell("PAUSED " + DurationFormat.countdown(remaining), "paused", percent,
                    remaining.getSeconds());
        }
        if (state == ClockState.MET || state == ClockState.CANCELLED) {
            return new SlaCell(state == ClockState.MET ? "met" : "cancelled", "none", percent, Long.MAX_VALUE - 1);
        }
        return new SlaCell(DurationFormat.countdown(remaining), percent >= WARN_PERCENT ? "warning" : "ok", percent,
                remaining.getSeconds());
    }

    /** The cell for the clock that breaches first, or {@link #NONE}. */
    static SlaCell of(Optional<SlaClock> clock, Instant now) {
        return clock.map(c -> of(c, now)).orElse(NONE);
    }

    @Override
    public int compareTo(SlaCell other) {
        return Long.compare(sortKey, other.sortKey);
    }
}
