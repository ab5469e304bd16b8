package io.watchfloor.core.sla;

import io.watchfloor.core.ClockState;
import io.watchfloor.core.SlaClock;
import java.time.Instant;

/**
 * How urgent an SLA clock is at an instant, for colour, icon and text on the wall. Ordered from
 * the calmest live level to the settled ones; use {@link #levelAt} to compute it.
 */
public enum SlaLevel {
    /** Running, below the warn threshold. */
    OK,
    /** Running, at or above the warn threshold. */
    WARN,
    /** Running, at or above the critical threshold, not yet breached. */
    CRITICAL,
    /** Past its target: running past its breach instant, paused after it, or stopped late. */
    BREACHED,
    /** Paused before its target (e.g. On Hold). */
    PAUSED,
    /** Stopped within its target. */
    MET,
    /** Cancelled with its incident; no promise left to keep. */
    CANCELLED;

    /**
     * The level of {@code clock} at {@code now}: settled clocks by their state; a paused clock is
     * {@link #BREACHED} when its elapsed time already exceeds the target, else {@link #PAUSED}; a
     * running clock is {@link #BREACHED} from its breach instant on, else graded by
     * {@link SlaClock#percentAt} against {@code thresholds}.
     */
    public static SlaLevel levelAt(SlaClock clock, Instant now, SlaThresholds thresholds) {
        switch (clock.state()) {
            case MET:
                return MET;
            case BREACHED:
                return BREACHED;
            case CANCELLED:
                return CANCELLED;
            case PAUSED:
                return clock.elapsed().compareTo(clock.target()) >= 0 ? BREACHED : PAUSED;
            default:
                break;
        }
        if (clock.stateAt(now) == ClockState.BREACHED) {
            return BREACHED;
        }
        double percent = clock.percentAt(now);
        if (percent >= thresholds.criticalPercent()) {
            return CRITICAL;
        }
        return percent >= thresholds.warnPercent() ? WARN : OK;
    }

    /** Whether the clock can still breach (OK, WARN, CRITICAL or PAUSED). */
    public boolean live() {
        return this == OK || this == WARN || this == CRITICAL || this == PAUSED;
    }
}
