package io.watchfloor.core.escalation;

import io.watchfloor.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A critical commercial event (peak trading: Black Friday, a product launch) during which the
 * escalation rules tighten. Immutable.
 *
 * <p>While the window is active ({@code start <= t < end}):
 * <ul>
 *   <li>every {@link EscalationRule.Unacknowledged} wait and every {@link EscalationRule.SlaPercent}
 *       percentage is multiplied by {@code factor} (15 min x 2/3 = 10 min; 75 % x 2/3 = 50 %);</li>
 *   <li>an open incident of a priority in {@code floorLevels} goes straight to at least that level
 *       (P1 to the shift lead, bypassing tier one).</li>
 * </ul>
 * A rule fires at the first instant its (possibly tightened) condition holds; see
 * {@link EscalationEvaluator}.
 *
 * <p>Invariants: {@code start < end}; {@code 0 < factor <= 1} (a peak never loosens a rule); floor
 * levels are >= 0.
 *
 * @param name        what people call it ("Black Friday")
 * @param start       first instant of the window
 * @param end         first instant after the window
 * @param factor      multiplier for waits and percentages during the window
 * @param floorLevels the level each listed priority goes straight to during the window
 */
public record PeakWindow(String name, Instant start, Instant end, double factor, Map<Priority, Integer> floorLevels) {

    public PeakWindow {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a peak window needs a name");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("peak window '" + name + "' must start before it ends");
        }
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("peak window '" + name + "' needs 0 < factor <= 1, was " + factor);
        }
        floorLevels.forEach((p, level) -> {
            Objects.requireNonNull(p, "priority");
            if (level == null || level < 0) {
                throw new IllegalArgumentException("peak window '" + name + "' has a bad level for " + p);
            }
        });
        floorLevels = floorLevels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(floorLevels));
    }

    /** A window given in local time of some zone (e.g. Black Friday 00:00 to Cyber Monday 24:00 New York time). */
    public static PeakWindow of(String name, ZonedDateTime start, ZonedDateTime end, double factor,
                                Map<Priority, Integer> floorLevels) {
        return new PeakWindow(name, start.toInstant(), end.toInstant(), factor, floorLevels);
    }

    /** Whether the window is active at {@code at}. */
    public boolean activeAt(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /** A wait tightened by the factor, to whole seconds (never below one second). */
    public Duration tighten(Duration wait) {
        long seconds = Math.round(wait.toMillis() * factor / 1000.0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** A percentage tightened by the factor. */
    public double tighten(double percent) {
        return percent * factor;
    }

    /** The level {@code priority} goes straight to during the window, if the window names it. */
    public Optional<Integer> floorLevel(Priority priority) {
        return Optional.ofNullable(floorLevels.get(priority));
    }
}
