package io.watchfloor.core.escalation;

import java.util.Objects;
import java.util.Optional;

/**
 * An escalation that is due now, as the board shows it: the proposal, and whether the engine performed it
 * itself (auto-escalation), in which case the id of the escalate action it sent. The action's progress and
 * answer are in {@link io.watchfloor.core.BoardState#actions()} under that id. Immutable.
 *
 * @param proposal     the due proposal ({@link EscalationProposal#dueAt()} not after the board's instant)
 * @param autoActionId the id of the escalate action the engine sent for it, when it performed it itself
 */
public record DueEscalation(EscalationProposal proposal, Optional<String> autoActionId) {
    public DueEscalation {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(autoActionId, "autoActionId");
    }

    /** A proposal waiting for a person to accept it. */
    public static DueEscalation proposed(EscalationProposal proposal) {
        return new DueEscalation(proposal, Optional.empty());
    }

    /** Whether the engine sent the escalation itself. */
    public boolean performed() {
        return autoActionId.isPresent();
    }

    /** The incident's key ({@link io.watchfloor.core.Incident#key()}). */
    public String incidentKey() {
        return proposal.incidentKey();
    }
}
