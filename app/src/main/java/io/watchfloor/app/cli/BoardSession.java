package io.watchfloor.app.cli;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.action.ActionService;
import io.watchfloor.engine.config.ConfigException;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.engine.config.SourceSpec;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.store.AuditStore;
import io.watchfloor.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of one run: the config, the optional embedded simulator, the shared HTTP
 * client, the engine and, when asked for, the action service with its audit trail. Created and
 * closed on the main thread; closing stops every thread it made.
 */
final class BoardSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoardSession.class);

    private final Optional<Simulator> simulator;
    private final OkHttpClient http;
    private final Engine engine;
    private final WatchfloorConfig config;
    private final Clock clock;
    private final Operator operator;
    private final Path dataDir;
    private ActionService actions;

    private BoardSession(Optional<Simulator> simulator, WatchfloorConfig config, Clock clock, SourceOptions options) {
        this.simulator = simulator;
        this.config = config;
        this.clock = clock;
        this.operator = operator(options, config);
        this.dataDir = options.dataDir();
        this.http = Connectors.sharedClient();
        this.engine = Engines.fromConfig(config, http, clock, name -> Optional.ofNullable(System.getenv(name)));
        // In the demo the operator has an account on the simulated desk, as on a real instance.
        simulator.ifPresent(s -> s.control().addUser(operator.name()));
    }

    /** Opens a session from the command-line options; the engine is built but not started. */
    static BoardSession open(SourceOptions options) throws ConfigException, IOException {
        Clock clock = Clock.systemDefaultZone(); // the wall clock shows local time
        if (options.config != null) {
            return new BoardSession(Optional.empty(), ConfigLoader.load(options.config), clock, options);
        }
        if (!options.sources.isEmpty()) {
            return new BoardSession(Optional.empty(), SourceSpec.toConfig(options.sources), clock, options);
        }
        Optional<Path> user = SourceOptions.userConfig();
        if (user.isPresent() && !options.demo) {
            LOG.info("using config {}", user.get());
            return new BoardSession(Optional.empty(), ConfigLoader.load(user.get()), clock, options);
        }
        if (options.speed <= 0) {
            throw new ConfigException("--speed must be positive, was " + options.speed);
        }
        Simulator sim = Simulator.start(SimulatorOptions.defaults().withSeed(options.seed).withSpeed(options.speed)
                .withClock(clock));
        LOG.info("demo mode: embedded simulator at {}", sim.baseUrl());
        try {
            return new BoardSession(Optional.of(sim), demoConfig(sim), clock, options);
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

    /** --operator/--role, else the config's operator section, else the OS user as an operator. */
    private static Operator operator(SourceOptions options, WatchfloorConfig config) {
        String name = Optional.ofNullable(options.operator).or(() -> config.operator().name())
                .orElse(System.getProperty("user.name", "operator"));
        Role role = Optional.ofNullable(options.role).map(Role::parse).or(() -> config.operator().role())
                .orElse(Role.OPERATOR);
        return new Operator(name, role);
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

    Operator operator() {
        return operator;
    }

    Optional<Simulator> simulator() {
        return simulator;
    }

    /** The action service, opening the audit trail on first use (blocking: main thread only). */
    ActionService actions() throws StoreException {
        if (actions == null) {
            AuditStore audit = AuditStore.open(dataDir);
            ActionRequests requests = new ActionRequests(operator, clock, config.escalation(), config.operator().ackDuration());
            actions = new ActionService(operator, requests, engine.actionConnectors(), engine, audit, clock);
        }
        return actions;
    }

    @Override
    public void close() {
        if (actions != null) {
            actions.close();
        }
        engine.close();
        simulator.ifPresent(Simulator::close);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
