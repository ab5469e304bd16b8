package io.watchfloor.engine.sla;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.engine.action.ActionGateway;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writer-thread confined. Performs due escalations through the console's action path
 * ({@link ActionGateway}: role check, durable outbox, audit trail, optimistic pending state) as the
 * gateway's operator, once per incident and level: an escalation it sent is never sent again while the
 * incident is on the board, whatever its answer (a refused one stays proposed for a person to accept).
 * It acts only on incidents whose desk data is current, so that it never escalates on a stale picture.
 */
final class AutoEscalator {
    private static final Logger LOG = LoggerFactory.getLogger(AutoEscalator.class);

    private final EscalationMatrix matrix;
    private Optional<ActionGateway> gateway = Optional.empty();
    /** "incidentKey#level" to the id of the escalate action sent for it. */
    private final Map<String, String> sent = new HashMap<>();

    AutoEscalator(EscalationMatrix matrix) {
        this.matrix = matrix;
    }

    void through(ActionGateway g) {
        gateway = Optional.of(g);
    }

    boolean enabled() {
        return gateway.isPresent();
    }

    /**
     * The due escalation as the board shows it, sending it first when it has not been sent yet and
     * {@code mayAct} (auto-escalation on, the desk's data current).
     */
    DueEscalation consider(EscalationProposal p, Incident incident, Instant now, boolean mayAct) {
        String key = p.incidentKey() + "#" + p.to().level();
        String id = sent.get(key);
        if (id == null && mayAct && gateway.isPresent()) {
            id = send(p, incident, now, gateway.get());
            sent.put(key, id);
        }
        return new DueEscalation(p, Optional.ofNullable(id));
    }

    private String send(EscalationProposal p, Incident incident, Instant now, ActionGateway g) {
        OperatorAction.Escalate action = EscalationActions.escalate(p, incident, g.operator(), now, matrix,
                "Automatic escalation by Watchfloor: " + p.reason());
        LOG.info("auto-escalating {} to {}: {}", p.incidentNumber(), p.to().who(), p.reason());
        g.submit(action).whenComplete((outcome, error) -> {
            if (error != null || !(outcome instanceof ActionOutcome.Accepted)) {
                LOG.warn("auto-escalation of {} to {} not done: {}", p.incidentNumber(), p.to().name(),
                        error != null ? error.toString() : outcome);
            }
        });
        return action.id();
    }

    /** Forgets incidents that left the board. */
    void retain(Set<String> incidentKeys) {
        sent.keySet().removeIf(k -> !incidentKeys.contains(k.substring(0, k.lastIndexOf('#'))));
    }
}
