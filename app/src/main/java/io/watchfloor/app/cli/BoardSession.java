package io.watchfloor.app.cli;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.ConfigException;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.engine.config.SourceSpec;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of one run: the config, the optional embedded simulator, the shared HTTP
 * client and the engine. Created and closed on the main thread; closing stops every thread it made.
 */
final class BoardSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoardSession.class);

    private final Optional<Simulator> simulator;
    private final OkHttpClient http;
    private final Engine engine;
    private final WatchfloorConfig config;
    private final Clock clock;

    private BoardSession(Optional<Simulator> simulator, WatchfloorConfig config, Clock clock) {
        this.simulator = simulator;
        this.config = config;
        this.clock = clock;
        this.http = Connectors.sharedClient();
        this.engine = Engines.fromConfig(config, http, clock, name -> Optional.ofNullable(System.getenv(name)));
    }

    /** Opens a session from the command-line options; the engine is built but not started. */
    static BoardSession open(SourceOptions options) throws ConfigException, IOException {
        Clock clock = Clock.systemDefaultZone(); // the wall clock shows local time
        if (options.config != null) {
            return new BoardSession(Optional.empty(), ConfigLoader.load(options.config), clock);
        }
        if (!options.sources.isEmpty()) {
            return new BoardSession(Optional.empty(), SourceSpec.toConfig(options.sources), clock);
        }
        Optional<java.nio.file.Path> user = SourceOptions.userConfig();
        if (user.isPresent() && !options.demo) {
            LOG.info("using config {}", user.get());
            return new BoardSession(Optional.empty(), ConfigLoader.load(user.get()), clock);
        }
        if (options.speed <= 0) {
            throw new ConfigException("--speed must be positive, was " + options.speed);
        }
        Simulator sim = Simulator.start(SimulatorOptions.defaults().withSeed(options.seed).withSpeed(options.speed)
                .withClock(clock));
        LOG.info("demo mode: embedded simulator at {}", sim.baseUrl());
        try {
            return new BoardSession(Optional.of(sim), demoConfig(sim), clock);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /** The sources of the demo: every API of the embedded simulator, and its service catalog. */
    static WatchfloorConfig demoConfig(Simulator sim) {
        String url = sim.baseUrl().toString();
        return new WatchfloorConfig(List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, Duration.ofSeconds(2)),
                SourceConfig.simple(SourceId.of("prom"), SourceKind.PROMETHEUS, url, Duration.ofSeconds(10)),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, Duration.ofSeconds(5))),
                sim.estate().services());
    }

    Engine engine() {
        return engine;
    }

    WatchfloorConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    Optional<Simulator> simulator() {
        return simulator;
    }

    @Override
    public void close() {
        engine.close();
        simulator.ifPresent(Simulator::close);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
