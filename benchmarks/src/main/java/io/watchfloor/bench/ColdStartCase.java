package io.watchfloor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.bench.fork.ForkedJvm;
import io.watchfloor.bench.fork.JfrSummary;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.DataDirectory;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.bench.probe.ColdStartProbe;
import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Measure;
import io.watchfloor.bench.report.Percentiles;
import io.watchfloor.bench.report.Target;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.simulator.Simulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figure d: cold start to the first frame, in fresh JVMs with the same options, the wall against a hello-world
 * stage, runs interleaved, medians compared. The wall starts as {@code watchfloor wall --config FILE --data-dir DIR}
 * does and reads the demo simulator (the live scenario), which runs in the suite's JVM so that its start-up is not
 * counted. Each {@link Variant} is one kind of start: from an empty data directory, and from the data directory of
 * a previous run whose cache holds the configured sources' last reads, with those sources down.
 */
final class ColdStartCase implements BenchmarkCase {
    static final String FIRST = "cold-start";
    static final String DATA = "cold-start-data";
    static final String CACHE = "cold-start-cache";

    /** The kinds of start measured: the probe's {@code --variant}. */
    enum Variant {
        HELLO("hello"),
        WALL("wall"),
        WALL_CACHE("wall-cache");

        final String probeName;

        Variant(String probeName) {
            this.probeName = probeName;
        }
    }

    @Override
    public String id() {
        return "coldstart";
    }

    @Override
    public List<Figure> run(SuiteSettings s) throws Exception {
        int runs = s.pick(5, 2);
        List<Double> hello = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        List<Double> data = new ArrayList<>();
        List<Double> cachedFirst = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        List<Long> cachedFiring = new ArrayList<>();
        long sourcesReadLive = 0;
        Path cacheConfig = cachedDataDir(s);
        try (Simulator sim = Simulator.start(LoadProfile.standardSimulator(Clock.systemUTC()))) {
            Path config = config(s, sim, "watchfloor.yaml");
            for (int i = 0; i < runs; i++) {
                hello.add(start(s, Variant.HELLO, config, i, null).get("firstFrameMs").asDouble());
                JsonNode w = start(s, Variant.WALL, config, i, null);
                wall.add(w.get("firstFrameMs").asDouble());
                data.add(w.get("dataFrameMs").asDouble());
                JsonNode c = start(s, Variant.WALL_CACHE, cacheConfig, i, null);
                cachedFirst.add(c.get("firstFrameMs").asDouble());
                cached.add(c.get("dataFrameMs").asDouble());
                cachedFiring.add(c.get("deliveredFiring").asLong());
                sourcesReadLive += c.get("sourcesReadLive").asLong();
            }
        }
        if (cachedFiring.stream().anyMatch(n -> n == 0)) {
            throw new IllegalStateException("a start from the cache showed no firing alerts: " + cachedFiring);
        }
        Percentiles h = Percentiles.of(hello);
        Percentiles w = Percentiles.of(wall);
        Percentiles d = Percentiles.of(data);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runs each", runs);
        details.put("wall (ms)", wall);
        details.put("hello (ms)", hello);
        details.put("with data (ms)", data);
        String how = "fresh JVMs with the same options (the `./watchfloor` launcher's JVM options, its `heap_opts`; headless"
                + " JavaFX, Monocle, software pipeline, a 1920x1080 headless screen), " + runs
                + " runs of each, interleaved; from the suite launching the process to the first frame JavaFX"
                + " reports rendered (`PerformanceTracker`). The wall starts as `watchfloor wall --config FILE"
                + " --data-dir DIR` does (YAML config, engine with the demo's three sources, local database opened"
                + " and migrated, cache restored, `WallWindows`; the toolkit, the database and the HTTP client start"
                + " together while the config is read, the windows are built while the cache is restored and shown"
                + " once the restored board is published; polling, metrics and the outbox dispatcher start two"
                + " pulses after that), here with an empty data directory; its first frame shows the board before"
                + " any source has answered.";
        return List.of(
                Figure.measured(FIRST, "d. cold start to first board frame, empty data directory (median)",
                        Measure.ms(w.median()), Measure.ms(h.median()), "hello-world JavaFX stage, same JVM options",
                        Target.atMostRatio(1.5), details).withNote(how),
                Figure.measured(DATA, "d. cold start to first frame showing every source's data, empty data"
                                + " directory (median)", Measure.ms(d.median()), Measure.ms(h.median()),
                        "hello-world JavaFX stage, same JVM options", Target.atMostRatio(1.5), Map.of())
                        .withNote("same runs; the first frame after the engine published a board in which all three"
                                + " sources have been read once."),
                cacheFigure(runs, cached, cachedFirst, cachedFiring, sourcesReadLive, h));
    }

