package io.watchfloor.app.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Starts and stops the JavaFX toolkit for the commands, and runs work on the FX thread on their
 * behalf. Called from the main thread; the futures it returns complete on the FX thread.
 */
public final class FxLauncher {
    private FxLauncher() {
    }

    /** Fails with a clear message when there is no display to open a window on. */
    public static void requireDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean x11 = !(os.contains("win") || os.contains("mac"));
        if (x11 && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            throw new IllegalStateException("no display (DISPLAY is not set): run on a desktop or under Xvfb,"
                    + " or render the board with 'watchfloor snapshot --out board.png'");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Starts the toolkit for windows and runs {@code onStart} on the FX thread. */
    public static void startWindowed(Runnable onStart) {
        Platform.setImplicitExit(false);
        try {
            Platform.startup(onStart);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(onStart);
        }
    }

    /**
     * Starts the toolkit for windows on a thread of its own ({@code wf-fx-start}) and returns at once, so that the
     * caller can do other start-up work meanwhile. The future completes on the FX thread once the toolkit runs (at
     * once when it already did), or with the toolkit's failure.
     */
    public static CompletableFuture<Void> startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                startWindowed(() -> started.complete(null));
            } catch (RuntimeException | Error e) { // a thread boundary: the caller sees it through the future
                started.completeExceptionally(e);
            }
        }, "wf-fx-start");
        starter.setDaemon(true);
        starter.start();
        return started;
    }

    /**
     * Completes on the FX thread once {@code pulses} more pulses have run (it asks for them, so they come). Two
     * pulses after a window was shown its first frame has been laid out and handed to the renderer: start-up work
     * the first frame does not need waits for that, so that it does not compete with it.
     */
    public static CompletableFuture<Void> afterPulses(int pulses) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        return done;
    }

    /** Runs {@code work} on the FX thread; the toolkit must have been started. */
    public static <T> CompletableFuture<T> callOnFx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
