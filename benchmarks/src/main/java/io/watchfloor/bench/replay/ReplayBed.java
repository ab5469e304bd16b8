package io.watchfloor.bench.replay;

import io.watchfloor.bench.load.ActionMix;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.simulator.SimulatorScale;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * What a replay runs against, in the suite's JVM: a simulator with enough targets (a firing alert for every
 * acknowledgement of the queue, at least 2,000; 50 open incidents; 100 services; no churn, so every target stays
 * there), an engine built by {@link Engines#fromConfig} that reads its Alertmanager and ServiceNow APIs as the demo
 * does (every 2 s and 10 s) and keeps doing so during the replay, and queues of actions taken on the board it read
 * first, a minute ago (queued while the upstreams were out of reach). Closing stops engine, HTTP client and
 * simulator. Used from the suite's main thread.
 */
public final class ReplayBed implements AutoCloseable {
    /** Firing alerts at least. */
    public static final int ALERTS = 2_000;
    /** Open incidents: the simulator renders every incident on every ServiceNow request, so few keep it quick. */
    public static final int INCIDENTS = 50;
    public static final int SERVICES = 100;
    /** How long before the replay the queued actions were taken. */
    static final Duration QUEUED_FOR = Duration.ofMinutes(1);

    private final Simulator sim;
    private final OkHttpClient http;
    private final Engine engine;
    private final BoardState board;
    private final double firstReadSeconds;

    private ReplayBed(Simulator sim, OkHttpClient http, Engine engine, BoardState board, double firstReadSeconds) {
        this.sim = sim;
        this.http = http;
        this.engine = engine;
        this.board = board;
        this.firstReadSeconds = firstReadSeconds;
    }

    /** The simulator's scale for a queue with {@code acks} acknowledgements. */
    public static SimulatorScale scale(int acks) {
        return SimulatorScale.standard().withServices(SERVICES).withAlerts(Math.max(ALERTS, acks))
                .withIncidents(INCIDENTS);
    }

    /** Starts a simulator of {@code scale} (no scenario) and the engine, and waits until it has read both once. */
    public static ReplayBed start(SimulatorScale scale) throws IOException, InterruptedException {
        Simulator sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED).withScale(scale));
        OkHttpClient http = Connectors.sharedClient();
        Engine engine = null;
        try {
            sim.control().addUser(ActionMix.OPERATOR.name());
            String url = sim.baseUrl().toString();
            WatchfloorConfig config = new WatchfloorConfig(List.of(
                    SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, Duration.ofSeconds(2)),
                    SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, Duration.ofSeconds(10))),
                    sim.estate().services());
            engine = Engines.fromConfig(config, http, Clock.systemUTC(), name -> Optional.empty());
            long t = System.nanoTime();
            engine.start();
            BoardState board = engine.awaitFirstRead(Duration.ofSeconds(120));
            if (board.sources().stream().anyMatch(h -> h.lastSuccess().isEmpty())) {
                throw new IOException("the engine could not read the simulator: " + board.sources());
            }
            return new ReplayBed(sim, http, engine, board, (System.nanoTime() - t) / 1e9);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (engine != null) {
                engine.close();
            }
            sim.close();
            shutdown(http);
            throw e;
        }
    }

    /** {@code n} actions as {@link ActionMix#replayQueue} makes them on the first board, taken a minute ago. */
    public List<OperatorAction> queue(int n, int acks) {
        Clock earlier = Clock.offset(Clock.systemUTC(), QUEUED_FOR.negated());
        return ActionMix.onOpenTargets(earlier, board.alerts(), board.incidents()).replayQueue(n, acks);
    }

    public Simulator simulator() {
        return sim;
    }

    public Engine engine() {
        return engine;
    }

    /** The board of the engine's first read. */
    public BoardState board() {
        return board;
    }

    /** From starting the engine to its first read of both sources. */
    public double firstReadSeconds() {
        return firstReadSeconds;
    }

    /** Writes the simulator has received so far. */
    public int writes() {
        return sim.ledger().entries().size();
    }

    @Override
    public void close() {
        engine.close();
        sim.close();
        shutdown(http);
    }

    private static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
