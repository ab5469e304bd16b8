package io.watchfloor.app.console;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.engine.action.ActionGateway;
import io.watchfloor.engine.action.ActionRequests;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An {@link ActionGateway} for tests: records every submitted action and answers it on its own thread
 * ({@code fake-wf-actions}, like the engine's action thread), at once or when the test says so ({@link #hold()},
 * {@link #answerAll()}). The answer is Accepted unless the test sets another ({@link #answerWith}). Thread-safe.
 */
final class FakeActionGateway implements ActionGateway, AutoCloseable {
    private final Operator operator;
    private final ActionRequests requests;
    private final List<OperatorAction> submitted = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<ActionOutcome>> open = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fake-wf-actions");
        t.setDaemon(true);
        return t;
    });
    private volatile Function<OperatorAction, ActionOutcome> answer =
            a -> new ActionOutcome.Accepted("applied by the fake", Optional.of("ref-" + a.id().substring(0, 8)));
    private volatile boolean holding;

    FakeActionGateway(String name, Role role, Clock clock) {
        this.operator = new Operator(name, role);
        this.requests = new ActionRequests(operator, clock, EscalationMatrix.DEFAULT, Duration.ofHours(2));
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
        submitted.add(action);
        CompletableFuture<ActionOutcome> f = new CompletableFuture<>();
        open.put(action.id(), f);
        if (!holding) {
            answer(action);
        }
        return f;
    }

    /** Keeps answers back until {@link #answerAll()}. */
    FakeActionGateway hold() {
        holding = true;
        return this;
    }

    /** The answer to give from now on. */
    FakeActionGateway answerWith(Function<OperatorAction, ActionOutcome> a) {
        this.answer = a;
        return this;
    }

    /** Answers every action held back, on the gateway's thread. */
    void answerAll() {
        holding = false;
        submitted.stream().filter(a -> open.containsKey(a.id())).forEach(this::answer);
    }

    private void answer(OperatorAction action) {
        thread.execute(() -> {
            CompletableFuture<ActionOutcome> f = open.remove(action.id());
            if (f != null) {
                f.complete(answer.apply(action));
            }
        });
    }

    List<OperatorAction> submitted() {
        return List.copyOf(submitted);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
