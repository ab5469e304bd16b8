package io.watchfloor.app.console;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.engine.action.ActionGateway;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.sla.EscalationActions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FX-thread confined (its methods are called there, and it hands every answer back there). Builds operator
 * actions for the chosen rows, sends them through the {@link ActionGateway}, and follows each to its answer:
 * <ol>
 *   <li>optimistic: the action is in the {@link ActionLedger} as pending before {@code submit} returns, so the
 *       row shows it at once;</li>
 *   <li>the gateway's future completes on the engine's action thread; the answer hops to the FX thread through
 *       the given executor (never {@code Future.get}), lands in the ledger (the row shows accepted, or rolls back
 *       to its state with "rejected: reason") and in the status line, and goes to the answer listener (the
 *       view's notifications);</li>
 *   <li>nothing is dropped: a future that fails (which the gateway promises not to do) or a submit that throws
 *       becomes a Failed or Rejected answer like any other.</li>
 * </ol>
 */
final class ConsoleActions {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleActions.class);

    /** An answered action. */
    record Report(OperatorAction action, ActionOutcome outcome) {
    }

    private final ActionGateway gateway;
    private final ActionRequests requests;
    private final ActionLedger ledger;
    private final Executor fxThread;
    private final Clock clock;
    private final StatusLog status;
    private final Consumer<Report> onAnswer;

    ConsoleActions(ActionGateway gateway, ActionLedger ledger, Executor fxThread, Clock clock, StatusLog status,
                   Consumer<Report> onAnswer) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.requests = Objects.requireNonNull(gateway.requests(), "requests");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
        this.onAnswer = Objects.requireNonNull(onAnswer, "onAnswer");
    }

    Role role() {
        return gateway.operator().role();
    }

    String operatorName() {
        return gateway.operator().name();
    }

    EscalationMatrix matrix() {
        return requests.matrix();
    }

    void acknowledge(List<ConsoleRow> rows, Optional<String> note) {
        rows.forEach(r -> submit(requests.acknowledge(r.target(), note)));
    }

    void unacknowledge(List<ConsoleRow> rows) {
        rows.forEach(r -> submit(requests.unacknowledge(r.target())));
    }

    void escalate(List<ConsoleRow> rows, String reason) {
        for (ConsoleRow r : rows) {
            Incident i = r.incident().orElseThrow();
            try {
                submit(requests.escalate(i, reason));
            } catch (IllegalArgumentException topTier) {
                status.add(clock.instant(), StatusLog.Level.WARN, "Escalate " + i.number() + ": "
                        + topTier.getMessage());
            }
        }
    }

    /**
     * Accepts the escalations Watchfloor proposes for these incidents on {@code board}: the console's escalate
     * action to each proposal's level (which may skip levels), with the proposal's reason.
     */
    void acceptEscalations(List<ConsoleRow> rows, BoardState board) {
        for (ConsoleRow r : rows) {
            Incident i = r.incident().orElseThrow();
            Optional<DueEscalation> due = board.sla().due(i.key());
            if (due.isEmpty()) {
                status.add(clock.instant(), StatusLog.Level.WARN, "Accept escalation " + i.number()
                        + ": nothing proposed any more");
                continue;
            }
            submit(EscalationActions.escalate(due.get().proposal(), i, gateway.operator(), clock.instant(), matrix(),
                    due.get().proposal().reason()));
        }
    }

    void annotate(List<ConsoleRow> rows, String text, boolean customerVisible) {
        rows.forEach(r -> submit(requests.annotate(r.target(), text, customerVisible)));
    }

    void assign(List<ConsoleRow> rows, Optional<String> assignee, Optional<String> group) {
        rows.forEach(r -> submit(requests.assign(r.target(), assignee, group)));
    }

    void resolve(List<ConsoleRow> rows, String closeCode, String notes) {
        rows.forEach(r -> submit(requests.resolve(r.target(), closeCode, notes)));
    }

    void silence(List<ConsoleRow> rows, Duration duration, String comment) {
        for (ConsoleRow r : rows) {
            Alert a = r.alert().orElseThrow();
            submit(requests.silence(a, duration, comment, List.of()));
        }
    }

    void createIncident(ConsoleRow row, SourceId desk, String title, Priority priority) {
        submit(requests.createIncident(row.alert().orElseThrow(), desk, title, priority));
    }

    /** Sends one action: pending at once, answered later on the FX thread. */
    void submit(OperatorAction action) {
        if (!role().permits(action.kind())) {
            status.add(clock.instant(), StatusLog.Level.WARN, ActionText.capitalised(action.kind().verb())
                    + " is not permitted for the " + role().word() + " role; nothing was sent");
            return;
        }
        ledger.pending(action);
        status.add(clock.instant(), StatusLog.Level.INFO, "Sent: " + action.kind().verb() + " "
                + action.target().display() + " \u2026 waiting for " + action.target().source().value());
        CompletableFuture<ActionOutcome> answer;
        try {
            answer = gateway.submit(action);
        } catch (RuntimeException e) {
            LOG.warn("submitting {} {} failed", action.kind().verb(), action.target().key(), e);
            answered(action, new ActionOutcome.Rejected("could not be sent: " + e.getMessage(), Optional.empty()));
            return;
        }
        answer.whenCompleteAsync((outcome, error) -> {
            if (outcome != null) {
                answered(action, outcome);
            } else {
                lost(action, new ActionOutcome.Failed("no answer: " + error, true));
            }
        }, fxThread);
    }

    /** The engine gave no answer at all (an internal error): shown as failed, not as queued. */
    private void lost(OperatorAction action, ActionOutcome.Failed failure) {
        ledger.failedWithoutAnswer(action, failure);
        status.add(clock.instant(), StatusLog.Level.ERROR, ActionText.capitalised(action.kind().verb()) + " "
                + action.target().display() + " \u2014 " + failure.summary());
        onAnswer.accept(new Report(action, failure));
    }

    private void answered(OperatorAction action, ActionOutcome outcome) {
        ledger.answered(action, outcome);
        StatusLog.Level level = outcome instanceof ActionOutcome.Accepted ? StatusLog.Level.OK
                : outcome instanceof ActionOutcome.Rejected ? StatusLog.Level.ERROR : StatusLog.Level.WARN;
        status.add(clock.instant(), level, ActionText.report(action, outcome));
        onAnswer.accept(new Report(action, outcome));
    }
}
