package io.watchfloor.core.escalation;

import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When an open incident is due to move up to level {@link #toLevel()}. Closed set: unacknowledged
 * for a while, an SLA clock at a percentage, or a priority that goes straight to a level. Every
 * rule may be limited to some priorities ({@link #priorities()} empty means all). Immutable.
 */
public sealed interface EscalationRule {

    /** The level the incident should be at once the rule fires (see {@link EscalationLevel#level()}). */
    int toLevel();

    /** Priorities the rule applies to; empty for all. */
    Set<Priority> priorities();

    /** Whether the rule applies to an incident of {@code priority}. */
    default boolean appliesTo(Priority priority) {
        return priorities().isEmpty() || priorities().contains(priority);
    }

    /** The rule for people: "unacknowledged for 15 min", "resolution SLA at 80%", "P1". */
    String describe();

    /**
     * Fires when the incident has not been acknowledged {@code after} its opening (wall time).
     *
     * @param after      how long after opening, positive
     * @param toLevel    target level
     * @param priorities priorities it applies to; empty for all
     */
    record Unacknowledged(Duration after, int toLevel, Set<Priority> priorities) implements EscalationRule {
        public Unacknowledged {
            Objects.requireNonNull(after, "after");
            if (after.isNegative() || after.isZero()) {
                throw new IllegalArgumentException("unacknowledged-for must be positive, was " + after);
            }
            requireLevel(toLevel);
            priorities = Set.copyOf(priorities);
        }

        @Override
        public String describe() {
            return "unacknowledged for " + ReasonText.exact(after);
        }
    }

    /**
     * Fires when a live SLA clock of the incident (of {@code kind}, or of any kind) reaches
     * {@code percent} of its target.
     *
     * @param kind       the clock kind it watches; empty for both
     * @param percent    percent of the target, positive (may exceed 100)
     * @param toLevel    target level
     * @param priorities priorities it applies to; empty for all
     */
    record SlaPercent(Optional<SlaKind> kind, double percent, int toLevel, Set<Priority> priorities)
            implements EscalationRule {
        public SlaPercent {
            Objects.requireNonNull(kind, "kind");
            if (!(percent > 0) || Double.isInfinite(percent)) {
                throw new IllegalArgumentException("SLA percent must be positive, was " + percent);
            }
            requireLevel(toLevel);
            priorities = Set.copyOf(priorities);
        }

        @Override
        public String describe() {
            return kind.map(k -> k.name().toLowerCase(Locale.ROOT) + " SLA").orElse("SLA") + " at "
                    + ReasonText.percent(percent);
        }
    }

    /**
     * An incident of one of {@code priorities} goes straight to {@code toLevel} when it opens.
     *
     * @param priorities the priorities, at least one
     * @param toLevel    target level
     */
    record OnPriority(Set<Priority> priorities, int toLevel) implements EscalationRule {
        public OnPriority {
            priorities = Set.copyOf(priorities);
            if (priorities.isEmpty()) {
                throw new IllegalArgumentException("a priority rule needs at least one priority");
            }
            requireLevel(toLevel);
        }

        @Override
        public String describe() {
            return ReasonText.priorities(priorities);
        }
    }

    private static void requireLevel(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("target level must be >= 0, was " + level);
        }
    }
}
