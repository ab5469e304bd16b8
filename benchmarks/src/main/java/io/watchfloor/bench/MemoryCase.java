package io.watchfloor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.bench.fork.ForkedJvm;
import io.watchfloor.bench.fork.LauncherOptions;
import io.watchfloor.bench.fork.ProcStatus;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.DataDirectory;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.bench.probe.MemoryProbe;
import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Measure;
import io.watchfloor.bench.report.Percentiles;
import io.watchfloor.bench.report.Target;
import io.watchfloor.core.SourceId;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figure e: the wall's memory under the stress load (engine, local database and board in a forked JVM with the app's
 * default JVM options, reading the scaled simulator that runs in the suite's JVM): the largest RSS seen in
 * {@code /proc/<pid>/status}, next to the same wall on the idle estate, and the heap in use after a full
 * collection over the run; then the same wall started on a data directory whose cache holds the 10,000-alert board
 * and whose incident history holds 100,000 incidents, next to the stress wall over as long.
 */
final class MemoryCase implements BenchmarkCase {
    static final String RSS = "memory-rss";
    static final String HEAP = "heap-growth";
    static final String CACHED = "memory-cached-incidents";
    /** Incidents in the local history of the cached-incidents run. */
    static final int HISTORY = 100_000;
    private static final long MB = 1024 * 1024;

    private String histogram = "";
    private String cachedHistogram = "";

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public List<Figure> run(SuiteSettings s) throws Exception {
        Run idle = wall(s, LoadProfile.idleSimulator(Clock.systemUTC()), Duration.ofSeconds(s.pick(30, 10)), "idle",
                false);
        Run stress = wall(s, LoadProfile.stressSimulator(Clock.systemUTC()), s.memoryDuration(), "stress", false);
        Duration cachedFor = Duration.ofSeconds(Math.min(s.memoryDuration().toSeconds(), s.pick(60, 20)));
        Run cached = wall(s, LoadProfile.stressSimulator(Clock.systemUTC()), cachedFor, "cached", true);
        histogram = stress.histogram;
        cachedHistogram = cached.histogram;
        List<Double> heap = stress.heapAfterGc;
        int n = heap.size();
        if (n < 2) {
            throw new IllegalStateException("the memory probe reported " + n + " heap sample(s); see its log");
        }
        List<Double> early = n < 4 ? heap.subList(0, 1) : heap.subList(1, Math.max(2, n / 3));
        List<Double> late = heap.subList(n - Math.max(1, n / 3), n);
        double growth = 100.0 * (min(late) - min(early)) / min(early);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run (s)", s.memoryDuration().toSeconds());
        details.put("firing alerts on the board", stress.firing);
        details.put("incidents on the board", stress.incidents);
        details.put("board alerts incl. resolved (last)", stress.alerts);
        details.put("final RSS (MB)", Percentiles.round(stress.lastRss));
        details.put("final heap committed (MB)", Percentiles.round(stress.heapCommitted));
        details.put("idle heap committed (MB)", Percentiles.round(idle.heapCommitted));
        Map<String, Object> heapDetails = new LinkedHashMap<>();
        heapDetails.put("heap after full GC (MB), every " + stress.every + " s", round(heap));
        String shortRun = s.memoryDuration().compareTo(Duration.ofMinutes(10)) < 0
                ? " This run lasted " + s.memoryDuration().toSeconds() + " s, shorter than the 10 minutes of the"
                + " issue (`--memory-duration 10m` for those)." : "";
        return List.of(
                rss(stress, idle, details),
                Figure.measured(HEAP, "e. heap after GC, growth over the run",
                        new Measure(Percentiles.round(growth), "%"), Target.atMost(10, "%"), heapDetails)
                        .withNote("the smallest heap in use after `System.gc()` in the last third of the samples"
                                + " against the smallest in the first third (the first sample skipped as warm-up):"
                                + " the live set, without payloads a poll happened to hold." + shortRun),
                cached(cached, stress, cachedFor));
    }

    private static Figure rss(Run stress, Run idle, Map<String, Object> details) {
        return Figure.measured(RSS, "e. memory (RSS), engine + wall, 10,000 alerts and 500 incidents",
                new Measure(stress.maxRss, "MB"), new Measure(idle.maxRss, "MB"), "the same wall, idle estate",
                Target.atMost(400, "MB"), details)
                .withNote("forked JVM with the JVM options `./watchfloor` starts the app with (its `heap_opts`: a"
                        + " heap of at most 256 MB that G1 grows only when collecting takes over a fifth of the time"
                        + " and gives back when idle, and freed native memory handed back to the system every 5 s;"
                        + " plus headless JavaFX) and the environment it sets (`MALLOC_ARENA_MAX=2`: glibc's malloc"
                        + " keeps two arenas rather than one per thread that allocates at once) started as `watchfloor wall --config FILE --data-dir DIR` starts"
                        + " (engine with Alertmanager every 2 s, Prometheus every 15 s, ServiceNow every 10 s; local"
                        + " database with cache, history and outbox, empty at start; `WallWindows`) against the scaled"
                        + " simulator (100 alert changes/s); the largest VmRSS of `/proc/<pid>/status`, read every"
                        + " second.");
    }

