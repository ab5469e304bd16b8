package io.watchfloor.engine.sla;

import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.EscalationTier;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.TargetRef;
import io.watchfloor.core.escalation.EscalationProposal;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns an escalation proposal into the console's escalate action: to the proposal's level (which may skip
 * levels, e.g. a P1 straight to the shift lead), with that level's assignment group, raising the priority
 * where the matrix says so, exactly as {@link io.watchfloor.engine.action.ActionRequests#escalate} does for
 * the next level. Pure; any thread.
 */
public final class EscalationActions {
    private EscalationActions() {
    }

    /**
     * The escalate action that performs {@code proposal} on {@code incident}.
     *
     * @param operator who takes it (the console's operator accepting it, or the system operator)
     * @param at       when it is taken
     * @param reason   the reason written upstream (the proposal's reason, or a text built on it)
     * @throws IllegalArgumentException when the proposal is not for this incident
     */
    public static OperatorAction.Escalate escalate(EscalationProposal proposal, Incident incident, Operator operator,
                                                   Instant at, EscalationMatrix matrix, String reason) {
        if (!proposal.incidentKey().equals(incident.key())) {
            throw new IllegalArgumentException("the proposal is for " + proposal.incidentNumber() + ", not "
                    + incident.number());
        }
        int level = Math.min(proposal.to().level(), matrix.tiers().size() - 1);
        EscalationTier tier = matrix.tier(level);
        Optional<Priority> raise = tier.priority().filter(p -> p.compareTo(incident.priority()) < 0);
        Optional<String> group = tier.group().or(() -> proposal.to().group());
        return new OperatorAction.Escalate(OperatorAction.newId(), operator, TargetRef.of(incident), at, reason, level,
                group, raise);
    }
}
