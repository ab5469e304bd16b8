package io.watchfloor.app.fx;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit with no display at all (Monocle's headless platform, software rendering), for the
 * {@code snapshot} command and tests. Any thread; idempotent.
 */
public final class HeadlessFx {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessFx.class);
    private static final Object LOCK = new Object();
    private static boolean started;

    private HeadlessFx() {
    }

    /**
     * Sets {@code glass.platform=Monocle}, {@code monocle.platform=Headless}, {@code prism.order=sw} and
     * {@code java.awt.headless=true} before the toolkit starts, then starts it. A toolkit someone else already
     * started (a test framework, a window) is used as it is. Returns once the FX thread runs.
     *
     * @throws IllegalStateException when the toolkit does not come up within 30 seconds
     */
    public static void startHeadless() {
        if (Platform.isFxApplicationThread()) {
            return; // the toolkit is evidently running, and waiting for it here would wait on ourselves
        }
        synchronized (LOCK) {
            if (started) {
                return;
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            CountDownLatch running = new CountDownLatch(1);
            try {
                Platform.startup(running::countDown);
                LOG.info("JavaFX toolkit started headless (Monocle, software rendering)");
            } catch (IllegalStateException alreadyRunning) {
                Platform.runLater(running::countDown);
            }
            Platform.setImplicitExit(false);
            try {
                if (!running.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the JavaFX toolkit", e);
            }
            started = true;
        }
    }
}
