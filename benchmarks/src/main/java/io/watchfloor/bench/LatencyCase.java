package io.watchfloor.bench;

import io.watchfloor.bench.fork.JfrSummary;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Measure;
import io.watchfloor.bench.report.Percentiles;
import io.watchfloor.bench.report.Target;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.engine.BoardFeed;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import okhttp3.OkHttpClient;

/**
 * Figure f: alert-to-board latency with 1 s polling, in the suite's JVM: the simulator fires an alert (its
 * scenario control), the clock runs until the engine publishes a board that shows it firing. Trials start at
 * random phases of the poll cycle. Measured on the quiet simulator and under the stress load.
 */
final class LatencyCase implements BenchmarkCase {
    static final String QUIET = "latency-p95";
    static final String STRESS = "latency-p95-stress";
    static final Duration POLL = Duration.ofSeconds(1);

    @Override
    public String id() {
        return "latency";
    }

    @Override
    public List<Figure> run(SuiteSettings s) throws Exception {
        int trials = s.pick(15, 4);
        List<Double> quiet = trials(quietSimulator(), trials);
        List<Double> stress = trials(LoadProfile.stressSimulator(Clock.systemUTC()), trials);
        return List.of(figure(QUIET, "f. alert-to-board latency, 1 s polling (p95)", quiet,
                        "the simulator with nothing else going on"),
                figure(STRESS, "f. alert-to-board latency, 1 s polling, 10,000 alerts churning (p95)", stress,
                        "the simulator at the stress load (10,000 alerts, 100 changes/s, 500 incidents)"));
    }

    @Override
    public Optional<String> profile(SuiteSettings s, Figure missed) throws Exception {
        Path jfr = s.jfr(missed.id());
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            trials(missed.id().equals(STRESS) ? LoadProfile.stressSimulator(Clock.systemUTC()) : quietSimulator(), 5);
            recording.stop();
            recording.dump(jfr);
        }
        Predicate<String> threads = t -> t.startsWith("wf-");
        return Optional.of("**" + missed.title() + "** — " + JfrSummary.summarize(jfr, threads,
                "the engine's and the simulator's threads (wf-*)", 8));
    }

    private static SimulatorOptions quietSimulator() {
        return SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED);
    }

    private static Figure figure(String id, String title, List<Double> ms, String load) {
        Percentiles p = Percentiles.of(ms);
        Map<String, Object> details = new LinkedHashMap<>(p.summary("ms"));
        details.put("load", load);
        return Figure.measured(id, title, Measure.ms(p.at(95)), Measure.ms(POLL.toMillis()), "the poll interval",
                Target.atMostBaselinePlus(500, "ms"), details)
                .withNote("in the suite's JVM: the engine reads Alertmanager every second from the simulator;"
                        + " `ScenarioControl.fireAlert` fires a new alert at a random phase of the poll cycle and the"
                        + " clock stops when the engine publishes a board with that alert firing.");
    }

    /** {@code n} trials against a simulator started with {@code options}; latencies in ms. */
    static List<Double> trials(SimulatorOptions options, int n) throws Exception {
        List<Double> out = new ArrayList<>();
        OkHttpClient http = Connectors.sharedClient();
        try (Simulator sim = Simulator.start(options)) {
            SourceConfig am = SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, sim.baseUrl().toString(), POLL);
            WatchfloorConfig config = new WatchfloorConfig(List.of(am), sim.estate().services());
            try (Engine engine = Engines.fromConfig(config, http, Clock.systemUTC(), name -> Optional.empty())) {
                engine.start();
                engine.awaitFirstRead(Duration.ofSeconds(30));
                SplittableRandom random = new SplittableRandom(7);
                for (int i = 0; i < n + 1; i++) {
                    Thread.sleep(random.nextInt((int) POLL.toMillis()));
                    String name = "BenchLatencyProbe" + i;
                    CompletableFuture<Long> seen = when(engine.feed(), b -> firing(b, name));
                    long start = System.nanoTime();
                    sim.control().fireAlert("checkout", name, "critical");
                    long latency = seen.get(30, TimeUnit.SECONDS) - start;
                    if (i > 0) { // the first trial warms the path up
                        out.add(latency / 1e6);
                    }
                    CompletableFuture<Long> gone = when(engine.feed(), b -> !firing(b, name));
                    sim.control().resolveAlert("checkout", name);
                    gone.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return out;
    }

    /** Completes with {@code System.nanoTime()} of the first published board that satisfies {@code test}. */
    private static CompletableFuture<Long> when(BoardFeed feed, Predicate<BoardState> test) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        BoardFeed.Subscription sub = feed.subscribe(board -> {
            if (!done.isDone() && test.test(board)) {
                done.complete(System.nanoTime());
            }
        });
        done.whenComplete((t, e) -> sub.close());
        return done;
    }

    private static boolean firing(BoardState board, String name) {
        for (Alert a : board.alerts()) {
            if (a.firing() && a.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
