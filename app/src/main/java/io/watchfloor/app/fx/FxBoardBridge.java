package io.watchfloor.app.fx;

import io.watchfloor.core.BoardState;
import io.watchfloor.engine.BoardFeed;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread rule: the feed calls in on the engine thread, the consumer is called only on the FX Application Thread;
 * {@link #connect} and {@link #close} may be called from any thread.
 *
 * <p>Moves board snapshots from the engine onto the FX thread, latest wins: each published snapshot replaces the
 * one waiting (older ones are dropped, never queued), and at most one {@code Platform.runLater} is pending at any
 * time. When it runs, the consumer gets the newest snapshot. A snapshot older (by {@link BoardState#version()})
 * than one already delivered is never delivered, so the consumer never goes back in time even when the feed's
 * initial call races with the engine's first publish.
 */
public final class FxBoardBridge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBoardBridge.class);
    private final LatestHandOff<BoardState> toFx;
    private final Consumer<BoardState> consumer;
    private final BoardFeed.Subscription subscription;
    private volatile boolean closed;
    private long deliveredVersion = Long.MIN_VALUE; // FX thread only

    FxBoardBridge(BoardFeed feed, Consumer<BoardState> consumer, Executor fxThread) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.toFx = new LatestHandOff<>(fxThread, this::deliver);
        this.subscription = Objects.requireNonNull(feed, "feed").subscribe(this::publish);
    }

    /**
     * Subscribes to {@code feed}; {@code onFxThread} receives the newest snapshot on the FX Application Thread.
     * The JavaFX toolkit must be running.
     */
    public static FxBoardBridge connect(BoardFeed feed, Consumer<BoardState> onFxThread) {
        return new FxBoardBridge(feed, onFxThread, Platform::runLater);
    }

    /** The feed's listener: engine thread. Stores the snapshot and schedules one pulse unless one is pending. */
    private void publish(BoardState state) {
        if (!closed && !toFx.offer(state.version(), state)) {
            // The FX toolkit has exited (the app is closing): nothing left to show the snapshot on.
            LOG.debug("FX toolkit gone, snapshot {} dropped", state.version());
        }
    }

    /** FX thread: hands the newest snapshot to the consumer. */
    private void deliver() {
        toFx.take().filter(newest -> !closed && newest.version() >= deliveredVersion).ifPresent(newest -> {
            deliveredVersion = newest.version();
            consumer.accept(newest.value());
        });
    }

    /** Unsubscribes; a pulse already scheduled delivers nothing. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            subscription.close();
            toFx.clear();
        }
    }
}
