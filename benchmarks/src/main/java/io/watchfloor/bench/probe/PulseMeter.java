package io.watchfloor.bench.probe;

import io.watchfloor.bench.report.Percentiles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;

/**
 * FX Application Thread only. Measures every pulse: an {@link AnimationTimer} runs at the start of each pulse,
 * so the time between two of its calls is one frame, and the FX thread's CPU time in between is all the work
 * that frame cost the FX thread: the rest of the pulse (CSS, layout, copying the scene to the render graph)
 * and every {@code runLater} that ran before the next pulse (the board updates). CPU time rather than wall
 * time, so that other processes on the shared machine do not count as board work; waiting for the renderer
 * does not count either, but shows in the frame time.
 */
final class PulseMeter extends AnimationTimer {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Double> fxMillis = new ArrayList<>();
    private final List<Double> frameMillis = new ArrayList<>();
    private boolean measuring;
    private long lastWall;
    private long lastCpu;

    @Override
    public void handle(long pulseNanos) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        if (measuring && lastWall != 0) {
            frameMillis.add((wall - lastWall) / 1e6);
            fxMillis.add((cpu - lastCpu) / 1e6);
        }
        lastWall = wall;
        lastCpu = cpu;
    }

    /** Starts or stops recording (the frame in progress is the first one recorded). */
    void measuring(boolean on) {
        measuring = on;
    }

    /** FX CPU and frame time percentiles (ms), the pulse count and the frames over {@code slowMillis}. */
    Map<String, Object> summary(double slowMillis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pulses", fxMillis.size());
        if (fxMillis.isEmpty()) {
            return out;
        }
        Percentiles fx = Percentiles.of(fxMillis);
        Percentiles frame = Percentiles.of(frameMillis);
        out.put("fxP50", fx.median());
        out.put("fxP95", fx.at(95));
        out.put("fxP99", fx.at(99));
        out.put("fxMax", fx.max());
        out.put("frameP50", frame.median());
        out.put("frameP99", frame.at(99));
        out.put("frameMax", frame.max());
        out.put("framesOver", frameMillis.stream().filter(f -> f > slowMillis).count());
        return out;
    }
}
