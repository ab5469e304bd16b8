package io.watchfloor.app.console;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import java.util.Optional;

/**
 * What a row shows about the operator actions taken on it: nothing, an action still pending, or the newest
 * answer (accepted, rejected with the upstream's reason, failed). Immutable.
 *
 * @param state  the kind of marker
 * @param text   the cell text: {@code ack pending}, {@code rejected: 409 silence exists}, or empty
 * @param action the action it is about, when there is one
 */
record RowMarker(State state, String text, Optional<ActionKind> action) {
    /** The marker kinds, each with the style class suffix the theme colours. */
    enum State {
        NONE,
        PENDING,
        ACCEPTED,
        REJECTED,
        FAILED;

        String styleSuffix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final RowMarker NONE = new RowMarker(State.NONE, "", Optional.empty());

    /** The marker for an action's status as the board or the console's own ledger records it. */
    static RowMarker of(ActionStatus status) {
        ActionKind kind = status.action().kind();
        String verb = verb(kind);
        if (status.pending()) {
            return new RowMarker(State.PENDING, verb + status.progress().map(p -> " " + p).orElse(" pending"),
                    Optional.of(kind));
        }
        ActionOutcome outcome = status.outcome().orElseThrow();
        if (outcome instanceof ActionOutcome.Accepted) {
            return new RowMarker(State.ACCEPTED, verb + " accepted", Optional.of(kind));
        }
        if (outcome instanceof ActionOutcome.Rejected r) {
            return new RowMarker(State.REJECTED, verb + " rejected: " + r.reason(), Optional.of(kind));
        }
        ActionOutcome.Failed f = (ActionOutcome.Failed) outcome;
        return new RowMarker(State.FAILED, verb + " failed: " + f.reason(), Optional.of(kind));
    }

    /** The short verb a row uses: {@code ack}, {@code unack}, {@code escalate}, {@code note}, ... */
    static String verb(ActionKind kind) {
        return switch (kind) {
            case ACKNOWLEDGE -> "ack";
            case UNACKNOWLEDGE -> "unack";
            case ANNOTATE -> "note";
            case CREATE_INCIDENT -> "incident";
            default -> kind.verb();
        };
    }

    boolean pending() {
        return state == State.PENDING;
    }
}
