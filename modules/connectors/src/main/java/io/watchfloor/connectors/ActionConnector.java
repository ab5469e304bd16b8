package io.watchfloor.connectors;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.TargetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

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

    /**
     * Performs several actions on distinct targets, one after another, each as {@link #perform} performs it:
     * same requests per action, same refusals, same marker checks. A connector may read the targets of all of
     * them upstream in one request before the first write, instead of one read per action (the ServiceNow
     * connector does, for first tries); each write is then judged on a read of its target made since the batch
     * began, never on none. The default performs them one by one. Blocks on network IO.
     *
     * @param batch what to perform, in order; no two on one target
     * @param goOn  asked before each action: once false, that action and the rest are not performed
     * @return the answers of the actions performed, in order: those of the first {@code n} of {@code batch}
     */
    default List<ActionOutcome> performAll(List<PlannedAction> batch, BooleanSupplier goOn) {
        List<ActionOutcome> out = new ArrayList<>();
        for (PlannedAction p : batch) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            out.add(perform(p.action(), p.context()));
        }
        return out;
    }

    /** The marker that carries an action id upstream. */
    static String marker(OperatorAction action) {
        return "[wf:" + action.id() + "]";
    }
}
