package io.watchfloor.bench.probe;

import io.watchfloor.bench.report.Percentiles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;

/**
 * FX Application Thread only. Measures every pulse: an {@link AnimationTimer} runs at the start of each pulse,
 * so the time between two of its calls is one frame, and the FX thread's CPU time in between is all the work
 * that frame cost the FX thread: the rest of the pulse (CSS, layout, copying the scene to the render graph)
 * and every {@code runLater} that ran before the next pulse (the board updates). CPU time rather than wall
 * time, so that other processes on the shared machine do not count as board work; waiting for the renderer
 * does not count either, but shows in the frame time. The renderer thread's CPU time over the same frame is
 * kept too, for the slow frames: a slow frame that cost neither thread much was the machine (or a pause of
 * the whole JVM), not the wall.
 */
final class PulseMeter extends AnimationTimer {
    private static final String RENDERER = "QuantumRenderer-0";
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Double> fxMillis = new ArrayList<>();
    private final List<Double> frameMillis = new ArrayList<>();
    private final List<Double> renderMillis = new ArrayList<>();
    private final List<String> slowFrames = new ArrayList<>();
    private final double slowMillis;
    private long rendererId = -1;
    private boolean measuring;
    private long measuringSince;
    private long lastWall;
    private long lastCpu;
    private long lastRenderCpu;

    /** @param slowMillis frames longer than this are listed one by one in the {@link #summary} */
    PulseMeter(double slowMillis) {
        this.slowMillis = slowMillis;
    }

    @Override
    public void handle(long pulseNanos) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long renderCpu = rendererCpu();
        if (measuring && lastWall != 0) {
            double frame = (wall - lastWall) / 1e6;
            double fx = (cpu - lastCpu) / 1e6;
            double render = (renderCpu - lastRenderCpu) / 1e6;
            frameMillis.add(frame);
            fxMillis.add(fx);
            renderMillis.add(render);
            if (frame > slowMillis) {
                slowFrames.add(String.format(Locale.ROOT, "at %.3f s: frame %.1f ms, fx cpu %.1f ms, render cpu %.1f ms",
                        (wall - measuringSince) / 1e9, frame, fx, render));
            }
        }
        lastWall = wall;
        lastCpu = cpu;
        lastRenderCpu = renderCpu;
    }

    private long rendererCpu() {
        if (rendererId < 0) {
            rendererId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(RENDERER))
                    .mapToLong(Thread::getId).findFirst().orElse(0);
        }
        return rendererId > 0 ? Math.max(0, threads.getThreadCpuTime(rendererId)) : 0;
    }

    /** Starts or stops recording (the frame in progress is the first one recorded). */
    void measuring(boolean on) {
        measuring = on;
        if (on) {
            measuringSince = System.nanoTime();
        }
    }

    /**
     * FX CPU, renderer CPU and frame time percentiles (ms), the pulse count, the frames over the slow limit, and each of those
     * (when it came, seconds into the measurement; its FX and renderer CPU time).
     */
    Map<String, Object> summary() {
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
        Percentiles render = Percentiles.of(renderMillis);
        out.put("renderP50", render.median());
        out.put("renderP99", render.at(99));
        out.put("renderMax", render.max());
        out.put("framesOver", frameMillis.stream().filter(f -> f > slowMillis).count());
        out.put("slowFrames", List.copyOf(slowFrames));
        return out;
    }
}
