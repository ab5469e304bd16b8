package io.watchfloor.engine;

import io.watchfloor.core.BoardState;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the newest snapshot and hands it to listeners. {@link #publish} is called on the engine's
 * writer thread only; {@link #current()} and {@link #subscribe} are safe from any thread.
 */
public final class BoardPublisher implements BoardFeed {
    private static final Logger LOG = LoggerFactory.getLogger(BoardPublisher.class);

    private final AtomicReference<BoardState> latest;
    private final CopyOnWriteArrayList<Consumer<BoardState>> listeners = new CopyOnWriteArrayList<>();

    public BoardPublisher(Instant start) {
        this.latest = new AtomicReference<>(BoardState.empty(start));
    }

    @Override
    public BoardState current() {
        return latest.get();
    }

    @Override
    public Subscription subscribe(Consumer<BoardState> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        deliver(listener, latest.get());
        return () -> listeners.remove(listener);
    }

    /** Makes {@code state} the newest snapshot and tells every listener. Writer thread only. */
    void publish(BoardState state) {
        latest.set(state);
        for (Consumer<BoardState> l : listeners) {
            deliver(l, state);
        }
    }

    private static void deliver(Consumer<BoardState> listener, BoardState state) {
        try {
            listener.accept(state);
        } catch (RuntimeException e) {
            // A broken listener must not stop the board for everyone else.
            LOG.error("board listener failed", e);
        }
    }
}
