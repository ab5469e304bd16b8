package io.watchfloor.engine.action;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceId;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.store.AuditStore;
import io.watchfloor.store.StoreException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends operator actions to the systems that own their targets. {@link #submit} runs its checks and
 * hands the action to one action thread ({@code wf-actions}), where it is audited, sent and answered,
 * one at a time, in order.
 *
 * <p>The rules, enforced here and not only in the UI: the action must be taken as this console's
 * operator; the operator's role must permit its kind; the target must be on the board; the owning
 * source must be able to perform it. An action that passes them is committed to the durable outbox,
 * written to the audit trail and shown pending, in that order, before the {@link OutboxDispatcher}
 * sends it; an action that cannot be committed to the outbox is refused and never sent.
 */
public final class ActionService implements ActionGateway, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ActionService.class);

    private final Operator operator;
    private final ActionRequests requests;
    private final Map<SourceId, ActionConnector> connectors;
    private final Engine engine;
    private final AuditStore audit;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wf-actions");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param connectors the sources that can write, by id
     * @param audit      where every action is recorded
     * @param dispatcher the outbox every accepted action is queued in and sent from
     */
    public ActionService(Operator operator, ActionRequests requests, Map<SourceId, ActionConnector> connectors,
                         Engine engine, AuditStore audit, OutboxDispatcher dispatcher, Clock clock) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.connectors = Map.copyOf(connectors);
        this.engine = Objects.requireNonNull(engine, "engine");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Operator operator() {
        return operator;
    }

    @Override
    public ActionRequests requests() {
        return requests;
    }

    @Override
    public CompletableFuture<ActionOutcome> submit(OperatorAction action) {
        Objects.requireNonNull(action, "action");
        if (!action.operator().equals(operator)) {
            return audited(action, new ActionOutcome.Rejected("actions from this console are taken as " + operator.name() + " ("
                    + operator.role().word() + "), not " + action.operator().name(), Optional.empty()));
        }
        if (!operator.role().permits(action.kind())) {
            return audited(action, new ActionOutcome.Rejected("role " + operator.role().word() + " may not "
                    + action.kind().verb() + " (needs " + action.kind().leastRole().word() + ")", Optional.empty()));
        }
        BoardState board = engine.feed().current();
        Optional<String> problem = TargetCheck.problem(action, board);
        if (problem.isPresent()) {
            return audited(action, new ActionOutcome.Rejected(problem.get(), Optional.empty()));
        }
        SourceId owner = action instanceof OperatorAction.CreateIncident c ? c.desk() : action.target().source();
        ActionConnector connector = connectors.get(owner);
        if (connector == null || !connector.supports(action.kind(), action.target().type())) {
            return audited(action, new ActionOutcome.Rejected("source " + owner + " cannot " + action.kind().verb()
                    + " " + action.target().type().name().toLowerCase(java.util.Locale.ROOT) + "s", Optional.empty()));
        }
        return CompletableFuture.supplyAsync(() -> queue(action), worker).thenCompose(f -> f);
    }

    /**
     * On wf-actions: commit the action to the outbox, audit it, show it pending, and let the dispatcher
     * send it. An action that cannot be queued durably is not sent at all.
     */
    private CompletableFuture<ActionOutcome> queue(OperatorAction action) {
        try {
            return dispatcher.enqueue(action, () -> {
                try {
                    audit.record(new ActionStatus(action, Optional.empty(), action.takenAt()));
                } catch (StoreException e) {
                    LOG.error("could not write action {} to the audit trail: {}", action.id(), e.getMessage());
                }
                engine.actionTaken(action);
            });
        } catch (StoreException e) {
            ActionOutcome refused = new ActionOutcome.Rejected("not sent: the local outbox cannot be written ("
                    + e.getMessage() + ")", Optional.empty());
            record(action, refused);
            return CompletableFuture.completedFuture(refused);
        }
    }

    private CompletableFuture<ActionOutcome> audited(OperatorAction action, ActionOutcome refusal) {
        return CompletableFuture.supplyAsync(() -> {
            record(action, refusal);
            return refusal;
        }, worker);
    }

    private void record(OperatorAction action, ActionOutcome outcome) {
        try {
            audit.record(new ActionStatus(action, Optional.of(outcome), clock.instant()));
        } catch (StoreException e) {
            LOG.error("could not write the outcome of action {} to the audit trail: {}", action.id(), e.getMessage());
        }
    }

    /**
     * Stops taking actions and waits up to 5 s for those already taken to be committed to the outbox. The
     * worker is never interrupted (an interrupt that lands in H2's file IO closes the database file under
     * every connection of the process, ADR 0014); one still committing after that is left to finish.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("actions taken before closing are still being committed after 5 s; left to finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
