package io.watchfloor.engine;

import io.watchfloor.core.BoardState;
import java.util.function.Consumer;

/**
 * Where the UI gets board snapshots from. Listeners are called on the engine's writer thread
 * ({@code wf-engine}) with the newest snapshot; they must return quickly and never block
 * (the app's FX bridge only stores the reference and schedules one pulse).
 */
public interface BoardFeed {

    /** The newest snapshot; never null (an empty board before the first read). */
    BoardState current();

    /** Registers a listener; it is called at once with {@link #current()}, then on every change. */
    Subscription subscribe(Consumer<BoardState> listener);

    /** Cancels a subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
