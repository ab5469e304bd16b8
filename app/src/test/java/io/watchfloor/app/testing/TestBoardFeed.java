package io.watchfloor.app.testing;

import io.watchfloor.core.BoardState;
import io.watchfloor.engine.BoardFeed;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link BoardFeed} tests push snapshots into. {@link #publish} calls every listener on the calling thread,
 * as the engine calls them on its writer thread. Thread-safe.
 */
public final class TestBoardFeed implements BoardFeed {
    private final List<Consumer<BoardState>> listeners = new CopyOnWriteArrayList<>();
    private volatile BoardState current;

    public TestBoardFeed(BoardState initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public BoardState current() {
        return current;
    }

    @Override
    public Subscription subscribe(Consumer<BoardState> listener) {
        listeners.add(listener);
        listener.accept(current);
        return () -> listeners.remove(listener);
    }

    /** Makes {@code state} current and hands it to every listener, on this thread. */
    public void publish(BoardState state) {
        current = Objects.requireNonNull(state, "state");
        listeners.forEach(l -> l.accept(state));
    }

    /** How many listeners are subscribed. */
    public int subscribers() {
        return listeners.size();
    }
}
