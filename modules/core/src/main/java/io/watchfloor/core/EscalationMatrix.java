package io.watchfloor.core;

import java.util.List;
import java.util.Optional;

/**
 * The ordered escalation levels (tier 1 first). An incident's level is the last tier whose group is
 * its assignment group, else the tier it was escalated to, else the first.
 */
public record EscalationMatrix(List<EscalationTier> tiers) {
    /** The matrix used when the config has none. */
    public static final EscalationMatrix DEFAULT = new EscalationMatrix(List.of(
            new EscalationTier("Tier 1", Optional.of("Service Desk"), Optional.empty()),
            new EscalationTier("Tier 2", Optional.of("NOC Tier 2"), Optional.empty()),
            new EscalationTier("Shift lead", Optional.of("NOC Shift Leads"), Optional.empty()),
            new EscalationTier("Duty manager", Optional.of("Duty Managers"), Optional.of(Priority.P1))));

    public EscalationMatrix {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("the escalation matrix needs at least one tier");
        }
    }

    /** The index of the incident's current tier. */
    public int tierOf(Incident incident) {
        if (incident.group().isPresent()) {
            for (int i = tiers.size() - 1; i >= 0; i--) {
                if (tiers.get(i).group().filter(g -> g.equalsIgnoreCase(incident.group().get())).isPresent()) {
                    return i;
                }
            }
        }
        return Math.min(incident.escalationTier(), tiers.size() - 1);
    }

    /** The tier above the incident's current one; empty at the top. */
    public Optional<Integer> next(Incident incident) {
        int t = tierOf(incident);
        return t + 1 < tiers.size() ? Optional.of(t + 1) : Optional.empty();
    }

    public EscalationTier tier(int index) {
        return tiers.get(index);
    }
}