    private static Figure cached(Run cached, Run stress, Duration runFor) {
        // As many seconds of the stress wall's life as the cached wall lived (start-up included in both).
        double baseline = stress.maxRssWithin(cached.rssBySecond.size());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run (s)", runFor.toSeconds());
        details.put("incidents in the history", cached.historySize);
        details.put("firing alerts restored from the cache", cached.restoredFiring);
        details.put("firing alerts on the board", cached.firing);
        details.put("final RSS (MB)", Percentiles.round(cached.lastRss));
        details.put("final heap committed (MB)", Percentiles.round(cached.heapCommitted));
        details.put("heap after full GC (MB), every " + cached.every + " s", round(cached.heapAfterGc));
        return Figure.measured(CACHED, "e. memory (RSS), engine + wall, 10,000 alerts, 100,000 incidents in the"
                                + " local history", new Measure(cached.maxRss, "MB"), new Measure(baseline, "MB"),
                        "the stress wall with an empty data directory, as long",
                        Target.atMost(400, "MB"), details)
                .withNote("the stress wall as above, started on a data directory left by a previous run: its cache"
                        + " holds the first read of the three sources (the 10,000-alert board, written by the engine"
                        + " against the same simulator) and its incident history " + String.format("%,d", HISTORY)
                        + " more incidents, all opened in the last 7 days (the window MTTA/MTTR are read over, so the"
                        + " metrics loader reads every one of them at start, 15 s later and every minute). The"
                        + " largest VmRSS over the run, against the largest VmRSS of the stress run over as many"
                        + " seconds from its start.");
    }

    @Override
    public Optional<String> profile(SuiteSettings s, Figure missed) {
        if (histogram.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("**e. memory** — the largest classes on the heap of the stress wall at the end of the run"
                + " (`GC.class_histogram`):\n\n```\n" + histogram + "\n```" + (cachedHistogram.isEmpty() ? ""
                : "\n\nand of the wall with 100,000 incidents in its history:\n\n```\n" + cachedHistogram + "\n```"));
    }

    /** What one forked wall reported. */
    private static final class Run {
        double maxRss;
        double lastRss;
        double heapCommitted;
        int every;
        long firing;
        long alerts;
        long incidents;
        long restoredFiring;
        int historySize;
        List<Double> heapAfterGc = new ArrayList<>();
        /** The largest RSS seen by each second of the run (MB). */
        List<Double> rssBySecond = new ArrayList<>();
        String histogram = "";

        double maxRssWithin(long seconds) {
            return Percentiles.round(rssBySecond.stream().limit(seconds).mapToDouble(Double::doubleValue).max().orElse(maxRss));
        }
    }

    private static Run wall(SuiteSettings s, SimulatorOptions load, Duration duration, String name, boolean history)
            throws Exception {
        Run run = new Run();
        run.every = (int) Math.max(5, Math.min(60, duration.toSeconds() / 12));
        Path dataDir = s.work().resolve("data/memory-" + name);
        DataDirectory.delete(dataDir);
        try (Simulator sim = Simulator.start(load)) {
            Path config = ConfigFile.write(s.work().resolve("memory/" + name + ".yaml"),
                    Capture.demoSources(sim.baseUrl().toString()), sim.estate().services());
            if (history) {
                DataDirectory.fillCache(dataDir, ConfigLoader.load(config), Duration.ofSeconds(120));
                run.historySize = DataDirectory.addHistory(dataDir, HISTORY, sim.estate().services(),
                        SourceId.of("snow"), Instant.now(), Duration.ofDays(7).minusHours(1));
            }
            List<String> jvm = new ArrayList<>(LauncherOptions.read(s.root().resolve("watchfloor")));
            jvm.addAll(s.headlessArgs());
            // The launcher's environment too (glibc's arena count): it changes the native memory this figure reads.
            ForkedJvm fork = new ForkedJvm(jvm, LauncherOptions.environment(s.root().resolve("watchfloor")),
                    MemoryProbe.class.getName(),
                    List.of("--config", config.toString(), "--data-dir", dataDir.toString(),
                            "--seconds", Long.toString(duration.toSeconds()), "--every", Integer.toString(run.every)),
                    s.work().resolve("logs/memory-" + name + ".log")).start();
            long started = System.nanoTime();
            while (fork.alive()) {
                ProcStatus.rssBytes(fork.pid()).ifPresent(b -> run.maxRss = Math.max(run.maxRss, b / (double) MB));
                int second = (int) ((System.nanoTime() - started) / 1_000_000_000L);
                while (run.rssBySecond.size() <= second) {
                    run.rssBySecond.add(run.maxRss);
                }
                run.rssBySecond.set(second, run.maxRss);
                Thread.sleep(1000);
            }
            for (JsonNode r : fork.await(Duration.ofSeconds(30))) {
                String type = r.get("type").asText();
                if (type.equals("sample")) {
                    run.heapAfterGc.add(r.get("heapAfterGcMb").asDouble());
                    run.lastRss = r.get("rssMb").asDouble();
                    run.heapCommitted = r.get("heapCommittedMb").asDouble();
                    run.maxRss = Math.max(run.maxRss, run.lastRss);
                    run.firing = r.get("firing").asLong();
                    run.alerts = r.get("alerts").asLong();
                    run.incidents = r.get("incidents").asLong();
                } else if (type.equals("start")) {
                    run.restoredFiring = r.get("restoredFiring").asLong();
                } else {
                    run.histogram = r.get("top").asText();
                }
            }
        }
        if (!name.equals("idle") && run.firing == 0) {
            throw new IllegalStateException("the " + name + " wall had no firing alerts on its board (is it reading"
                    + " its sources?); its memory would not be the loaded wall's; see "
                    + s.work().resolve("logs/memory-" + name + ".log"));
        }
        if (history && run.restoredFiring == 0) {
            throw new IllegalStateException("the cached-incidents wall restored no alerts from its cache; see "
                    + s.work().resolve("logs/memory-" + name + ".log"));
        }
        run.maxRss = Percentiles.round(run.maxRss);
        return run;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static List<Double> round(List<Double> xs) {
        return xs.stream().map(x -> Math.round(x * 10) / 10.0).toList();
    }
}
