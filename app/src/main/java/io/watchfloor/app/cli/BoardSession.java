package io.watchfloor.app.cli;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Role;
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
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.store.CachedSource;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of one run: the config, the optional embedded simulator, the shared HTTP
 * client, the engine, the local database (cache, outbox, audit trail, history) and, when asked for,
 * the outbox dispatcher and the action service. Created and
 * closed on the main thread; closing stops every thread it made.
 */
final class BoardSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoardSession.class);
    /** How often the last-known state of each source is saved to the cache, at most. */
    private static final Duration CACHE_EVERY = Duration.ofSeconds(5);
    /** Actions on the wire at once (on different targets). */
    private static final int OUTBOX_LANES = 4;
    /** How often MTTA/MTTR are read again from the incident history. */
    private static final Duration METRICS_EVERY = Duration.ofMinutes(1);

    private final Optional<Simulator> simulator;
    private final OkHttpClient http;
    private final Engine engine;
    private final WatchfloorConfig config;
    private final Clock clock;
    private final Operator operator;
    private final Path dataDir;
    /** The database being opened; empty once waited for, so that what it read is not kept for the whole run. */
    private Optional<DatabaseOpening> opening;
    private Optional<LocalDatabase> database = Optional.empty();
    /** The cache's reads until {@link #restore()} hands them to the engine; empty after. */
    private List<CachedSource> cached = List.of();
    private OutboxDispatcher dispatcher;
    private ActionService actions;
    private ActionService autoActions;

    private BoardSession(Optional<Simulator> simulator, WatchfloorConfig config, Clock clock, SourceOptions options,
                         Starting starting) {
        this.simulator = simulator;
        this.config = config;
        this.clock = clock;
        this.operator = operator(options, config);
        this.dataDir = options.dataDir();
        this.opening = Optional.of(starting.database);
        this.http = starting.http.join();
        this.engine = Engines.fromConfig(config, http, clock, name -> Optional.ofNullable(System.getenv(name)));
        // In the demo the operator has an account on the simulated desk, as on a real instance.
        simulator.ifPresent(s -> s.control().addUser(operator.name()));
    }

    /** What is started on threads of its own before the config is read: the database and the HTTP client. */
    private record Starting(DatabaseOpening database, CompletableFuture<OkHttpClient> http) {
        static Starting begin(Path dataDir) {
            return new Starting(DatabaseOpening.start(dataDir), CompletableFuture.supplyAsync(Connectors::sharedClient,
                    work -> daemon("wf-start-http", work).start()));
        }

        /** For a session that failed to open: closes what was started. */
        void abandon() {
            database.close();
            http.thenAccept(client -> client.dispatcher().executorService().shutdown());
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Opens a session from the command-line options; the engine is built but not started. The local database is
     * opened (and its cache read) and the HTTP client built on threads of their own meanwhile, while this thread
     * reads the config.
     */
    static BoardSession open(SourceOptions options) throws ConfigException, IOException {
        Starting starting = Starting.begin(options.dataDir());
        try {
            return open(options, starting);
        } catch (ConfigException | IOException | RuntimeException | Error e) {
            starting.abandon();
            throw e;
        }
    }

    private static BoardSession open(SourceOptions options, Starting starting) throws ConfigException, IOException {
        Clock clock = Clock.systemDefaultZone(); // the wall clock shows local time
        if (options.config != null) {
            return new BoardSession(Optional.empty(), ConfigLoader.load(options.config), clock, options, starting);
        }
        if (!options.sources.isEmpty()) {
            return new BoardSession(Optional.empty(), SourceSpec.toConfig(options.sources), clock, options, starting);
        }
        Optional<Path> user = SourceOptions.userConfig();
        if (user.isPresent() && !options.demo) {
            LOG.info("using config {}", user.get());
            return new BoardSession(Optional.empty(), ConfigLoader.load(user.get()), clock, options, starting);
        }
        if (options.speed <= 0) {
            throw new ConfigException("--speed must be positive, was " + options.speed);
        }
        Simulator sim = Simulator.start(SimulatorOptions.defaults().withSeed(options.seed).withSpeed(options.speed)
                .withClock(clock));
        LOG.info("demo mode: embedded simulator at {}", sim.baseUrl());
        try {
            return new BoardSession(Optional.of(sim), demoConfig(sim, clock), clock, options, starting);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /** The sources of the demo: every API of the embedded simulator, and its service catalog. */
    static WatchfloorConfig demoConfig(Simulator sim) {
        return demoConfig(sim, Clock.systemDefaultZone());
    }

    /** The demo: see {@link DemoConfig#of}. */
    static WatchfloorConfig demoConfig(Simulator sim, Clock clock) {
        return DemoConfig.of(sim, clock);
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

    /**
     * The local database in the data directory, opened (and migrated) on first use; empty, with a
     * warning in the log, when it cannot be opened: the board then runs without cache or outbox.
     * Blocking: main thread only.
     */
    Optional<LocalDatabase> database() {
        opening.ifPresent(o -> {
            DatabaseOpening.Opened opened = o.await();
            database = opened.database();
            cached = opened.cached();
            opening = Optional.empty();
        });
        return database;
    }

    /**
     * Puts the cached state of the configured sources on the board, keeps the cache current, and
     * starts reading the sources. Main thread.
     */
    void start() {
        restore();
        startReading();
    }

    /**
     * The first half of {@link #start()}: puts the cached state of the configured sources on the board (the
     * engine publishes it at once) and sets up the cache writer and the metrics; nothing polls yet. The session
     * keeps no reference to the cached reads after this: the first polls replace what the board shows of them, and
     * a 10,000-alert board kept for nothing would stay on the heap for the whole run. Main thread.
     */
    void restore() {
        List<CachedSource> restoring = cachedOnce();
        database().ifPresent(db -> {
            engine.restore(restoring);
            engine.persistTo(db.cache(), db.history(), CACHE_EVERY);
            engine.metricsFrom(db.history(), METRICS_EVERY);
        });
    }

    /** The cache's reads, handed out once (the database waited for first). */
    private List<CachedSource> cachedOnce() {
        database();
        List<CachedSource> out = cached;
        cached = List.of();
        return out;
    }

    /**
     * The second half of {@link #start()}: starts reading the sources, the pulse and the metrics. The wall calls it
     * once its windows are open, so that none of this competes with the first frame. Main thread.
     */
    void startReading() {
        engine.start();
    }

    /**
     * The outbox dispatcher, started on first use: it puts what is still queued on the board as pending
     * and sends it. Blocking: main thread only.
     */
    OutboxDispatcher dispatcher() throws StoreException {
        if (dispatcher == null) {
            LocalDatabase db = database().orElseThrow(() -> new StoreException(
                    "the local database in " + dataDir + " cannot be opened (see the log); actions cannot be queued"));
            dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                    Backoff.standard(), OUTBOX_LANES, Duration.ofMillis(500));
            dispatcher.start();
        }
        return dispatcher;
    }

    /**
     * Sends what the outbox holds (actions queued by a CLI command or a console that has gone) from this
     * session too; a wall takes no actions of its own but delivers those. Main thread.
     */
    void sendQueuedActions() {
        try {
            dispatcher();
        } catch (StoreException e) {
            LOG.warn("not sending queued actions: {}", e.getMessage());
        }
    }

    /** The action service over the outbox (blocking on first use: main thread only). */
    ActionService actions() throws StoreException {
        if (actions == null) {
            OutboxDispatcher d = dispatcher();
            ActionRequests requests = new ActionRequests(operator, clock, config.escalation(), config.operator().ackDuration());
            actions = new ActionService(operator, requests, engine.actionConnectors(), engine,
                    database.orElseThrow().audit(), d, clock);
        }
        return actions;
    }

    /**
     * When the config says {@code escalation.autoEscalate: true}, lets the engine perform due escalations
     * through the outbox and the audit trail as the system operator ({@code escalation.autoOperator},
     * default {@code watchfloor-auto}, role lead), once per incident and level. Long-running sessions (wall,
     * console) call it after {@link #start()}; one-shot commands do not, so a CLI read never writes.
     * Blocking on first use (opens the outbox): main thread only.
     */
    void autoEscalate() {
        if (!config.sla().escalation().autoEscalate()) {
            return;
        }
        try {
            OutboxDispatcher d = dispatcher();
            Operator system = config.sla().autoOperatorIdentity();
            autoActions = new ActionService(system, new ActionRequests(system, clock, config.escalation(),
                    config.operator().ackDuration()), engine.actionConnectors(), engine, database.orElseThrow().audit(),
                    d, clock);
            engine.autoEscalateThrough(autoActions);
            LOG.info("auto-escalation on, as {}", system.name());
        } catch (StoreException e) {
            LOG.warn("auto-escalation is configured but off: {}", e.getMessage());
        }
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        if (actions != null) {
            actions.close();
        }
        if (autoActions != null) {
            autoActions.close();
        }
        if (dispatcher != null) {
            dispatcher.close();
        }
        engine.close();
        opening.ifPresent(DatabaseOpening::close);
        database.ifPresent(LocalDatabase::close);
        simulator.ifPresent(Simulator::close);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
