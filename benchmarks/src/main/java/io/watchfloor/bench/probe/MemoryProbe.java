package io.watchfloor.bench.probe;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.app.wall.screen.WallOptions;
import io.watchfloor.app.wall.screen.WallWindows;
import io.watchfloor.bench.fork.ProcStatus;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.core.BoardState;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.engine.config.WatchfloorConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.management.ObjectName;

/**
 * Figure e in a JVM of its own: the wall as {@code watchfloor wall --config FILE} runs it (engine polling the
 * sources of the config, the wall windows on headless JavaFX) for {@code --seconds}; every {@code --every}
 * seconds it collects garbage and reports the heap in use after that collection (the smaller of two collections a
 * second apart), the heap committed, its own RSS and what the board holds. At the end it reports the largest classes on the heap. The suite reads the RSS from outside too.
 */
public final class MemoryProbe {
    private static final long MB = 1024 * 1024;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        ProbeArgs a = new ProbeArgs(args);
        Path configFile = Path.of(a.text("config"));
        int seconds = a.integer("seconds", 120);
        int every = a.integer("every", 10);
        Clock clock = Clock.systemDefaultZone();
        WatchfloorConfig config = ConfigLoader.load(configFile);
        WallConfig wall = WallConfig.parse(config.wall(), configFile.toString());
        Engine engine = Engines.fromConfig(config, Connectors.sharedClient(), clock, name -> Optional.empty());
        engine.start();
        HeadlessFx.startHeadless();
        FxLauncher.callOnFx(() -> WallWindows.open(engine.feed(), clock, wall, WallOptions.window(), "Watchfloor",
                () -> { })).get();
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
        engine.close();
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
