package io.watchfloor.engine;

import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A connector whose answers a test scripts: each poll takes the next scripted answer, or repeats the last. */
final class ScriptedConnector implements SourceConnector {
    /** One scripted answer. */
    interface Answer {
        List<SourceEvent> apply(SourceId id) throws SourceException;
    }

    private final SourceId id;
    private final BlockingQueue<Answer> script = new LinkedBlockingQueue<>();
    private volatile Answer last = sid -> List.of();
    final AtomicInteger polls = new AtomicInteger();
    volatile boolean closed;

    ScriptedConnector(String id) {
        this.id = SourceId.of(id);
    }

    ScriptedConnector then(Answer a) {
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
    public void close() {
        closed = true;
    }
}
