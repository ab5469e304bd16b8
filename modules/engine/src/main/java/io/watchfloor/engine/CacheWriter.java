package io.watchfloor.engine;

import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.store.CacheStore;
import io.watchfloor.store.IncidentHistory;
import io.watchfloor.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what the sources last reported into the local cache, and incidents into the history, on a
 * thread of its own ({@code wf-cache}) so that neither a poll thread nor the engine's writer waits on
 * the disk. Latest wins: of several reads of one source between two saves only the newest is written,
 * at most once per {@code every}. What is still unsaved is written when it closes.
 */
final class CacheWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CacheWriter.class);

    /** One successful read waiting to be saved. */
    private record Read(SourceId source, SourceKind kind, String endpoint, Instant readAt, List<SourceEvent> events) {
    }

    private final CacheStore cache;
    private final IncidentHistory history;
    private final Map<SourceId, Read> unsaved = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(new NamedThreads("wf-cache"));
    private boolean failing;

    CacheWriter(CacheStore cache, IncidentHistory history, Duration every) {
        this.cache = cache;
        this.history = history;
        long ms = Math.max(1, every.toMillis());
        thread.scheduleWithFixedDelay(this::drain, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Any thread: remembers this read as the newest of its source. */
    void offer(SourceConnector source, Instant readAt, List<SourceEvent> events) {
        unsaved.put(source.id(), new Read(source.id(), source.kind(), source.endpoint(), readAt, events));
    }

    /** On wf-cache: writes every unsaved read. A disk problem is logged once and retried next time. */
    private void drain() {
        for (SourceId id : new ArrayList<>(unsaved.keySet())) {
            Read r = unsaved.remove(id);
            if (r == null) {
                continue;
            }
            try {
                cache.save(r.source(), r.kind(), r.endpoint(), r.readAt(), r.events());
                for (SourceEvent e : r.events()) {
                    if (e instanceof SourceEvent.IncidentsObserved i) {
                        history.observeOpen(i.source(), i.incidents(), i.observedAt());
                    }
                }
                if (failing) {
                    LOG.info("local cache writable again");
                    failing = false;
                }
            } catch (StoreException | RuntimeException e) {
                unsaved.putIfAbsent(id, r);
                if (!failing) {
                    LOG.warn("cannot save {} to the local cache: {}", id, e.getMessage());
                    failing = true;
                }
            }
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (thread.awaitTermination(5, TimeUnit.SECONDS)) {
                drain();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
