package io.watchfloor.app.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
