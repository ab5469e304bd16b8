package io.watchfloor.core.escalation;

import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Levels, rules and subjects for escalation tests. */
final class EscalationFixtures {
    static final Instant T0 = Instant.parse("2026-11-20T14:00:00Z");
    /** Black Friday weekend in New York time, 00:00 Friday to 00:00 Tuesday. */
    static final Instant PEAK_START = Instant.parse("2026-11-27T05:00:00Z");
    static final Instant PEAK_END = Instant.parse("2026-12-01T05:00:00Z");

    static final List<EscalationLevel> LEVELS = List.of(
            new EscalationLevel(0, "Tier 1", Optional.of("Service Desk"), Optional.empty()),
            new EscalationLevel(1, "Tier 2", Optional.of("NOC Tier 2"), Optional.empty()),
            new EscalationLevel(2, "Shift lead", Optional.of("NOC Shift Leads"), Optional.of("Dana Weiss")),
            new EscalationLevel(3, "Duty manager", Optional.empty(), Optional.of("Sam Okafor")));

    static final EscalationRule UNACK_15_TIER2 =
            new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 1, EnumSet.of(Priority.P1, Priority.P2));
    static final EscalationRule UNACK_30_LEAD = new EscalationRule.Unacknowledged(Duration.ofMinutes(30), 2,
            EnumSet.of(Priority.P1));
    static final EscalationRule RESOLUTION_80_LEAD =
            new EscalationRule.SlaPercent(Optional.of(SlaKind.RESOLUTION), 80, 2, Set.of());

    private EscalationFixtures() {
    }

    static Instant minutes(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    static PeakWindow blackFriday(Map<Priority, Integer> floors) {
        return new PeakWindow("Black Friday", PEAK_START, PEAK_END, 2.0 / 3, floors);
    }

    static EscalationEvaluator evaluator(List<EscalationRule> rules, PeakWindow... peaks) {
        return new EscalationEvaluator(new EscalationPolicy(LEVELS, rules, List.of(peaks), false));
    }

    static EscalationSubject subject(Priority p, Instant opened, int level, Optional<Instant> ack, SlaClock... clocks) {
        return new EscalationSubject("snow/id1", "INC0010001", p, IncidentState.IN_PROGRESS, level, opened, ack,
                List.of(clocks), BusinessCalendar.always());
    }

    static EscalationSubject unacked(Priority p, Instant opened) {
        return subject(p, opened, 0, Optional.empty());
    }

    /** A 4 h resolution clock opened at T0 with {@code elapsed} counted at {@code measuredAt} (24x7). */
    static SlaClock resolutionClock(ClockState state, Duration elapsed, Instant measuredAt) {
        Duration target = Duration.ofHours(4);
        return new SlaClock("P1 resolution (4h)", SlaKind.RESOLUTION, ClockOrigin.COMPUTED, state, target, T0,
                measuredAt.plus(target.minus(elapsed)), elapsed, measuredAt);
    }
}
