package io.watchfloor.core.sla;

import io.watchfloor.core.Priority;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The configured SLA policies, in config order. Immutable.
 *
 * <p>Invariant: policy names are unique (case-insensitive).
 *
 * @param policies the policies in config order
 */
public record SlaPolicies(List<SlaPolicy> policies) {
    private static final SlaPolicies NONE = new SlaPolicies(List.of());

    public SlaPolicies {
        policies = List.copyOf(policies);
        Set<String> names = new HashSet<>();
        for (SlaPolicy p : policies) {
            if (!names.add(p.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("SLA policy name '" + p.name() + "' is used twice");
            }
        }
    }

    /** No policies: nothing is computed. */
    public static SlaPolicies none() {
        return NONE;
    }

    /**
     * The policy for an incident of {@code service} and {@code priority}: service-specific beats
     * priority-only, and among those a policy naming the priority beats one for every priority
     * (service+priority, then service, then priority, then catch-all); ties go to the first in
     * config order.
     */
    public Optional<SlaPolicy> forIncident(String service, Priority priority) {
        SlaPolicy best = null;
        for (SlaPolicy p : policies) {
            if (p.appliesTo(service, priority) && (best == null || p.specificity() > best.specificity())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean isEmpty() {
        return policies.isEmpty();
    }
}
