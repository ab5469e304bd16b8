package io.watchfloor.connectors;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.TargetRef;

/**
 * A connector that writes operator actions to its upstream. {@link #perform} blocks on network IO and
 * runs on the engine's action thread ({@code wf-actions}), never on the FX thread.
 *
 * <p>Every write carries the action's id upstream (work note, silence comment, description) as
 * {@code [wf:<id>]}, and implementations check for that marker before writing, so that performing the
 * same action twice changes the upstream once.
 */
public interface ActionConnector {

    /** Whether this connector can perform actions of this kind on targets of this type. */
    boolean supports(ActionKind kind, TargetRef.Type type);

    /**
     * Performs the action. Refusals (409, 403, validation, target already resolved) are
     * {@link ActionOutcome.Rejected} values with the upstream's reason; transport trouble is
     * {@link ActionOutcome.Failed}. Never throws for upstream behaviour.
     *
     * @param action  the action; for {@link OperatorAction.CreateIncident} the target is the alert and
     *                this connector is the desk
     * @param context what the board knew of the target when the action was taken
     */
    ActionOutcome perform(OperatorAction action, ActionContext context);

    /** The marker that carries an action id upstream. */
    static String marker(OperatorAction action) {
        return "[wf:" + action.id() + "]";
    }
}
