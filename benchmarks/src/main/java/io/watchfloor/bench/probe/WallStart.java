package io.watchfloor.bench.probe;

import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@code watchfloor wall --config FILE --data-dir DIR} does before it opens a window ({@code WallCommand} and
 * {@code BoardSession} of the app, which are not public): load and validate the config, build the engine, open the
 * local database, put its cached board on the engine, keep the cache and the incident history current, read MTTA
 * and MTTR from the history, start polling, and start the outbox dispatcher that sends what is still queued. The
 * same settings as the app (cache saved at most every 5 s, metrics every minute, 4 send lanes, 500 ms tick).
 * Main thread of a probe.
 */
final class WallStart implements AutoCloseable {
    private static final Duration CACHE_EVERY = Duration.ofSeconds(5);
    private static final Duration METRICS_EVERY = Duration.ofMinutes(1);
    private static final int OUTBOX_LANES = 4;

    final Clock clock = Clock.systemDefaultZone();
    final Engine engine;
    final WallConfig wall;
    private final LocalDatabase db;
    private final OutboxDispatcher dispatcher;
    /** Firing alerts on the board once the cache was restored, before any source was read. */
    final long restoredFiring;

    private WallStart(Path configFile, Path dataDir) throws Exception {
        WatchfloorConfig config = ConfigLoader.load(configFile);
        wall = WallConfig.parse(config.wall(), configFile.toString());
        engine = Engines.fromConfig(config, Connectors.sharedClient(), clock, name -> Optional.ofNullable(System.getenv(name)));
        db = LocalDatabase.open(dataDir);
        engine.restore(db.cache().loadAll());
        restoredFiring = engine.feed().current().alerts().stream().filter(a -> a.firing()).count();
        engine.persistTo(db.cache(), db.history(), CACHE_EVERY);
        engine.metricsFrom(db.history(), METRICS_EVERY);
        engine.start();
        dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                Backoff.standard(), OUTBOX_LANES, Duration.ofMillis(500));
        dispatcher.start();
    }

    /** Starts everything but the windows, with the config in {@code configFile} and the data in {@code dataDir}. */
    static WallStart open(Path configFile, Path dataDir) throws Exception {
        return new WallStart(configFile, dataDir);
    }

    @Override
    public void close() {
        dispatcher.close();
        engine.close();
        db.close();
    }
}
