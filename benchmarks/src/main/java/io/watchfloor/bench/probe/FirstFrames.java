package io.watchfloor.bench.probe;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;

/**
 * When a scene's frames reach the screen: JavaFX's own per-scene {@link PerformanceTracker} calls back on the
 * render thread each time a frame of the scene has been rendered. Records the first frame, and the first frame
 * after {@link #markData()} (the first one that can show what was delivered before the mark). Thread-safe.
 */
final class FirstFrames {
    private final AtomicLong firstFrame = new AtomicLong();
    private final AtomicLong dataFrame = new AtomicLong();
    private final CountDownLatch first = new CountDownLatch(1);
    private final CountDownLatch data = new CountDownLatch(1);
    private volatile boolean dataMarked;

    /** Starts watching {@code scene}; call on the FX thread before its window is first painted. */
    void watch(Scene scene) {
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::rendered);
    }

    private void rendered() {
        long now = System.currentTimeMillis();
        if (firstFrame.compareAndSet(0, now)) {
            first.countDown();
        }
        if (dataMarked && dataFrame.compareAndSet(0, now)) {
            data.countDown();
        }
    }

    /** From now on the next rendered frame is the first with data. */
    void markData() {
        dataMarked = true;
    }

    /** Epoch millis of the first rendered frame, waiting for it. */
    long awaitFirst() throws InterruptedException {
        first.await();
        return firstFrame.get();
    }

    /** Epoch millis of the first frame rendered after the mark, waiting for it. */
    long awaitData() throws InterruptedException {
        data.await();
        return dataFrame.get();
    }
}
