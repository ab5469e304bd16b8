package io.watchfloor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.bench.fork.ForkedJvm;
import io.watchfloor.bench.fork.JfrSummary;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.bench.probe.ColdStartProbe;
import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Measure;
import io.watchfloor.bench.report.Percentiles;
import io.watchfloor.bench.report.Target;
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
 * stage, runs interleaved, medians compared. The wall reads the demo simulator (the live scenario), which runs
 * in the suite's JVM so that its start-up is not counted.
 *
 * <p>Each {@link Variant} is one kind of start. The start from a populated cache is the variant to add once the
 * H2 cache of issue 4 exists: a {@code wall-cache} variant of {@link ColdStartProbe} that starts with the data
 * directory of a previous run, and a {@link Variant} entry for it; {@link PendingFigures} lists it until then.
 */
final class ColdStartCase implements BenchmarkCase {
    static final String FIRST = "cold-start";
    static final String DATA = "cold-start-data";

    /** The kinds of start measured: the probe's {@code --variant} and what the figure calls it. */
    enum Variant {
        HELLO("hello"),
        WALL("wall");

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
        try (Simulator sim = Simulator.start(LoadProfile.standardSimulator(Clock.systemUTC()))) {
            Path config = config(s, sim);
            for (int i = 0; i < runs; i++) {
                hello.add(start(s, Variant.HELLO, config, i, null).get("firstFrameMs").asDouble());
                JsonNode w = start(s, Variant.WALL, config, i, null);
                wall.add(w.get("firstFrameMs").asDouble());
                data.add(w.get("dataFrameMs").asDouble());
            }
        }
        Percentiles h = Percentiles.of(hello);
        Percentiles w = Percentiles.of(wall);
        Percentiles d = Percentiles.of(data);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runs each", runs);
        details.put("wall (ms)", wall);
        details.put("hello (ms)", hello);
        details.put("with data (ms)", data);
        String how = "fresh JVMs with the same options (headless JavaFX, Monocle, software pipeline), " + runs
                + " runs of each, interleaved; from the suite launching the process to the first frame JavaFX"
                + " reports rendered (`PerformanceTracker`). The wall starts as `watchfloor wall --config FILE`"
                + " does (YAML config, engine with the demo's three sources, `WallWindows`); its first frame"
                + " shows the board before any source has answered (there is no cache yet).";
        return List.of(
                Figure.measured(FIRST, "d. cold start to first board frame (median)", Measure.ms(w.median()),
                        Measure.ms(h.median()), "hello-world JavaFX stage, same JVM options",
                        Target.atMostRatio(1.5), details).withNote(how),
                Figure.measured(DATA, "d. cold start to first frame showing every source's data (median)",
                        Measure.ms(d.median()), Measure.ms(h.median()), "hello-world JavaFX stage, same JVM options",
                        Target.atMostRatio(1.5), Map.of()).withNote("same runs; the first frame after the engine"
                        + " published a board in which all three sources have been read once (the issue's target"
                        + " is for a start from a populated cache, which shows data at once)."));
    }

    @Override
    public Optional<String> profile(SuiteSettings s, Figure missed) throws Exception {
        Path jfr = s.jfr("coldstart");
        try (Simulator sim = Simulator.start(LoadProfile.standardSimulator(Clock.systemUTC()))) {
            start(s, Variant.WALL, config(s, sim), 0, jfr);
        }
        return Optional.of("**" + missed.title() + "** — " + JfrSummary.summarize(jfr,
                t -> t.equals("main") || JfrSummary.fxThread(t) || t.startsWith("QuantumRenderer"),
                "the main, FX and render threads of one wall start", 10));
    }

    private static Path config(SuiteSettings s, Simulator sim) throws java.io.IOException {
        return ConfigFile.write(s.work().resolve("coldstart/watchfloor.yaml"),
                Capture.demoSources(sim.baseUrl().toString()), sim.estate().services());
    }

    /** One start; the probe's epoch times turned into milliseconds since the launch. */
    private static JsonNode start(SuiteSettings s, Variant v, Path config, int run, Path jfr) throws Exception {
        List<String> jvm = new ArrayList<>(s.headlessArgs());
        if (jfr != null) {
            jvm.add("-XX:StartFlightRecording=filename=" + jfr.toAbsolutePath() + ",settings=profile,dumponexit=true");
        }
        ForkedJvm fork = new ForkedJvm(jvm, ColdStartProbe.class.getName(),
                List.of("--variant", v.probeName, "--config", config.toString()),
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
