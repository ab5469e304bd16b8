package io.watchfloor.app.fx;

import io.watchfloor.core.BoardState;
import io.watchfloor.engine.BoardFeed;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread rule: the feed calls in on the engine thread, {@code prepare} runs on the bridge's own worker thread
 * ({@code wf-<name>-prepare}, one at a time), the consumer only on the FX Application Thread; {@link #close} may
 * be called from any thread.
 *
 * <p>Like {@link FxBoardBridge}, moves board snapshots onto the FX thread latest wins, but first turns each into
 * what the view shows ({@code prepare}: counts, sorted rows, texts) off the FX thread, so that the FX thread only
 * copies small immutable values into its nodes. Both hops are latest wins: a snapshot published while another is
 * being prepared waits (replacing any older one waiting), and at most one worker task and one
 * {@code Platform.runLater} are pending at any time. Nothing older (by {@link BoardState#version()}) than what
 * was already prepared or delivered is ever delivered, so the view never goes back in time.
 *
 * @param <T> what {@code prepare} makes of a snapshot; immutable, as it crosses threads
 */
public final class FxPreparedBridge<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxPreparedBridge.class);

    private final LatestHandOff<BoardState> toWorker;
    private final LatestHandOff<T> toFx;
    private final Function<BoardState, T> prepare;
    private final Consumer<T> consumer;
    private final Runnable stopWorker;
    private final BoardFeed.Subscription subscription;
    private volatile boolean closed;
    private long preparedVersion = Long.MIN_VALUE; // worker thread only
    private long deliveredVersion = Long.MIN_VALUE; // FX thread only

    FxPreparedBridge(BoardFeed feed, Function<BoardState, T> prepare, Consumer<T> consumer, Executor worker,
                     Executor fxThread, Runnable stopWorker) {
        this.prepare = Objects.requireNonNull(prepare, "prepare");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.toWorker = new LatestHandOff<>(worker, this::prepareNewest);
        this.toFx = new LatestHandOff<>(fxThread, this::deliver);
        this.stopWorker = Objects.requireNonNull(stopWorker, "stopWorker");
        this.subscription = Objects.requireNonNull(feed, "feed").subscribe(this::publish);
    }

    /**
     * Subscribes to {@code feed} on a worker thread of its own named {@code wf-<name>-prepare} (a daemon, stopped
     * by {@link #close}); {@code onFxThread} receives what {@code prepare} made of the newest snapshot on the FX
     * Application Thread. The JavaFX toolkit must be running.
     */
    public static <T> FxPreparedBridge<T> connect(BoardFeed feed, String name, Function<BoardState, T> prepare,
                                                  Consumer<T> onFxThread) {
        String threadName = "wf-" + Objects.requireNonNull(name, "name") + "-prepare";
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        return new FxPreparedBridge<>(feed, prepare, onFxThread, worker, Platform::runLater, worker::shutdownNow);
    }

    /**
     * Subscribes to {@code feed}, preparing on {@code worker} (which the caller owns; {@code Runnable::run}
     * prepares on the publishing thread, as tests do to stay deterministic).
     */
    public static <T> FxPreparedBridge<T> connect(BoardFeed feed, Executor worker, Function<BoardState, T> prepare,
                                                  Consumer<T> onFxThread) {
        return new FxPreparedBridge<>(feed, prepare, onFxThread, worker, Platform::runLater, () -> { });
    }

    /** The feed's listener: engine thread. Stores the snapshot and wakes the worker unless it is already due. */
    private void publish(BoardState state) {
        if (!closed) {
            toWorker.offer(state.version(), state); // refused only once closed: nothing left to prepare for
        }
    }

    /** Worker thread: prepares the newest waiting snapshot and schedules one FX pulse unless one is pending. */
    private void prepareNewest() {
        toWorker.take().filter(newest -> !closed && newest.version() >= preparedVersion).ifPresent(newest -> {
            T value;
            try {
                value = prepare.apply(newest.value());
            } catch (RuntimeException e) {
                LOG.error("could not prepare board {} for the screen; it keeps showing the previous one",
                        newest.version(), e);
                return;
            }
            preparedVersion = newest.version();
            toFx.offer(newest.version(), value); // refused only when the FX toolkit has exited (the app is closing)
        });
    }

    /** FX thread: hands the newest prepared value to the consumer. */
    private void deliver() {
        toFx.take().filter(newest -> !closed && newest.version() >= deliveredVersion).ifPresent(newest -> {
            deliveredVersion = newest.version();
            consumer.accept(newest.value());
        });
    }

    /** Unsubscribes and stops the worker; a pulse already scheduled delivers nothing. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            subscription.close();
            toWorker.clear();
            toFx.clear();
            stopWorker.run();
        }
    }
}
