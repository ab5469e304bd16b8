package io.watchfloor.engine.config;

import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SLA policies and escalation rules used when the config has none (docs/config.md). Pure; any thread.
 *
 * <p>Policies, each 24x7 and paused On Hold, warned at 50 % and 75 %: P1 15m/4h, P2 30m/8h, P3 4h/3d,
 * P4 1d/10d. Rules, on the default matrix (Tier 1, Tier 2, Shift lead, Duty manager = levels 0 to 3):
 * a P1 goes straight to Tier 2; a P1 nobody acknowledged for 15 minutes goes to the shift lead; any SLA
 * clock of a P2 to P4 at 75 % goes one level up from first line (Tier 2), the resolution clock of a P1
 * (which starts at Tier 2) one level up from there (Shift lead).
 */
final class SlaDefaults {
    private SlaDefaults() {
    }

    static SlaPolicies policies() {
        return new SlaPolicies(List.of(
                SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4)),
                SlaPolicy.forPriority(Priority.P2, Duration.ofMinutes(30), Duration.ofHours(8)),
                SlaPolicy.forPriority(Priority.P3, Duration.ofHours(4), Duration.ofDays(3)),
                SlaPolicy.forPriority(Priority.P4, Duration.ofDays(1), Duration.ofDays(10))));
    }

    /**
     * The default rules for a matrix of {@code levels} levels; a rule aimed above the top level aims at the top
     * level instead (on a two-level matrix the shift-lead rules target level 1).
     */
    static List<EscalationRule> rules(int levels) {
        int top = levels - 1;
        return List.of(
                new EscalationRule.OnPriority(EnumSet.of(Priority.P1), Math.min(1, top)),
                new EscalationRule.Unacknowledged(Duration.ofMinutes(15), Math.min(2, top), EnumSet.of(Priority.P1)),
                new EscalationRule.SlaPercent(Optional.empty(), 75, Math.min(1, top),
                        EnumSet.of(Priority.P2, Priority.P3, Priority.P4)),
                new EscalationRule.SlaPercent(Optional.of(SlaKind.RESOLUTION), 75, Math.min(2, top),
                        Set.of(Priority.P1)));
    }
}
