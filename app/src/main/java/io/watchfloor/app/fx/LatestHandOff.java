package io.watchfloor.app.fx;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One latest-wins hop between threads: values offered on any thread wait in a single slot (a newer version
 * replaces an older one, an older one never replaces a newer), and at most one run of {@code drain} is pending on
 * {@code executor} at a time. {@code drain} calls {@link #take()} to get the newest value; a value offered after
 * that schedules another run, so none is lost. Thread-safe; used by {@link FxBoardBridge} (engine → FX thread) and
 * by both hops of {@link FxPreparedBridge}.
 *
 * @param <T> the value handed over; immutable, as it crosses threads
 */
final class LatestHandOff<T> {
    /** A value with the board version it was made from. */
    record Versioned<T>(long version, T value) {
    }

    private final AtomicReference<Versioned<T>> waiting = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Executor executor;
    private final Runnable drain;

    LatestHandOff(Executor executor, Runnable drain) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.drain = Objects.requireNonNull(drain, "drain");
    }

    /**
     * Puts {@code value} in the slot unless a newer one waits there, and schedules {@code drain} unless it is
     * pending already.
     *
     * @return false when the executor refused the run (the FX toolkit has exited, the worker was shut down): the
     *         receiving side is gone
     */
    boolean offer(long version, T value) {
        Versioned<T> fresh = new Versioned<>(version, Objects.requireNonNull(value, "value"));
        waiting.accumulateAndGet(fresh, (old, now) -> old == null || now.version() >= old.version() ? now : old);
        if (pending.compareAndSet(false, true)) {
            try {
                executor.execute(drain);
            } catch (IllegalStateException | RejectedExecutionException gone) {
                pending.set(false);
                return false;
            }
        }
        return true;
    }

    /** On the executor, from {@code drain}: the newest value waiting, if any; clears the pending run first. */
    Optional<Versioned<T>> take() {
        pending.set(false);
        return Optional.ofNullable(waiting.getAndSet(null));
    }

    /** Drops what waits (closing). */
    void clear() {
        waiting.set(null);
    }
}