    private static Figure cacheFigure(int runs, List<Double> cached, List<Double> first, List<Long> firing,
                                      long readLive, Percentiles hello) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runs", runs);
        details.put("first cached frame (ms)", cached);
        details.put("first frame (ms)", first);
        details.put("firing alerts on the board the wall was given", firing);
        details.put("sources read live by then", readLive);
        return Figure.measured(CACHE, "d. cold start to first board frame, populated cache (median)",
                        Measure.ms(Percentiles.of(cached).median()), Measure.ms(hello.median()),
                        "hello-world JavaFX stage, same JVM options", Target.atMostRatio(1.5), details)
                .withNote("same runs, interleaved with the others; the wall starts on a copy of the data directory"
                        + " of a previous run (the engine read the three sources of the demo simulator once and the"
                        + " cache writer saved them, as a first `watchfloor wall` does), and that simulator is gone:"
                        + " the sources are down, so all the board can show is the cache. Measured to the first frame"
                        + " rendered after the wall was handed the board restored from the cache (it has those firing"
                        + " alerts on it).");
    }

    /**
     * A data directory holding what a first run against the demo simulator left in the cache, that simulator
     * stopped; the config of those sources (now down) is returned.
     */
    private static Path cachedDataDir(SuiteSettings s) throws Exception {
        Path config;
        try (Simulator gone = Simulator.start(LoadProfile.standardSimulator(Clock.systemUTC()))) {
            config = config(s, gone, "cached.yaml");
            DataDirectory.delete(cacheTemplate(s));
            DataDirectory.fillCache(cacheTemplate(s), ConfigLoader.load(config), Duration.ofSeconds(60));
        }
        return config;
    }

    private static Path cacheTemplate(SuiteSettings s) {
        return s.work().resolve("data/coldstart-cache-template");
    }

    @Override
    public Optional<String> profile(SuiteSettings s, Figure missed) throws Exception {
        Path jfr = s.jfr("coldstart");
        Path cachedJfr = s.jfr("coldstart-cache");
        Path cacheConfig = cachedDataDir(s);
        try (Simulator sim = Simulator.start(LoadProfile.standardSimulator(Clock.systemUTC()))) {
            start(s, Variant.WALL, config(s, sim, "watchfloor.yaml"), 0, jfr);
        }
        start(s, Variant.WALL_CACHE, cacheConfig, 0, cachedJfr);
        java.util.function.Predicate<String> threads = t -> t.equals("main") || JfrSummary.fxThread(t)
                || t.startsWith("QuantumRenderer");
        return Optional.of("**" + missed.title() + "** — " + JfrSummary.summarize(jfr, threads,
                "the main, FX and render threads of one wall start", 10) + "\n\n**d. start from a populated"
                + " cache** — " + JfrSummary.summarize(cachedJfr, threads,
                "the main, FX and render threads of one start from the cache", 10));
    }

    private static Path config(SuiteSettings s, Simulator sim, String name) throws java.io.IOException {
        return ConfigFile.write(s.work().resolve("coldstart/" + name),
                Capture.demoSources(sim.baseUrl().toString()), sim.estate().services());
    }

    /** One start; the probe's epoch times turned into milliseconds since the launch. */
    private static JsonNode start(SuiteSettings s, Variant v, Path config, int run, Path jfr) throws Exception {
        List<String> jvm = s.wallJvmArgs();
        if (jfr != null) {
            jvm.add("-XX:StartFlightRecording=filename=" + jfr.toAbsolutePath() + ",settings=profile,dumponexit=true");
        }
        Path dataDir = s.work().resolve("data/coldstart-" + v.probeName);
        if (v == Variant.WALL_CACHE) {
            DataDirectory.copy(cacheTemplate(s), dataDir);
        } else {
            DataDirectory.delete(dataDir);
        }
        ForkedJvm fork = new ForkedJvm(jvm, ColdStartProbe.class.getName(),
                List.of("--variant", v.probeName, "--config", config.toString(), "--data-dir", dataDir.toString()),
                s.work().resolve("logs/coldstart-" + v.probeName + "-" + run + ".log"));
        JsonNode r = fork.start().await(Duration.ofSeconds(90)).get(0);
        com.fasterxml.jackson.databind.node.ObjectNode out = (com.fasterxml.jackson.databind.node.ObjectNode) r;
        out.put("firstFrameMs", r.get("firstFrameEpochMs").asLong() - fork.launchedAtMillis());
        if (r.has("dataFrameEpochMs")) {
            out.put("dataFrameMs", r.get("dataFrameEpochMs").asLong() - fork.launchedAtMillis());
        }
        return out;
    }
}
