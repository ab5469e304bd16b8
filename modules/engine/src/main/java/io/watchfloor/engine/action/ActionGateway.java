package io.watchfloor.engine.action;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Operator;
import java.util.concurrent.CompletableFuture;

/**
 * Where the console and the CLI send operator actions. {@link #submit} never blocks: it checks the
 * operator's role, shows the action as pending on the board, and completes the future on the engine's
 * action thread ({@code wf-actions}) with the upstream's answer. Listeners must not block there; the
 * app hops to the FX thread through {@code app.fx}.
 */
public interface ActionGateway {

    /** Who acts from this console. */
    Operator operator();

    /** Builders for actions with this operator, the clock and the escalation matrix filled in. */
    ActionRequests requests();

    /**
     * Sends an action. The future completes with {@link ActionOutcome.Rejected} (never exceptionally)
     * when the role does not permit it, the target is unknown, or the upstream refuses.
     */
    CompletableFuture<ActionOutcome> submit(OperatorAction action);
}
