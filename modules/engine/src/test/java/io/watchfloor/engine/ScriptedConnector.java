package io.watchfloor.engine;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.PlannedAction;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.TargetRef;
import java.util.Optional;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connector whose answers a test scripts: each poll takes the next scripted answer, or repeats the
 * last. As a writer it records what it was asked to perform and answers with {@link #writeAnswer}.
 */
public final class ScriptedConnector implements SourceConnector, ActionConnector {
    /** One scripted answer. */
    public interface Answer {
        List<SourceEvent> apply(SourceId id) throws SourceException;
    }

    private final SourceId id;
    private final BlockingQueue<Answer> script = new LinkedBlockingQueue<>();
    private volatile Answer last = sid -> List.of();
    public final AtomicInteger polls = new AtomicInteger();
    public final List<OperatorAction> performed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What the board told the connector about each target, in the order of {@link #performed}. */
    public final List<ActionContext> contexts = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The batches handed over together ({@link #performAll}), each as the actions in it. */
    public final List<List<OperatorAction>> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
    public volatile java.util.function.Function<OperatorAction, ActionOutcome> writeAnswer =
            a -> new ActionOutcome.Accepted("ok", Optional.empty());
    volatile boolean closed;

    public ScriptedConnector(String id) {
        this.id = SourceId.of(id);
    }

    public ScriptedConnector then(Answer a) {
        script.add(a);
        return this;
    }

    @Override
    public SourceId id() {
        return id;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.ALERTMANAGER;
    }

    @Override
    public String endpoint() {
        return "scripted://" + id;
    }

    @Override
    public List<SourceEvent> poll() throws SourceException {
        polls.incrementAndGet();
        Answer next = script.poll();
        if (next != null) {
            last = next;
        }
        return last.apply(id);
    }

    @Override
    public boolean supports(ActionKind kind, TargetRef.Type type) {
        return true;
    }

    @Override
    public ActionOutcome perform(OperatorAction action, ActionContext context) {
        performed.add(action);
        contexts.add(context);
        return writeAnswer.apply(action);
    }

    @Override
    public List<ActionOutcome> performAll(List<PlannedAction> batch, java.util.function.BooleanSupplier goOn) {
        batches.add(batch.stream().map(PlannedAction::action).toList());
        return ActionConnector.super.performAll(batch, goOn);
    }

    @Override
    public void close() {
        closed = true;
    }
}
