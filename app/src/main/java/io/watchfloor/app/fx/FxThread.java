package io.watchfloor.app.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The FX Application Thread as an {@link Executor}, for work that other threads finish and the UI must show: an
 * action's {@code CompletableFuture} completes on the engine's action thread, and the console hands its result to
 * the view model with {@code future.whenCompleteAsync(handler, FxThread.executor())}.
 *
 * <p>Any thread may submit. Tasks run on the FX thread in submission order, always later ({@code Platform.runLater}),
 * never inline, even when submitted from the FX thread, so a completion never re-enters the code that submitted
 * the action. The toolkit must be running.
 */
public final class FxThread {
    private static final Executor EXECUTOR = FxThread::runLater;

    private FxThread() {
    }

    /** The FX Application Thread as an executor. */
    public static Executor executor() {
        return EXECUTOR;
    }

    private static void runLater(Runnable task) {
        Platform.runLater(task);
    }
}
