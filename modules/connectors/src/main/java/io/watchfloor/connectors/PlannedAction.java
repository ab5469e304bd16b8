package io.watchfloor.connectors;

import io.watchfloor.core.OperatorAction;
import java.util.Objects;

/**
 * One action of a batch handed to {@link ActionConnector#performAll}: the action and what the board knew of
 * its target, as {@link ActionConnector#perform} takes them. Immutable.
 */
public record PlannedAction(OperatorAction action, ActionContext context) {
    public PlannedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(context, "context");
    }
}
