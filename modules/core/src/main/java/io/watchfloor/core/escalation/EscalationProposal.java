package io.watchfloor.core.escalation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An escalation that is due (or, from {@link EscalationEvaluator#upcoming}, will be due): move
 * incident {@code incidentNumber} from {@code from} to {@code to}, because of {@code reason}.
 * Immutable.
 *
 * <p>Invariant: {@code to.level() > from.level()}.
 *
 * @param incidentKey    the incident's key ({@link io.watchfloor.core.Incident#key()})
 * @param incidentNumber its human number
 * @param from           the level it is at
 * @param to             the level it should go to, with who that is
 * @param reason         for people: "P1 unacknowledged for 16 min (rule: 15 min; Black Friday peak: 10 min)"
 * @param rule           the rule that fired (for a peak window's floor, an
 *                       {@link EscalationRule.OnPriority} standing for it)
 * @param peak           the peak window that tightened the rule or set the floor, if one did
 * @param dueAt          when it became (or will become) due
 */
public record EscalationProposal(String incidentKey, String incidentNumber, EscalationLevel from, EscalationLevel to,
                                 String reason, EscalationRule rule, Optional<PeakWindow> peak, Instant dueAt) {
    public EscalationProposal {
        Objects.requireNonNull(incidentKey, "incidentKey");
        Objects.requireNonNull(incidentNumber, "incidentNumber");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.level() <= from.level()) {
            throw new IllegalArgumentException("an escalation must go up: " + from.level() + " -> " + to.level());
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
