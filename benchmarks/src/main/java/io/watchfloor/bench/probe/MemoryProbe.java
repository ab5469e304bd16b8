package io.watchfloor.bench.probe;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.wall.screen.WallOptions;
import io.watchfloor.app.wall.screen.WallWindows;
import io.watchfloor.bench.fork.ProcStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.engine.Engine;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.management.ObjectName;

/**
 * Figure e in a JVM of its own: the wall as {@code watchfloor wall --config FILE --data-dir DIR} runs it
 * ({@link WallStart}: engine polling the sources of the config with the local database's cache, history and outbox;
 * the wall windows on headless JavaFX) for {@code --seconds}; every {@code --every} seconds it collects garbage and
 * reports the heap in use after that collection (the smaller of two collections a second apart), the heap
 * committed, its own RSS and what the board holds. At the start it reports how many firing alerts the cache put on
 * the board; at the end the largest classes on the heap. The suite reads the RSS from outside too.
 */
public final class MemoryProbe {
    private static final long MB = 1024 * 1024;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        ProbeArgs a = new ProbeArgs(args);
        int seconds = a.integer("seconds", 120);
        int every = a.integer("every", 10);
        WallStart wallStart = WallStart.open(Path.of(a.text("config")), Path.of(a.text("data-dir")));
        Engine engine = wallStart.engine;
        HeadlessFx.startHeadless();
        wallStart.restore();
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("type", "start");
        started.put("restoredFiring", wallStart.restoredFiring);
        ProbeOutput.result(started);
        FxLauncher.callOnFx(() -> WallWindows.open(engine.feed(), wallStart.clock, wallStart.wall, WallOptions.window(),
                "Watchfloor", () -> { })).get();
        FxLauncher.afterPulses(2).get();
        wallStart.startReading();
        AtomicReference<BoardState> board = new AtomicReference<>(engine.feed().current());
        engine.feed().subscribe(board::set);
        long start = System.nanoTime();
        for (int t = every; t <= seconds; t += every) {
            Thread.sleep(Math.max(0, start / 1_000_000 + t * 1000L - System.nanoTime() / 1_000_000));
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("type", "sample");
            sample.put("t", t);
            sample.put("heapAfterGcMb", liveHeapMb());
            sample.put("heapCommittedMb", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / (double) MB);
            sample.put("rssMb", ProcStatus.rssBytes(ProcessHandle.current().pid()).orElse(0) / (double) MB);
            sample.put("alerts", board.get().alerts().size());
            sample.put("firing", board.get().alerts().stream().filter(x -> x.firing()).count());
            sample.put("incidents", board.get().incidents().size());
            ProbeOutput.result(sample);
        }
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("type", "histogram");
        end.put("top", histogram(12));
        ProbeOutput.result(end);
        wallStart.close();
        System.exit(0);
    }

    /**
     * The heap in use after a full collection, the smaller of two a second apart: a collection that happens while
     * a poll holds a parsed payload counts that payload as live, the next one usually does not.
     */
    private static double liveHeapMb() throws InterruptedException {
        System.gc();
        long first = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Thread.sleep(1000);
        System.gc();
        long second = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.min(first, second) / (double) MB;
    }

    /** The first {@code n} rows of {@code GC.class_histogram} (what {@code jcmd PID GC.class_histogram} prints). */
    private static String histogram(int n) {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return Arrays.stream(String.valueOf(out).split("\n")).limit(n + 2L).collect(Collectors.joining("\n"));
        } catch (Exception e) {
            return "class histogram unavailable: " + e;
        }
    }
}
